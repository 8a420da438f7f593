package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newskg.source.SourceReader;

/** The seeds' graph end to end: the contract researchers rely on. */
class SeedGraphIT {
    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private static List<QuerySolution> select(String query) {
        try (QueryExecution qe = QueryExecution.dataset(unionOf(Seeds.graph())).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> out = new java.util.ArrayList<>();
            rs.forEachRemaining(out::add);
            return out;
        }
    }

    /** The dataset with its union as the default graph, as Fuseki serves it. */
    static Dataset unionOf(DatasetGraph dsg) {
        Graph union = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
        Dataset ds = DatasetFactory.wrap(dsg);
        ds.setDefaultModel(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(union));
        return ds;
    }

    /** The rows bind {@code node} to one IRI, and their ?file covers the seed files numbered {@code seeds}. */
    private static void assertOneNodeIn(List<QuerySolution> rows, String node, String... seeds) {
        Set<String> nodes = new HashSet<>();
        Set<String> files = new HashSet<>();
        rows.forEach(r -> {
            nodes.add(r.getResource(node).getURI());
            files.add(r.getLiteral("file").getString().substring(0, 3));
        });
        assertEquals(1, nodes.size(), "one node: " + nodes);
        assertTrue(files.containsAll(Set.of(seeds)), "in the seeds " + String.join(", ", seeds) + ": " + files);
    }

    @Test
    void a_brand_one_page_lists_among_companies_is_the_body_another_page_brackets_with_its_chinese_name() {
        // 001: DeepSeek等企业; 000: 基于DeepSeek（深度求索）, which alone says nothing of what DeepSeek is
        List<QuerySolution> rows = select("""
                SELECT DISTINCT ?o ?file WHERE {
                  ?o a nkg:Organization ; skos:altLabel "深度求索"@zh-Hans ; nkg:mentionedIn/nkg:sourceFile ?file .
                }""");
        assertOneNodeIn(rows, "o", "000", "001");
    }

    @Test
    void a_title_after_a_name_is_the_position_another_page_states_with_its_body() {
        // 002 writes 国家主席习近平; 004 only 习近平主席, which names no body
        List<QuerySolution> rows = select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT DISTINCT ?m ?file WHERE {
                  ?m org:member/rdfs:label "习近平"@zh-Hans ; org:role/rdfs:label "主席"@zh-Hans ;
                     org:organization/rdfs:label "中华人民共和国"@zh-Hans ; nkg:inArticle/nkg:sourceFile ?file .
                }""");
        assertOneNodeIn(rows, "m", "002", "004");
        assertTrue(select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT ?m WHERE {
                  ?m org:member/rdfs:label "习近平"@zh-Hans ; org:role/rdfs:label "主席"@zh-Hans .
                  FILTER NOT EXISTS { ?m org:organization ?o }
                }""").isEmpty(), "no position without its body beside it");
    }

    @Test
    void the_summit_of_the_yearless_traditional_page_is_the_dated_edition_the_simplified_page_reports() {
        List<QuerySolution> rows = select("""
                SELECT DISTINCT ?event ?file WHERE {
                  ?event a nkg:Event ; rdfs:label "2025年世界互联网大会亚太峰会"@zh-Hans ; nkg:mentionedIn/nkg:sourceFile ?file .
                }""");
        assertOneNodeIn(rows, "event", "000", "001");
        assertTrue(select("""
                SELECT ?e WHERE { ?e a nkg:Event ; rdfs:label "世界互联网大会亚太峰会"@zh-Hans }""").isEmpty(),
                "no year-less node beside it");
    }

    @Test
    void an_event_points_at_every_place_an_article_names_it() {
        List<QuerySolution> rows = select("""
                SELECT ?anchor ?file WHERE {
                  ?m a nkg:Mention ; nkg:refersTo ?e ; nkg:anchorText ?anchor ; nkg:inArticle/nkg:sourceFile ?file .
                  ?e a nkg:Event ; rdfs:label "2025年世界互联网大会亚太峰会"@zh-Hans .
                }""");
        Set<String> anchors = new HashSet<>();
        Set<String> files = new HashSet<>();
        rows.forEach(r -> {
            anchors.add(r.getLiteral("anchor").getString());
            files.add(r.getLiteral("file").getString().substring(0, 3));
        });
        assertTrue(anchors.containsAll(Set.of("2025年世界互联网大会亚太峰会", "世界互聯網大會亞太峰會", "峰会")), anchors.toString());
        assertEquals(Set.of("000", "001"), files);
    }

    @Test
    void li_jiachaos_quotes_from_simplified_and_traditional_seeds_share_one_speaker_node() {
        List<QuerySolution> rows = select("""
                SELECT DISTINCT ?speaker ?file WHERE {
                  ?q a nkg:Quotation ; nkg:speaker ?speaker ; nkg:inArticle ?a .
                  ?speaker rdfs:label "李家超"@zh-Hans .
                  ?a nkg:sourceFile ?file .
                }""");
        Set<String> speakers = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (QuerySolution r : rows) {
            speakers.add(r.getResource("speaker").getURI());
            files.add(r.getLiteral("file").getString());
        }
        assertEquals(1, speakers.size(), speakers.toString());
        assertTrue(files.stream().anyMatch(f -> f.startsWith("000_")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.startsWith("001_")), files.toString());
    }

    @Test
    void a_position_stated_by_several_articles_is_one_node_with_each_statement_as_a_mention() {
        List<QuerySolution> rows = select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT ?m (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                  ?m a org:Membership ; org:member/rdfs:label "郑雁雄"@zh-Hans ;
                     org:role/rdfs:label "副主任"@zh-Hans ; nkg:inArticle ?a .
                  ?statement nkg:refersTo ?m ; nkg:inArticle ?a .
                } GROUP BY ?m""");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).getLiteral("articles").getInt() >= 2, rows.toString());
        assertTrue(rows.get(0).getLiteral("statements").getInt() >= rows.get(0).getLiteral("articles").getInt());
    }

    @Test
    void a_body_only_implied_by_a_title_is_not_mentioned() {
        List<QuerySolution> rows = select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT ?o WHERE {
                  ?m org:organization ?o . ?o rdfs:label "中华人民共和国"@zh-Hans .
                  FILTER NOT EXISTS { ?o nkg:mentionedIn ?a }
                }""");
        assertFalse(rows.isEmpty(), "国家主席 implies the state, which no seed names as an organization");
    }

    @Test
    void traditional_forms_are_kept_as_alternative_labels() {
        List<QuerySolution> rows = select("""
                SELECT ?alt WHERE { ?p a nkg:Person ; rdfs:label "庄荣文"@zh-Hans ; skos:altLabel ?alt . FILTER(langMatches(lang(?alt), "zh-Hant")) }""");
        assertEquals(List.of("莊榮文"), rows.stream().map(r -> r.getLiteral("alt").getString()).toList());
    }

    /**
     * Each article graph conforms on its own. In the union an event may carry several dates when
     * articles state it differently (one says 11月, another 11月20日): those are the articles' claims.
     */
    @Test
    void every_article_graph_conforms_to_the_shapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(Seeds.home().resolve("ontology/shapes.ttl").toString()));
        List<String> violations = new java.util.ArrayList<>();
        Seeds.graph().listGraphNodes().forEachRemaining(name -> {
            if (name.getURI().equals("https://w3id.org/newskg/ontology")) return;
            ValidationReport report = ShaclValidator.get().validate(shapes, Seeds.graph().getGraph(name));
            report.getEntries().forEach(e -> violations.add(name + " " + e.focusNode() + " " + e.resultPath() + " " + e.message()));
        });
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void every_mention_points_at_its_own_words_in_the_source_file() throws Exception {
        assertSpansQuoteTheSource("nkg:Mention", "nkg:anchorText", 100);
    }

    @Test
    void quotations_point_at_their_words_in_the_source_file() throws Exception {
        assertSpansQuoteTheSource("nkg:Quotation", "nkg:quoteText", 20);
    }

    /** Cutting the source file at a node's offsets gives its text (layout breaks removed). */
    private static void assertSpansQuoteTheSource(String type, String textProperty, int atLeast) throws Exception {
        Map<String, String> sources = new HashMap<>();
        for (Path p : Seeds.files()) sources.put(p.getFileName().toString(), new SourceReader().read(p).text());
        List<QuerySolution> rows = select("SELECT ?file ?b ?e ?text WHERE { ?x a " + type
                + " ; nkg:inArticle ?a ; nkg:beginIndex ?b ; nkg:endIndex ?e ; " + textProperty + " ?text . "
                + "?a nkg:sourceFile ?file . }");
        assertTrue(rows.size() > atLeast, type + ": " + rows.size());
        for (QuerySolution r : rows) {
            String slice = sources.get(r.getLiteral("file").getString())
                    .substring(r.getLiteral("b").getInt(), r.getLiteral("e").getInt());
            assertEquals(r.getLiteral("text").getString(), slice.replaceAll("\\s*\\n\\s*", "").strip());
        }
    }

    @Test
    void every_seed_file_yields_articles() {
        List<QuerySolution> rows = select("SELECT DISTINCT ?file WHERE { ?a a nkg:Article ; nkg:sourceFile ?file }");
        assertEquals(Seeds.files().size(), rows.size());
    }

    @Test
    void extracting_twice_gives_the_same_quads() throws Exception {
        Path file = Seeds.files().get(1);
        Set<Quad> first = new HashSet<>(Seeds.pipeline().extract(file).quads());
        Set<Quad> second = new HashSet<>(Seeds.pipeline().extract(file).quads());
        assertFalse(first.isEmpty());
        assertEquals(first, second);
    }
}
