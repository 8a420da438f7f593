package org.newskg.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.server.FusekiLauncher;
import org.newskg.server.ServerSettings;
import org.newskg.sink.TdbStore;
import org.newskg.source.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Load seeds/ into data/tdb2 (unless already loaded) and serve it: the web UI at http://127.0.0.1:3030/,"
                + " SPARQL at http://127.0.0.1:3030/newskg/sparql.")
final class UpCommand implements Callable<Integer> {
    @Mixin
    ServerOptions server = new ServerOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path db = Home.file("data/tdb2");
        List<SourceFile> seeds = Inputs.sources(List.of(Home.file("seeds")));
        Set<String> wanted = new HashSet<>();
        for (SourceFile p : seeds) wanted.add(p.path().getFileName().toString());
        TdbStore store = new TdbStore(db);
        if (!store.loadedFiles().containsAll(wanted)) {
            ExtractionOptions options = new ExtractionOptions();
            options.base = server.base;
            int code = LoadCommand.load(options, seeds, store, spec.commandLine());
            if (code != 0) spec.commandLine().getErr().println("newskg: some seed files failed; serving what loaded");
        }
        ServerSettings settings = server.settings(db);
        FusekiServer fuseki = FusekiLauncher.build(Home.file("fuseki-config/config.ttl"), db, settings);
        fuseki.start();
        server.announce(spec.commandLine(), fuseki, settings);
        fuseki.join();
        return 0;
    }
}
