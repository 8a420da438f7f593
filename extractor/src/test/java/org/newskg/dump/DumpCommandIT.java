package org.newskg.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.NewskgCommand;
import org.newskg.it.Seeds;
import org.newskg.sink.TdbStore;

/** `newskg dump`: three streamed dumps of one database, each holding its quads once, and their VoID. */
class DumpCommandIT {
    @TempDir
    static Path tmp;
    static Path dumps;
    static Set<Quad> stored = new HashSet<>();

    @BeforeAll
    static void loadAndDump() throws Exception {
        TdbStore store = new TdbStore(tmp.resolve("db"));
        Seeds.load(Seeds.pipeline(), List.of(Seeds.home().resolve("seeds/000_c733bba341b2a307.txt"), Seeds.home().resolve("seeds/001_b7a524f5e187e028.txt")), store);
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(stored::add));
        dumps = tmp.resolve("out");
        StringWriter err = new StringWriter();
        var cl = NewskgCommand.newCommandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("dump", "--db", store.dir().toString(), "-o", dumps.toString(), "--server", "http://example.org:8080");
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("dumped " + stored.size() + " quads"), err.toString());
    }

    private static DatasetGraph parse(String file, Lang lang) throws Exception {
        DatasetGraph d = DatasetGraphFactory.create();
        try (InputStream in = file.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(dumps.resolve(file)))
                : Files.newInputStream(dumps.resolve(file))) {
            RDFParser.source(in).lang(lang).parse(d);
        }
        return d;
    }

    private static Set<Quad> quads(DatasetGraph d) {
        Set<Quad> s = new HashSet<>();
        d.find().forEachRemaining(s::add);
        return s;
    }

    /** Same number of quads, and the same quads apart from blank nodes (a parser labels them anew). */
    private static void assertSameQuads(Set<Quad> expected, Set<Quad> actual) {
        assertEquals(expected.size(), actual.size());
        Set<Quad> missing = withoutBlankNodes(expected);
        missing.removeAll(withoutBlankNodes(actual));
        assertTrue(missing.isEmpty(), missing.size() + " quads missing, e.g. " + missing.stream().limit(3).toList());
    }

    private static Set<Quad> withoutBlankNodes(Set<Quad> quads) {
        Set<Quad> s = new HashSet<>();
        for (Quad q : quads) if (!q.getSubject().isBlank() && !q.getObject().isBlank()) s.add(q);
        return s;
    }

    @Test
    void n_quads_hold_every_stored_quad_once() throws Exception {
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dumps.resolve(DumpWriter.NQUADS)))) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals(stored.size(), lines.size());
        assertEquals(lines.size(), new HashSet<>(lines).size());
        assertSameQuads(stored, quads(parse(DumpWriter.NQUADS, Lang.NQUADS)));
    }

    @Test
    void trig_and_json_ld_give_back_the_same_quads() throws Exception {
        assertSameQuads(stored, quads(parse(DumpWriter.TRIG, Lang.TRIG)));
        assertSameQuads(stored, quads(parse(DumpWriter.JSONLD, Lang.JSONLD)));
    }

    @Test
    void json_ld_is_compacted_and_keeps_the_script_subtags_as_written() throws Exception {
        String json = Files.readString(dumps.resolve(DumpWriter.JSONLD));
        assertTrue(json.startsWith("{\n  \"@context\": {"));
        assertTrue(json.contains("\"nkg\": \"https://w3id.org/newskg/ontology#\""));
        assertTrue(json.contains("\"rdfs:label\""));
        assertTrue(json.contains("\"@language\": \"zh-Hant\""));
        assertTrue(!json.contains("\"zh-hans\"") && !json.contains("\"zh-hant\""));
        long hant = quads(parse(DumpWriter.JSONLD, Lang.JSONLD)).stream()
                .filter(q -> q.getObject().isLiteral() && "zh-Hant".equals(q.getObject().getLiteralLanguage())).count();
        assertEquals(stored.stream().filter(q -> q.getObject().isLiteral() && "zh-Hant".equals(q.getObject().getLiteralLanguage())).count(), hant);
    }

    @Test
    void void_description_counts_the_quads_and_lists_the_dumps_and_endpoint() {
        Model v = RDFDataMgr.loadModel(dumps.resolve(VoidDescription.FILE).toString());
        String q = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
                + "SELECT ?n ?e (COUNT(DISTINCT ?dump) AS ?dumps) { ?d void:triples ?n ; void:sparqlEndpoint ?e ; void:dataDump ?dump } GROUP BY ?n ?e";
        try (var qe = org.apache.jena.query.QueryExecution.model(v).query(q).build()) {
            var row = qe.execSelect().next();
            assertEquals(stored.size(), row.getLiteral("n").getLong());
            assertEquals("http://example.org:8080/newskg/sparql", row.getResource("e").getURI());
            assertEquals(3, row.getLiteral("dumps").getInt());
        }
        Node person = org.apache.jena.graph.NodeFactory.createURI("https://schema.org/Person");
        assertTrue(v.getGraph().contains(Node.ANY, org.apache.jena.graph.NodeFactory.createURI(VoidDescription.VOID + "class"), person));
    }
}
