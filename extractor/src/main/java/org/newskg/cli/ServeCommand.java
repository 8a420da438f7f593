package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.server.FusekiLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a TDB2 database over SPARQL with Fuseki (read-only), on 127.0.0.1.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--config", paramLabel = "FILE", description = "Fuseki configuration (default: fuseki-config/config.ttl).")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(db)) {
            throw new CommandLine.ParameterException(spec.commandLine(), db + ": no such database folder");
        }
        FusekiServer server = FusekiLauncher.build(config == null ? Home.file("fuseki-config/config.ttl") : config, db, port);
        server.start();
        announce(spec.commandLine(), server.getPort());
        server.join();
        return 0;
    }

    static void announce(CommandLine cl, int port) {
        String endpoint = "http://127.0.0.1:" + port + "/newskg/sparql";
        var out = cl.getOut();
        out.println("SPARQL endpoint: " + endpoint);
        out.println("Try:");
        out.println("  curl -s " + endpoint + " -H 'Accept: text/csv' --data-urlencode 'query="
                + "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?speaker ?text WHERE { ?q nkg:speaker ?s ; nkg:quoteText ?text . ?s rdfs:label ?speaker } LIMIT 10'");
        out.flush();
    }
}
