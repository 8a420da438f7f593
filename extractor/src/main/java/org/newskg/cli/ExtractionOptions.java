package org.newskg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.newskg.pipeline.FileBudget;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.Iris;
import org.newskg.source.InputFinder;
import org.newskg.source.SourceFile;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that extract: inputs, the IRI base, the time one file may take, the threads. */
final class ExtractionOptions {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Text files, or folders searched recursively for *.txt and *.md (symbolic links followed).")
    List<Path> inputs;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--file-seconds", paramLabel = "S", defaultValue = "300",
            description = "Time one file may take to be read and analysed before it is given up (default: ${DEFAULT-VALUE}).")
    long fileSeconds = FileBudget.DEFAULT.toSeconds(); // for options built in code (the up command)

    @Option(names = "--threads", paramLabel = "N",
            description = "Files extracted at once (default: the number of processors);"
                    + " the output is the same whatever N.")
    int threads = Runtime.getRuntime().availableProcessors(); // also the default of options built in code


    /** Inputs, folders and links that could not be listed, one line each; filled by {@link #files()}. */
    List<String> skipped = List.of();

    /**
     * The files of the inputs with their source keys (path under the folder given, or the name of a
     * file given directly); what cannot be listed, or would share another file's key, is kept in
     * {@link #skipped}, not thrown.
     */
    List<SourceFile> files() {
        InputFinder.Listing listing = InputFinder.find(inputs);
        skipped = listing.skipped();
        return listing.sources();
    }

    Pipeline pipeline() {
        return new Pipeline(new ArticleGraphMapper(new Iris(base), Versions.current(), runTime()))
                .withBudget(new FileBudget(Duration.ofSeconds(Math.max(1, fileSeconds))))
                .withThreads(Math.max(1, threads));
    }

    /**
     * The time recorded as the extraction's start. SOURCE_DATE_EPOCH (the reproducible-builds
     * convention) fixes it, so two runs on the same input can give byte-identical dumps.
     */
    static Instant runTime() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) return Instant.ofEpochSecond(Long.parseLong(epoch));
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
