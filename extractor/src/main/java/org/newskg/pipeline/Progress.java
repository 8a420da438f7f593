package org.newskg.pipeline;

/** Told after each file; the command line shows it as a progress bar on stderr. */
@FunctionalInterface
public interface Progress {
    Progress NONE = report -> { };

    void fileDone(ExtractionReport report);
}
