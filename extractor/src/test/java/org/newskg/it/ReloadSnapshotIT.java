package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.sink.TdbStore;

/**
 * Reads while a load replaces graphs, in one process: several threads query the database while the
 * seed files are loaded again and again, each load stamped with its own run time. Every read must see
 * one whole run: as many quads as a load leaves and one run time in every article graph, never a
 * mix of old and new graphs, and no read may fail.
 */
class ReloadSnapshotIT {
    private static final int READERS = 3;
    private static final int RELOADS = 2;

    /** What one read saw: the quads the database holds and the run times its article graphs record. */
    private record Snapshot(long quads, Set<String> runTimes) {
    }

    /** Two seed files (one a page without a year, which waits for the corpus): enough to see a load half done. */
    private static List<Path> files() {
        return Seeds.files().stream().filter(f -> f.getFileName().toString().matches("00[14]_.*")).toList();
    }

    private static Pipeline stamped(Instant time) {
        return new Pipeline(new ArticleGraphMapper(new Iris(Iris.DEFAULT_BASE), "test", time));
    }

    private static Snapshot read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> times = new TreeSet<>();
            dsg.find(Node.ANY, Node.ANY, Vocab.STARTED_AT_TIME, Node.ANY)
                    .forEachRemaining(q -> times.add(q.getObject().getLiteralLexicalForm()));
            return new Snapshot(dsg.stream().count(), times);
        });
    }

    @Test
    void every_read_during_reloads_sees_all_old_or_all_new_graphs_and_none_fails(@TempDir Path tmp) throws Exception {
        assertEquals(2, files().size());
        TdbStore store = new TdbStore(tmp.resolve("db"));
        Seeds.load(stamped(Instant.parse("2025-01-01T00:00:00Z")), files(), store);
        Snapshot first = read(store.dataset());
        assertEquals(1, first.runTimes().size(), first.runTimes().toString());

        ConcurrentLinkedQueue<Object> seen = new ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            Thread t = new Thread(() -> {
                while (loading.get()) {
                    try {
                        seen.add(read(store.dataset()));
                        Thread.sleep(1); // leave the loader some of the machine
                    } catch (RuntimeException e) {
                        seen.add(e);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            t.start();
            readers.add(t);
        }
        Set<String> loadedTimes = new TreeSet<>(first.runTimes());
        try {
            for (int i = 1; i <= RELOADS; i++) {
                Instant time = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i);
                Loader.Result r = Seeds.load(stamped(time), files(), store);
                assertEquals(r.quadsLoaded(), r.quadsRemoved(), "the same seeds: as many quads added as removed");
                loadedTimes.addAll(read(store.dataset()).runTimes());
            }
        } finally {
            loading.set(false);
            for (Thread t : readers) t.join();
        }

        assertEquals(RELOADS + 1, loadedTimes.size(), loadedTimes.toString());
        Set<String> timesRead = new TreeSet<>();
        for (Object o : seen) {
            assertTrue(o instanceof Snapshot, "a read failed: " + o);
            Snapshot s = (Snapshot) o;
            assertEquals(first.quads(), s.quads(), "a read saw part of a load: " + s);
            assertEquals(1, s.runTimes().size(), "a read saw graphs of two loads: " + s.runTimes());
            timesRead.addAll(s.runTimes());
        }
        assertTrue(timesRead.size() >= 2, "the readers saw the database before and after a reload: " + timesRead + ", " + seen.size() + " reads");
    }
}
