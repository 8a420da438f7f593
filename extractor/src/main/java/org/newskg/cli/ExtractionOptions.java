package org.newskg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.Iris;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that extract: inputs and the IRI base. */
final class ExtractionOptions {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Text files, or folders searched recursively for *.txt and *.md.")
    List<Path> inputs;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    Pipeline pipeline() {
        return new Pipeline(new ArticleGraphMapper(new Iris(base), Versions.current(), runTime()));
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
