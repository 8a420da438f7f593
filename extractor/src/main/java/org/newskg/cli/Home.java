package org.newskg.cli;

import java.nio.file.Path;

/** The project folder (seeds/, fuseki-config/, data/): -Dnewskg.home as set by ./newskg, else the working folder. */
final class Home {
    private Home() {
    }

    static Path file(String relative) {
        return Path.of(System.getProperty("newskg.home", ".")).resolve(relative);
    }
}
