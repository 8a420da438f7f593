package org.newskg.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newskg.server.FusekiLauncher;
import org.newskg.server.ServerSettings;

/**
 * A TDB2 database holding the seeds' graph, copied from the graph {@link Seeds} extracts once per test
 * JVM (quicker than a load for each server test), and the HTTP calls the server tests share.
 */
final class SeedDatabase {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private SeedDatabase() {
    }

    static Path create(Path dir) {
        DatasetGraph db = DatabaseMgr.connectDatasetGraph(dir.toString());
        DatasetGraph seeds = Seeds.graph();
        Txn.executeWrite(db, () -> Txn.executeRead(seeds, () -> seeds.find().forEachRemaining(db::add)));
        return dir;
    }

    /** A started server over a fresh seeded database in the folder. */
    static FusekiServer serve(Path dir, ServerSettings settings) {
        FusekiServer server = FusekiLauncher.build(Seeds.home().resolve("fuseki-config/config.ttl"), create(dir), settings);
        server.start();
        return server;
    }

    static String url(FusekiServer server, String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    static HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(int port, String sparql, String... headers) throws Exception {
        return get("http://127.0.0.1:" + port + "/newskg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8),
                headers);
    }

    /**
     * How many quads the article graphs hold, asked over HTTP. The ontology graph is left out: a load
     * replaces it in a transaction of its own before the new article graphs come in.
     */
    static long count(int port) throws Exception {
        HttpResponse<String> r = query(port, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o }"
                + " FILTER (?g != <https://w3id.org/newskg/ontology>) }", "Accept", "text/csv");
        if (r.statusCode() != 200) throw new IllegalStateException("count: HTTP " + r.statusCode() + " " + r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
