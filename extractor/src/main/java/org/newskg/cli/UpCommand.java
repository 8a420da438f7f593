package org.newskg.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.rdf.Iris;
import org.newskg.server.FusekiLauncher;
import org.newskg.sink.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Load seeds/ into data/tdb2 (unless already loaded) and serve it at http://127.0.0.1:3030/newskg/sparql.")
final class UpCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path db = Home.file("data/tdb2");
        List<Path> seeds = Inputs.list(List.of(Home.file("seeds")));
        Set<String> wanted = new HashSet<>();
        for (Path p : seeds) wanted.add(p.getFileName().toString());
        TdbStore store = new TdbStore(db);
        if (!store.loadedFiles().containsAll(wanted)) {
            ExtractionOptions options = new ExtractionOptions();
            options.base = Iris.DEFAULT_BASE;
            int code = LoadCommand.load(options, seeds, store, spec.commandLine());
            if (code != 0) spec.commandLine().getErr().println("newskg: some seed files failed; serving what loaded");
        }
        FusekiServer server = FusekiLauncher.build(Home.file("fuseki-config/config.ttl"), db, port);
        server.start();
        ServeCommand.announce(spec.commandLine(), server.getPort());
        server.join();
        return 0;
    }
}
