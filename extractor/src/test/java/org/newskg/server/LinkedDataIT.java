package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.dump.DumpWriter;
import org.newskg.it.Seeds;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.sink.TdbStore;

/** IRIs minted under the server's own address resolve there, in four formats; VoID and dumps are served. */
class LinkedDataIT {
    @TempDir
    static Path tmp;
    static FusekiServer server;
    static String base;
    static String person;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void loadAndServe() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port + "/id/";
        TdbStore store = new TdbStore(tmp.resolve("db"));
        Pipeline pipeline = new Pipeline(new ArticleGraphMapper(new Iris(base), "test", Seeds.FIXED_TIME));
        Seeds.load(pipeline, List.of(Seeds.home().resolve("seeds/001_b7a524f5e187e028.txt")), store);
        DumpWriter.write(store.dataset(), store.dir().resolve("dumps"));
        server = FusekiLauncher.build(Seeds.home().resolve("fuseki-config/config.ttl"), store.dir(), port);
        server.start();
        String csv = get(server.serverURL() + "newskg/sparql?query=" + java.net.URLEncoder.encode(
                "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?p { ?q nkg:speaker ?p } GROUP BY ?p ORDER BY DESC(COUNT(?q)) ?p LIMIT 1",
                "UTF-8"), "text/csv").body();
        person = csv.lines().skip(1).findFirst().orElseThrow().strip();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Graph parsed(String url, String accept, Lang lang) throws Exception {
        HttpResponse<String> r = get(url, accept);
        assertEquals(200, r.statusCode(), url);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
        return RDFParser.fromString(r.body(), lang).toGraph();
    }

    @Test
    void a_person_iri_resolves_to_the_same_description_in_turtle_json_ld_and_n_triples() throws Exception {
        assertTrue(person.startsWith(base), person);
        Graph turtle = parsed(person, "text/turtle", Lang.TURTLE);
        Graph jsonld = parsed(person, "application/ld+json", Lang.JSONLD);
        Graph nt = parsed(person, "application/n-triples", Lang.NTRIPLES);
        assertTrue(turtle.size() > 10, "triples: " + turtle.size());
        assertTrue(turtle.isIsomorphicWith(jsonld));
        assertTrue(turtle.isIsomorphicWith(nt));
        String body = get(person, "text/turtle").body();
        assertTrue(body.contains("nkg:speaker"), "incoming quotations are described");
        assertTrue(body.contains("@zh-Hant"), "quotation texts keep their script tag");
        assertTrue(body.contains("schema:Person"), "typed for generic clients");
    }

    @Test
    void a_browser_gets_a_page_with_positions_quotations_and_links_back_into_the_server() throws Exception {
        HttpResponse<String> r = get(person, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("<h2>Positions</h2>"), html);
        assertTrue(html.contains("<h2>Quotations</h2>"));
        assertTrue(html.contains("<blockquote>"));
        assertTrue(html.contains("href=\"/id/article/"));
        assertEquals(200, get(base + "article/001_b7a524f5e187e028.txt/0", "text/html").statusCode());
    }

    @Test
    void sparql_describe_of_a_person_gives_the_description_its_iri_resolves_to() throws Exception {
        String csv = get(server.serverURL() + "newskg/sparql?query=" + java.net.URLEncoder.encode("""
                PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
                SELECT ?p { ?q nkg:speaker ?p . ?m org:member ?p } GROUP BY ?p ORDER BY ?p LIMIT 1""", "UTF-8"), "text/csv").body();
        String official = csv.lines().skip(1).findFirst().orElseThrow().strip();
        HttpResponse<String> r = get(server.serverURL() + "newskg/sparql?query="
                + java.net.URLEncoder.encode("DESCRIBE <" + official + ">", "UTF-8"), "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Graph described = RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph();
        Node p = NodeFactory.createURI(official);
        assertTrue(described.contains(Node.ANY, Vocab.MEMBER, p), "its positions point to it: " + r.body());
        assertTrue(described.contains(Node.ANY, NodeFactory.createURI(Vocab.NKG + "speaker"), p), "its quotations point to it");
        assertTrue(described.isIsomorphicWith(parsed(official, "application/n-triples", Lang.NTRIPLES)),
                "DESCRIBE and the resolved IRI say the same");
    }

    @Test
    void unknown_iris_are_404_for_every_format() throws Exception {
        for (String accept : List.of("text/turtle", "application/ld+json", "text/html")) {
            assertEquals(404, get(base + "person/0000000000000000", accept).statusCode());
        }
    }

    @Test
    void the_void_description_and_the_dumps_are_served() throws Exception {
        HttpResponse<String> v = get(server.serverURL() + ".well-known/void", "text/turtle");
        assertEquals(200, v.statusCode());
        assertTrue(v.body().contains("void:Dataset") || v.body().contains("rdfs.org/ns/void#Dataset"), v.body());
        HttpResponse<String> trig = get(server.serverURL() + "dumps/newskg.trig", "*/*");
        assertEquals(200, trig.statusCode());
        assertFalse(trig.body().isEmpty());
        assertEquals(404, get(server.serverURL() + "dumps/no-such-file.nq", "*/*").statusCode());
        int traversal = get(server.serverURL() + "dumps/..%2F..%2Ftdb.lock", "*/*").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "status " + traversal);
    }

    @Test
    void page_text_is_escaped() {
        assertEquals("&lt;script&gt;&amp;&quot;&#39;", ResourcePage.esc("<script>&\"'"));
    }
}
