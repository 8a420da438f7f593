package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.Loader;
import org.newskg.sink.StatisticsGraph;
import org.newskg.sink.TdbStore;

/**
 * The statistics graph conforms to its shapes, and a load that adds, replaces or removes articles
 * (counting again only the nodes it touched) leaves it exactly as a full count from scratch would.
 */
class StatisticsGraphIT {
    @TempDir
    Path tmp;

    @Test
    void the_seeds_statistics_conform_to_their_shapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(Seeds.home().resolve("ontology/statistics-shapes.ttl").toString()));
        DatasetGraph dsg = QueriesIT.withStatistics();
        ValidationReport report = ShaclValidator.get().validate(shapes, dsg.getGraph(StatisticsGraph.GRAPH_NODE));
        assertTrue(report.conforms(), report.getEntries().toString());
        assertTrue(dsg.getGraph(StatisticsGraph.GRAPH_NODE).size() > 500, "counts of every seed article and entity");
    }

    @Test
    void loads_that_add_replace_and_remove_articles_count_as_a_full_count_would() throws Exception {
        TdbStore store = new TdbStore(tmp.resolve("db"));
        List<Path> seeds = Seeds.files();
        Loader.Result bulk = Seeds.load(Seeds.pipeline(), List.of(seeds.get(0)), store);
        assertTrue(bulk.statistics().full(), "a bulk load counts everything");
        assertEquals(fullCount(store), statistics(store), "after the bulk load");

        Loader.Result added = Seeds.load(Seeds.pipeline(), List.of(seeds.get(1), seeds.get(2)), store);
        assertFalse(added.statistics().full(), "a load into a database that holds data counts only what it touched");
        Set<Triple> two = statistics(store);
        assertEquals(fullCount(store), two, "after adding two files");

        Seeds.load(Seeds.pipeline(), List.of(seeds.get(1)), store);
        assertEquals(two, statistics(store), "loading a file again counts the same");

        Path changing = tmp.resolve("in/changing.txt");
        Files.createDirectories(changing.getParent());
        Files.copy(seeds.get(3), changing);
        Seeds.load(Seeds.pipeline(), List.of(changing), store);
        Set<Triple> withFour = statistics(store);
        assertEquals(fullCount(store), withFour, "after adding a fourth file");
        assertTrue(withFour.size() > two.size());

        Files.writeString(changing, "某市交通局召开发布会\n新华社南京4月5日电 某市交通局局长李明远5日表示，“地铁明年将实现智慧换乘。”\n",
                StandardCharsets.UTF_8);
        Loader.Result replaced = Seeds.load(Seeds.pipeline(), List.of(changing), store);
        assertTrue(replaced.replacedGraphs() > 1, "the file's old articles are removed");
        assertEquals(fullCount(store), statistics(store), "after replacing a file's articles by one other article");
        assertTrue(replaced.statistics().nodes() < withFour.size(), "only the touched nodes are counted again");
    }

    private static Set<Triple> statistics(TdbStore store) {
        return Txn.calculateRead(store.dataset(), () -> read(store.dataset()));
    }

    private static Set<Triple> read(DatasetGraph dsg) {
        Set<Triple> out = new HashSet<>();
        dsg.find(StatisticsGraph.GRAPH_NODE, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }

    /** What a full count from scratch gives, undone afterwards. */
    private static Set<Triple> fullCount(TdbStore store) {
        DatasetGraph dsg = store.dataset();
        dsg.begin(TxnType.WRITE);
        try {
            StatisticsGraph.rebuild(dsg);
            return read(dsg);
        } finally {
            dsg.abort();
            dsg.end();
        }
    }
}
