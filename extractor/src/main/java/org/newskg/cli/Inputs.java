package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.newskg.pipeline.ExtractionReport;
import org.newskg.source.SourceReader;

/** Helpers the commands share for finding inputs and telling the user how a run went. */
final class Inputs {
    private Inputs() {
    }

    static List<Path> list(List<Path> inputs) throws java.io.IOException {
        return SourceReader.listInputs(inputs);
    }

    /**
     * Prints each failure on one line with its location (a defect also with the stage and the code
     * that threw) and a summary counting defects apart; returns the exit code (1 when a file failed).
     */
    static int summarize(ExtractionReport report, PrintWriter err, String what) {
        for (String f : report.failures()) err.println("newskg: skipped " + f);
        String defects = report.defects() == 0 ? "" : ", " + report.defects() + " of them by a defect in a rule";
        err.printf("newskg: %s %d files (%d failed%s), %d articles, %d quads%n", what,
                report.filesDone(), report.failures().size(), defects, report.articles(), report.quads());
        err.flush();
        return report.ok() ? 0 : 1;
    }
}
