package org.newskg.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A file to read and its identity in the graph: its path relative to the input root it was found
 * under, with '/' between folders (a file given directly: its name). Article and graph IRIs and the
 * replacement of a file's graphs on a later load are keyed by it, so two files with one name in
 * different folders of a root stay apart, and the same file under the same root replaces its own.
 *
 * @param path where to read the file
 * @param key  the path under its input root, '/'-separated, never empty
 */
public record SourceFile(Path path, String key) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) throw new IllegalArgumentException("empty source key for " + path);
    }

    /** A file given directly: its key is its name. */
    public static SourceFile given(Path path) {
        Path name = path.getFileName();
        return new SourceFile(path, name == null ? path.toString() : name.toString());
    }

    /** Files given directly, each keyed by its name. */
    public static List<SourceFile> given(List<Path> paths) {
        return paths.stream().map(SourceFile::given).toList();
    }

    /** A file found under the folder {@code root}: its key is the path between them. */
    static SourceFile under(Path root, Path file) {
        StringBuilder key = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (!key.isEmpty()) key.append('/');
            key.append(part);
        }
        return new SourceFile(file, key.toString());
    }
}
