package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RiotException;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.Loader;
import org.newskg.rdf.Vocab;
import org.newskg.sink.TdbStore;

/** The load use case against a real TDB2 database: what is loaded, what a failure keeps, what is left behind. */
class LoaderIT {
    @TempDir
    Path tmp;
    TdbStore store;

    @BeforeEach
    void open() throws Exception {
        store = new TdbStore(tmp.resolve("tdb2"));
    }

    private Loader.Result load(List<Path> files) throws Exception {
        return Seeds.load(Seeds.pipeline(), files, store);
    }

    /** The loaded quads (the statistics graph, which a load counts, apart). */
    private long quads() {
        return store.size();
    }

    private Set<Node> graphs() {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Node> g = new HashSet<>();
            store.dataset().listGraphNodes().forEachRemaining(g::add);
            g.remove(org.newskg.sink.StatisticsGraph.GRAPH_NODE);
            return g;
        });
    }

    @Test
    void the_database_holds_what_the_extraction_gives_and_a_reload_replaces_it_with_the_same() throws Exception {
        Loader.Result first = load(Seeds.files());
        assertTrue(first.report().ok(), first.report().failures().toString());
        // named graphs only: other tests give the shared extraction a union default graph, as Fuseki serves it
        long extracted = Seeds.graph().stream().filter(q -> !q.isDefaultGraph()).count();
        assertEquals(extracted, quads());
        Set<Node> extractedGraphs = new HashSet<>();
        Seeds.graph().listGraphNodes().forEachRemaining(extractedGraphs::add);
        assertEquals(extractedGraphs, graphs());
        Set<Node> before = graphs();
        Loader.Result again = load(Seeds.files());
        assertEquals(before.size() - 1, again.replacedGraphs(), "every article graph, not the ontology's");
        assertEquals(extracted, quads());
        assertEquals(before, graphs());
    }

    @Test
    void a_failure_half_way_through_replacing_keeps_every_old_graph() throws Exception {
        load(Seeds.files());
        long before = quads();
        Set<Node> graphsBefore = graphs();
        // new quads for a graph, then a line the parser refuses: the load fails after removing and adding
        Path staged = Files.writeString(tmp.resolve("broken.nq"),
                "<urn:x:s> <urn:x:p> \"new\" <urn:x:g> .\n<urn:x:s> <urn:x:p> \"cut off\n", StandardCharsets.UTF_8);
        Set<Node> old = store.graphsOf(store.loadedFiles());
        assertFalse(old.isEmpty());
        assertThrows(RiotException.class, () -> store.replace(old, staged));
        assertEquals(before, quads(), "nothing removed, nothing added");
        assertEquals(graphsBefore, graphs());
    }

    @Test
    void staging_files_a_killed_load_left_are_removed_and_the_load_leaves_none() throws Exception {
        Path staging = Files.createDirectories(store.dir().resolve("staging"));
        Files.writeString(staging.resolve("load-killed.nq"), "<urn:x:s> <urn:x:p> \"left over\" .\n");
        load(List.of(Seeds.files().get(0)));
        try (var left = Files.list(staging)) {
            assertEquals(List.of(), left.toList());
        }
        assertTrue(store.loadedFiles().contains(Seeds.files().get(0).getFileName().toString()));
    }

    @Test
    void reloading_a_changed_file_leaves_no_fact_of_its_old_text() throws Exception {
        Path file = tmp.resolve("in").resolve("changed.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "滨海日报讯 滨海港务集团董事长周立新表示，“今年的吞吐量比去年多了三成。”他说，码头将扩建。\n",
                StandardCharsets.UTF_8);
        load(List.of(file));
        Files.writeString(file, "滨海日报讯 滨海物流协会理事长范玉梅表示，“运费仍在上涨，企业压力不小。”\n",
                StandardCharsets.UTF_8);
        load(List.of(file));
        Txn.executeRead(store.dataset(), () -> {
            var dsg = store.dataset();
            dsg.find(Node.ANY, Node.ANY, Vocab.CONFIDENCE, Node.ANY).forEachRemaining(q -> {
                assertEquals(1, dsg.stream(q.getGraph(), q.getSubject(), Vocab.CONFIDENCE, Node.ANY).count(),
                        "one confidence, a functional property: " + q.getSubject());
                assertTrue(dsg.contains(q.getGraph(), q.getSubject(), Vocab.QUOTE_TEXT, Node.ANY),
                        "no orphan left of an old quotation: " + dsg.stream(Node.ANY, q.getSubject(), Node.ANY, Node.ANY).toList());
            });
            assertFalse(dsg.stream().anyMatch(q -> q.getObject().isLiteral()
                    && q.getObject().getLiteralLexicalForm().contains("吞吐量")), "the old quotation is gone");
            assertTrue(dsg.stream().anyMatch(q -> q.getObject().isLiteral()
                    && q.getObject().getLiteralLexicalForm().contains("运费仍在上涨")), "the new quotation is there");
        });
    }
}
