package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.pipeline.ExtractionReport;
import org.newskg.sink.RioStreamRDF;
import org.newskg.source.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the knowledge graph of the inputs into an RDF dump, streamed through RDF4J Rio."
                + " The format follows the extension: .nq, .trig, .ttl (union of graphs), .jsonld; add .gz to compress.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    ExtractionOptions options = new ExtractionOptions();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The dump to write.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (RioStreamRDF.formatOf(output).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    output + ": unknown output format; use .nq, .trig, .ttl or .jsonld, optionally with .gz");
        }
        List<SourceFile> files = options.files();
        ExtractionReport report;
        try (RioStreamRDF sink = RioStreamRDF.open(output);
             ProgressBarProgress progress = new ProgressBarProgress("extract", files.size())) {
            report = options.pipeline().run(files, sink, progress);
        }
        return Inputs.summarize(report, options.skipped, spec.commandLine().getErr(), "extracted");
    }
}
