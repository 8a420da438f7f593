package org.newskg.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.rdf.Iris;
import org.newskg.server.AdminPassword;
import org.newskg.server.LiveLoad;
import org.newskg.server.LiveLoader;
import org.newskg.server.ServerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by {@code serve} and {@code up}: where to listen, the row cap, the admin password. */
final class ServerOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 for every interface.")
    String host;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_ROWS,
            description = "Most rows a query returns; longer results are cut, with the header X-SPARQL-MaxRows (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "Opens POST /$/newskg/load (loads while serving) to this password (the file's first line),"
                    + " else to $" + AdminPassword.ENV + "; with neither the operation does not exist.")
    Path adminPasswordFile;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the IRIs minted by loads: the seeds' for up, and loads while serving (default: ${DEFAULT-VALUE}).")
    String base;

    ServerSettings settings(Path db) throws IOException {
        InetAddress.getByName(host); // an unknown name fails here, with its own message
        ServerSettings settings = ServerSettings.onLoopback(port).withHost(host).withMaxRows(maxRows);
        Optional<AdminPassword> password = AdminPassword.configured(adminPasswordFile);
        if (password.isEmpty()) return settings;
        ExtractionOptions extraction = new ExtractionOptions();
        extraction.base = base;
        return settings.withLiveLoad(new LiveLoad(password.get(), new LiveLoader(db, extraction::pipeline)));
    }

    /** Tells a newcomer where the UI and the endpoint are, with a query and a search to paste. */
    void announce(CommandLine cl, FusekiServer server, ServerSettings settings) {
        String shown = "0.0.0.0".equals(host) || "::".equals(host) ? ServerSettings.LOOPBACK : host;
        String root = "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + server.getPort();
        String endpoint = root + "/newskg/sparql";
        var out = cl.getOut();
        out.println("Web UI (query editor):  " + root + "/");
        out.println("SPARQL endpoint:        " + endpoint);
        if (!ServerSettings.LOOPBACK.equals(host)) out.println("Listening on " + host + ", not only on this machine.");
        if (settings.liveLoad() != null) {
            out.println("Loads while serving:    ./newskg push --server " + root + " FILE...   (admin password set)");
        }
        out.println("Try:");
        out.println("  curl -s " + endpoint + " -H 'Accept: text/csv' --data-urlencode 'query="
                + "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?speaker ?text WHERE { ?q nkg:speaker ?s ; nkg:quoteText ?text . ?s rdfs:label ?speaker } LIMIT 10'");
        out.println("Search, in either script (數字未來 and 数字未来 find the same):");
        out.println("  curl -s " + endpoint + " -H 'Accept: text/csv' --data-urlencode 'query="
                + "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"數字未來\" } LIMIT 10'");
        out.flush();
    }
}
