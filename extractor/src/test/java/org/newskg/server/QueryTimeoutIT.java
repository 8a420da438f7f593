package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.it.Seeds;
import org.newskg.sink.TdbStore;

/**
 * The query timeout cuts a query whatever it is doing: a GROUP BY sub-select joined to the rest
 * (Jena builds such a join, and computes the whole group, before its own timer can strike) is
 * answered 503 soon after the timeout, and the server answers the next query.
 */
class QueryTimeoutIT {
    /** A sub-select grouping 3,000 × 3,000 rows, joined to another: minutes of work without the cut. */
    static final String EXPENSIVE = """
            SELECT ?a ?n ?m {
              { SELECT ?a (COUNT(*) AS ?n) { ?a ?b ?c . OPTIONAL { ?d ?e ?f } } GROUP BY ?a }
              { SELECT ?a (COUNT(*) AS ?m) { ?a ?b ?c . OPTIONAL { ?d ?e ?f } } GROUP BY ?a } }""";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path tmp;
    static FusekiServer server;

    @BeforeAll
    static void serveSyntheticDatabase() throws Exception {
        TdbStore store = new TdbStore(tmp.resolve("db"));
        Node g = NodeFactory.createURI("urn:x:g");
        Node p = NodeFactory.createURI("urn:x:p");
        Txn.executeWrite(store.dataset(), () -> {
            for (int i = 0; i < 3000; i++) {
                store.dataset().add(g, NodeFactory.createURI("urn:x:s" + i), p, NodeFactory.createLiteralString("v" + i));
            }
        });
        server = FusekiLauncher.build(Seeds.home().resolve("fuseki-config/config.ttl"), store.dir(), 0);
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static HttpResponse<String> post(String sparql, String timeoutSeconds) throws Exception {
        String form = "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8) + "&timeout=" + timeoutSeconds;
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.serverURL() + "newskg/sparql"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_query_building_a_large_join_is_cut_at_its_timeout_and_the_server_answers_afterwards() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = post(EXPENSIVE, "1");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("timed out"), r.body());
        assertTrue(seconds < 8, "cut after " + seconds + " s, the timeout being 1 s");
        HttpResponse<String> next = post("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "10");
        assertEquals(200, next.statusCode(), next.body());
        assertTrue(next.body().contains("3000"), next.body());
    }
}
