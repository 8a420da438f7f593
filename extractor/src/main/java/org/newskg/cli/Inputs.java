package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newskg.pipeline.ExtractionReport;
import org.newskg.source.InputFinder;
import org.newskg.source.SourceFile;
import picocli.CommandLine;

/** Helpers the commands share for finding inputs and telling the user how a run went. */
final class Inputs {
    private Inputs() {
    }

    /** The files of {@code inputs} with their source keys; fails, naming them, when some cannot be listed. */
    static List<SourceFile> sources(List<Path> inputs) throws java.io.IOException {
        return InputFinder.findAll(inputs);
    }

    /**
     * Prints each failure on one line with its location (a defect also with the stage and the code
     * that threw) and a summary counting defects apart; returns the exit code (1 when a file failed).
     */
    static int summarize(ExtractionReport report, PrintWriter err, String what) {
        return summarize(report, List.of(), err, what);
    }

    /**
     * Prints the warnings, the inputs that could not be listed ({@code skipped}), the files that
     * failed and a summary counting both as failed; returns the exit code: 1 when anything failed.
     * A missing input is such a failure, not a usage error (2): the command line was understood and
     * the other inputs were worth their work, as with a file that cannot be read.
     */
    static int summarize(ExtractionReport report, List<String> skipped, PrintWriter err, String what) {
        for (String w : report.warnings()) err.println("newskg: warning: " + w);
        for (String s : skipped) err.println("newskg: skipped " + s);
        for (String f : report.failures()) err.println("newskg: skipped " + f);
        int failed = skipped.size() + report.failures().size();
        String defects = report.defects() == 0 ? "" : ", " + report.defects() + " of them by a defect in a rule";
        err.printf("newskg: %s %d files (%d failed%s), %d articles, %d quads%n", what,
                report.filesDone() + skipped.size(), failed, defects, report.articles(), report.quads());
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    /** Refuses, as a usage error, a database folder that does not exist. */
    static void requireDatabase(Path db, CommandLine.Model.CommandSpec spec) {
        if (!Files.isDirectory(db)) {
            throw new CommandLine.ParameterException(spec.commandLine(), db + ": no such database folder");
        }
    }
}
