package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.Loader;
import org.newskg.server.FusekiLauncher;
import org.newskg.sink.TdbStore;

/** Seeds → TDB2 (bulk loader) → Fuseki on a free port → SPARQL over HTTP. */
class ServerIT {
    @TempDir
    static Path tmp;
    static TdbStore store;
    static FusekiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void loadAndServe() throws Exception {
        store = new TdbStore(tmp.resolve("tdb2"));
        Loader.Result r = load(Seeds.files());
        assertTrue(r.report().ok(), r.report().failures().toString());
        server = FusekiLauncher.build(Seeds.home().resolve("fuseki-config/config.ttl"), store.dir(), 0);
        server.start();
    }

    private static Loader.Result load(List<Path> files) throws Exception {
        return Seeds.load(Seeds.pipeline(), files, store);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    private static HttpResponse<String> query(String sparql, String accept) throws Exception {
        String url = "http://127.0.0.1:" + server.getPort() + "/newskg/sparql?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void quotations_of_one_speaker_over_http_come_from_both_scripts() throws Exception {
        HttpResponse<String> r = query("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?speaker ?file WHERE {
                  ?q nkg:speaker ?speaker ; nkg:inArticle/nkg:sourceFile ?file .
                  ?speaker rdfs:label "李家超"@zh-Hans .
                } ORDER BY ?file""", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = new ArrayList<>(r.body().lines().toList());
        lines.remove(0);
        assertTrue(lines.stream().anyMatch(l -> l.contains("000_")), r.body());
        assertTrue(lines.stream().anyMatch(l -> l.contains("001_")), r.body());
        assertEquals(1, lines.stream().map(l -> l.split(",")[0]).distinct().count(), r.body());
    }

    @Test
    void results_come_in_the_formats_researchers_ask_for() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        assertTrue(query(q, "application/sparql-results+json").body().contains("\"n\""));
        assertTrue(query(q, "application/sparql-results+xml").body().contains("<sparql"));
        assertTrue(query(q, "text/tab-separated-values").body().startsWith("?n"));
        HttpResponse<String> ttl = query("CONSTRUCT WHERE { ?s a <https://w3id.org/newskg/ontology#Event> } LIMIT 3",
                "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.body().contains("Event"));
    }

    @Test
    void the_endpoint_is_read_only() throws Exception {
        String url = "http://127.0.0.1:" + server.getPort() + "/newskg/update";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, r.statusCode());
        assertNotEquals(204, r.statusCode());
        String ask = "ASK { <urn:a> <urn:b> <urn:c> }";
        assertTrue(query(ask, "application/sparql-results+json").body().contains("false"));
    }

    @Test
    void loading_a_file_again_replaces_its_graphs() throws Exception {
        long before = Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
        Loader.Result again = load(List.of(Seeds.files().get(0)));
        assertTrue(again.replacedGraphs() > 0);
        long after = Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
        assertEquals(before, after);
    }

    @Test
    void a_yearless_page_loaded_on_its_own_links_its_events_to_the_dated_ones_already_loaded() throws Exception {
        Path yearless = Seeds.files().stream().filter(f -> f.getFileName().toString().startsWith("001_")).findFirst().orElseThrow();
        long before = Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
        load(List.of(yearless));
        long after = Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
        assertEquals(before, after, "the same graph as when loaded with the dated page");
        HttpResponse<String> r = query("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?event WHERE {
                  ?event a nkg:Event ; rdfs:label "2025年世界互联网大会亚太峰会"@zh-Hans ;
                         nkg:mentionedIn/nkg:sourceFile ?file . FILTER(STRSTARTS(?file, "001_"))
                }""", "text/csv");
        assertEquals(2, r.body().lines().count(), r.body());
    }

    @Test
    void a_bad_file_is_skipped_and_nothing_already_loaded_is_lost() throws Exception {
        long before = Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
        Path bad = tmp.resolve("bad").resolve(Seeds.files().get(1).getFileName());
        Files.createDirectories(bad.getParent());
        Files.write(bad, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Loader.Result r = load(List.of(bad));
        assertFalse(r.report().ok());
        assertTrue(r.report().failures().get(0).contains(bad.getFileName().toString()), r.report().failures().toString());
        long after = Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
        assertEquals(before, after);
        assertTrue(store.loadedFiles().contains(bad.getFileName().toString()));
    }
}
