package org.newskg.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.progress.MonitorOutput;
import org.newskg.rdf.Vocab;
import org.newskg.resolve.CorpusFacts;
import org.newskg.sink.TdbStore;
import org.newskg.source.SourceFile;

/**
 * The load use case: extract files into a TDB2 database, replacing the graphs of files loaded
 * before. Takes the files and a {@link TdbStore}; in order:
 * <ol>
 * <li>clears {@code DIR/staging/} of what a killed load left there;</li>
 * <li>reads the database's known facts (dated events, positions, Latin organization names) as the
 *     corpus's first input, so a file loaded later links to what is already loaded;</li>
 * <li>extracts into a staging N-Quads file in {@code DIR/staging/}; the database is not touched;</li>
 * <li>into an empty database, bulk-loads the staging file, then counts the statistics graph in
 *     one pass, in a write transaction ({@link TdbStore#rebuildStatistics}); otherwise, in one write
 *     transaction, removes the old graphs of the files that extracted completely, found by their
 *     source keys (and the ontology graph), adds the staging file's quads and counts again the
 *     statistics of the nodes they touched: killed at any point, the database holds all the old
 *     graphs or all the new ones, with their statistics;</li>
 * <li>deletes the staging file.</li>
 * </ol>
 * A file that fails keeps what the database had for it.
 */
public final class Loader {
    static final String STAGING = "staging";

    private final Pipeline pipeline;

    public Loader(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * What a load did: the extraction, the quads added to the database (the extraction's, each
     * once), the earlier article graphs replaced and the quads they held (with the ontology graph,
     * which every load writes again). The database grows by {@code quadsLoaded - quadsRemoved}.
     */
    public record Result(ExtractionReport report, long quadsLoaded, long replacedGraphs, long quadsRemoved, Statistics statistics) {
    }

    /** The statistics a load counted: all of them after a bulk load, or the nodes it touched; their triples and time. */
    public record Statistics(boolean full, long nodes, long triples, long nanos) {
    }

    /** Loads {@code files}, each replacing the graphs its source key had in {@code store}. */
    public Result load(List<SourceFile> files, TdbStore store, Progress progress, FailurePolicy policy, MonitorOutput output)
            throws IOException {
        Path staging = clean(store.dir().resolve(STAGING));
        CorpusFacts known = DatabaseFacts.of(store.dataset());
        Path staged = Files.createTempFile(staging, "load-", ".nq");
        try {
            ExtractionReport report;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(staged), 1 << 16)) {
                report = pipeline.run(files, StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS), progress, known, policy);
            }
            if (store.isEmpty()) {
                long loaded = store.bulkLoad(staged, output);
                long start = System.nanoTime();
                long triples = store.rebuildStatistics();
                return new Result(report, loaded, 0, 0, new Statistics(true, 0, triples, System.nanoTime() - start));
            }
            Set<Node> old = new HashSet<>(store.graphsOf(report.succeededFiles()));
            int replaced = old.size();
            old.add(NodeFactory.createURI(Vocab.ONTOLOGY)); // written again by every load
            TdbStore.Replaced r = store.replace(old, staged);
            return new Result(report, r.loaded(), replaced, r.removed(),
                    new Statistics(false, r.recountedNodes(), r.statisticsTriples(), r.recountNanos()));
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** The staging folder, emptied of the files a killed load left behind (one process uses a database at a time). */
    private static Path clean(Path staging) throws IOException {
        Files.createDirectories(staging);
        try (Stream<Path> left = Files.list(staging)) {
            for (Path p : (Iterable<Path>) left::iterator) Files.deleteIfExists(p);
        }
        return staging;
    }
}
