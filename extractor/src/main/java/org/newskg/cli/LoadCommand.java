package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.pipeline.FailurePolicy;
import org.newskg.pipeline.Loader;
import org.newskg.sink.TdbStore;
import org.newskg.source.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract the inputs and bulk-load them into a TDB2 database. Loading a file again replaces"
                + " that file's article graphs; a file that fails keeps what the database had for it.")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    ExtractionOptions options = new ExtractionOptions();

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return load(options, options.files(), new TdbStore(db), spec.commandLine());
    }

    static int load(ExtractionOptions options, List<SourceFile> files, TdbStore store, CommandLine cl) throws Exception {
        Loader.Result result;
        try (ProgressBarProgress progress = new ProgressBarProgress("load", files.size())) {
            result = new Loader(options.pipeline()).load(files, store, progress, FailurePolicy.SKIP_FILE, (fmt, args) -> { });
        }
        org.newskg.search.SearchIndex.rebuild(Home.file("fuseki-config/config.ttl"), store.dir(), store.dataset());
        int code = Inputs.summarize(result.report(), options.skipped, cl.getErr(), "extracted");
        cl.getErr().println(loaded(result, store.dir()));
        cl.getErr().println(statistics(result.statistics()));
        cl.getErr().flush();
        return code;
    }

    /**
     * What the database gained: into an empty one, the extraction's quads (the number the extraction
     * reported); into one that held something, also what the replaced graphs held, so that the
     * database changed by the difference.
     */
    static String loaded(Loader.Result r, Path db) {
        String line = "newskg: loaded " + r.quadsLoaded() + " quads into " + db;
        if (r.quadsRemoved() == 0) return line;
        return line + ", removed " + r.quadsRemoved() + " quads of " + r.replacedGraphs()
                + " earlier article graphs and the ontology graph (net " + signed(r.quadsLoaded() - r.quadsRemoved()) + ")";
    }

    /** How the statistics graph was kept: counted whole after a bulk load, or again for the nodes the load touched. */
    static String statistics(Loader.Statistics s) {
        String what = s.full() ? "counted the statistics graph" : "counted again the statistics of " + s.nodes() + " touched nodes";
        return String.format(java.util.Locale.ROOT, "newskg: %s: %d triples in %.1f s", what, s.triples(), s.nanos() / 1e9);
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }
}
