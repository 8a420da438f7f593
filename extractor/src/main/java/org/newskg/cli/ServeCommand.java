package org.newskg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.server.FusekiLauncher;
import org.newskg.server.ServerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a TDB2 database with Fuseki: the web UI at /, read-only SPARQL at /newskg/sparql,"
                + " on 127.0.0.1 unless --host says otherwise.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Option(names = "--config", paramLabel = "FILE", description = "Fuseki configuration (default: fuseki-config/config.ttl).")
    Path config;

    @Mixin
    ServerOptions server = new ServerOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Inputs.requireDatabase(db, spec);
        ServerSettings settings = server.settings(db);
        FusekiServer fuseki = FusekiLauncher.build(config == null ? Home.file("fuseki-config/config.ttl") : config, db, settings);
        fuseki.start();
        server.announce(spec.commandLine(), fuseki, settings);
        fuseki.join();
        return 0;
    }
}
