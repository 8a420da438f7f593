package org.newskg.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.search.SearchIndex;
import org.newskg.sink.StatisticsGraph;
import org.newskg.sink.TdbStore;

/**
 * The jobs the benchmark runs in child JVMs of their own, so they are measured whole like
 * {@code newskg extract}: not a user command.
 * <ul>
 *   <li>{@code bare INPUT...}: the bare HanLP pass ({@link BareHanlpPass});</li>
 *   <li>{@code bulkload DB FILE.nq}: newskg's load of an N-Quads file into an empty database
 *       ({@code TdbStore.bulkLoad}, what {@code newskg load} does after extracting);</li>
 *   <li>{@code index CONFIG DB}: the search index {@code newskg load} builds after loading;</li>
 *   <li>{@code statistics DB}: the statistics graph {@code newskg load} counts after a bulk load
 *       ({@code TdbStore.rebuildStatistics}), which the queries read;</li>
 *   <li>{@code statistics-check DB}: counts the statistics afresh without writing them and says
 *       how many triples differ from the stored ones (what loads left after their recounts).</li>
 * </ul>
 * Prints one line of counts; exit 2 on a command line it does not know.
 */
public final class BenchTool {
    private BenchTool() {
    }

    private static String checkStatistics(TdbStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Set<Triple> fresh = new HashSet<>(StatisticsGraph.count(dsg));
            Set<Triple> stored = new HashSet<>();
            dsg.find(StatisticsGraph.GRAPH_NODE, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> stored.add(q.asTriple()));
            long missing = fresh.stream().filter(t -> !stored.contains(t)).count();
            long extra = stored.stream().filter(t -> !fresh.contains(t)).count();
            return String.format("statistics-check: %d stored, %d counted afresh, %d missing from the stored, %d stored but not counted",
                    stored.size(), fresh.size(), missing, extra);
        });
    }

    public static void main(String[] args) throws Exception {
        String job = args.length == 0 ? "" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (job) {
            case "bare" -> {
                BareHanlpPass.Counts c = BareHanlpPass.run(rest.stream().map(Path::of).toList());
                System.out.printf("bare: %d files, %d characters, %d tokens%n", c.files(), c.characters(), c.tokens());
            }
            case "bulkload" -> {
                TdbStore store = new TdbStore(Path.of(rest.get(0)));
                System.out.printf("bulkload: %d quads%n", store.bulkLoad(Path.of(rest.get(1)), (fmt, a) -> { }));
            }
            case "index" -> {
                TdbStore store = new TdbStore(Path.of(rest.get(1)));
                System.out.printf("index: %d texts%n", SearchIndex.rebuild(Path.of(rest.get(0)), store.dir(), store.dataset()));
            }
            case "statistics-check" -> System.out.println(checkStatistics(new TdbStore(Path.of(rest.get(0)))));
            case "statistics" -> System.out.printf("statistics: %d triples%n", new TdbStore(Path.of(rest.get(0))).rebuildStatistics());
            default -> {
                System.err.println("usage: BenchTool bare INPUT... | bulkload DB FILE.nq | index CONFIG DB | statistics DB | statistics-check DB");
                System.exit(2);
            }
        }
        System.exit(0);
    }
}
