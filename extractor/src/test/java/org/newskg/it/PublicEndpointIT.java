package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.it.SeedDatabase.HTTP;
import static org.newskg.it.SeedDatabase.get;
import static org.newskg.it.SeedDatabase.query;

import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.server.ServerSettings;

/** The public endpoint's guards, over HTTP: CORS, no SERVICE, row cap, clean timeouts, description, log, gzip. */
class PublicEndpointIT {
    static final int CAP = 50;
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    @TempDir
    static Path tmp;
    static FusekiServer server;
    static final List<String> LOG = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void serve() {
        server = SeedDatabase.serve(tmp.resolve("tdb2"), ServerSettings.onLoopback(0).withMaxRows(CAP).withRequestLog(LOG::add));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static String url(String path) {
        return SeedDatabase.url(server, path);
    }

    static HttpResponse<String> post(String sparql, String timeoutSeconds) throws Exception {
        String form = "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)
                + (timeoutSeconds == null ? "" : "&timeout=" + timeoutSeconds);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url("/newskg/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void query_answers_and_preflights_allow_any_origin_without_credentials() throws Exception {
        HttpResponse<String> r = query(server.getPort(), "ASK {}", "Origin", "https://example.org");
        assertEquals("https://example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("X-SPARQL-MaxRows"));
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").orElse("false").equals("true"));
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(url("/newskg/sparql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void a_service_clause_never_reaches_the_address_it_names() throws Exception {
        try (ServerSocket trap = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            trap.setSoTimeout(1500);
            HttpResponse<String> r = post("SELECT * { SERVICE <http://127.0.0.1:" + trap.getLocalPort() + "/sparql> { ?s ?p ?o } }", null);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
            assertThrows(SocketTimeoutException.class, () -> trap.accept().close(), "the server opened a connection");
        }
    }

    @Test
    void a_cross_product_is_cut_at_the_cap_as_well_formed_json_that_says_so() throws Exception {
        HttpResponse<String> r = post("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", null);
        assertEquals(200, r.statusCode());
        assertEquals(String.valueOf(CAP), r.headers().firstValue("X-SPARQL-MaxRows").orElse(""));
        JsonObject json = JSON.parse(r.body());
        assertEquals(CAP, json.get("results").getAsObject().get("bindings").getAsArray().size());
        for (String other : List.of("/newskg/query", "/newskg")) {
            HttpResponse<String> o = get(url(other + "?query=" + URLEncoder.encode("SELECT * { ?a ?b ?c . ?d ?e ?f }",
                    StandardCharsets.UTF_8)), "Accept", "application/sparql-results+json");
            assertEquals(String.valueOf(CAP), o.headers().firstValue("X-SPARQL-MaxRows").orElse(""), other);
        }
    }

    @Test
    void a_result_within_the_cap_is_whole_and_unmarked() throws Exception {
        HttpResponse<String> r = post("SELECT * { ?s ?p ?o } LIMIT " + (CAP - 1), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("X-SPARQL-MaxRows").isEmpty());
        assertEquals(CAP - 1, JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().size());
    }

    @Test
    void a_timeout_after_the_first_rows_gives_an_error_status_not_a_broken_200() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = post("""
                SELECT ?a { { VALUES ?a { 1 2 3 } }
                  UNION { ?a ?b ?c . ?d ?e ?f . FILTER (STR(?c) = CONCAT(STR(?f), "never")) } }""", "1");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("timed out"), r.body());
        assertTrue((System.nanoTime() - start) / 1e9 < 45, "the timeout struck late");
    }

    @Test
    void a_get_without_a_query_describes_the_service_and_sends_a_browser_to_the_ui() throws Exception {
        HttpResponse<String> r = get(url("/newskg/sparql"), "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model sd = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(sd);
        var endpoint = sd.createResource(url("/newskg/sparql"));
        assertTrue(sd.contains(endpoint, RDF.type, sd.createResource(SD + "Service")));
        assertTrue(sd.contains(endpoint, sd.createProperty(SD, "supportedLanguage"), sd.createResource(SD + "SPARQL11Query")));
        HttpResponse<String> browser = get(url("/newskg/sparql"), "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, browser.statusCode());
        assertTrue(browser.headers().firstValue("Location").orElse("").startsWith("/?start#/dataset/newskg/query"));
    }

    @Test
    void every_request_gets_one_log_line_with_method_path_status_and_time() throws Exception {
        query(server.getPort(), "ASK { ?s ?p ?o }");
        get(url("/no/such/page"));
        assertTrue(LOG.stream().anyMatch(l -> l.matches("GET /newskg/sparql 200 \\d+ ms")), LOG.toString());
        assertTrue(LOG.stream().anyMatch(l -> l.matches("GET /no/such/page 404 \\d+ ms")), LOG.toString());
    }

    @Test
    void answers_come_gzipped_to_clients_that_accept_it() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/newskg/sparql?query="
                + URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 40", StandardCharsets.UTF_8))))
                .header("Accept-Encoding", "gzip").header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        String json = new String(new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(40, JSON.parse(json).get("results").getAsObject().get("bindings").getAsArray().size());
    }

    @Test
    void by_default_the_server_listens_on_loopback_only() {
        var connector = (org.eclipse.jetty.server.ServerConnector) server.getJettyServer().getConnectors()[0];
        assertEquals(ServerSettings.LOOPBACK, connector.getHost());
    }
}
