package org.newskg.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFCountingBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newskg.rdf.Vocab;

/**
 * A TDB2 database of article graphs, and the writes newskg makes to it. Two ways in: the bulk
 * loader for a database that holds nothing yet (fast, and nothing to lose if it is cut), and
 * {@link #replace}, which removes graphs and adds a file's quads in one write transaction, so a
 * reader, or a process killed half-way, sees either the old graphs or the new ones, never neither.
 * {@link #replace} keeps the {@link StatisticsGraph} in step in its transaction; after a bulk load,
 * {@link #rebuildStatistics} counts it.
 * Deciding what to load is the caller's (the pipeline's load use case).
 */
public final class TdbStore {
    private final Path dir;
    private final DatasetGraph dataset;

    public TdbStore(Path dir) throws IOException {
        Files.createDirectories(dir);
        this.dir = dir.toAbsolutePath().normalize();
        this.dataset = DatabaseMgr.connectDatasetGraph(this.dir.toString());
    }

    public Path dir() {
        return dir;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Whether the database holds no quad at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.find().hasNext());
    }

    /** Source file names whose article graphs are in the database. */
    public Set<String> loadedFiles() {
        return Txn.calculateRead(dataset, () -> {
            Set<String> names = new HashSet<>();
            Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Vocab.SOURCE_FILE_NAME, Node.ANY);
            while (it.hasNext()) names.add(it.next().getObject().getLiteralLexicalForm());
            return names;
        });
    }

    /**
     * The article graphs of the files with the source keys {@code keys} (by {@code nkg:sourcePath}).
     * A graph loaded before articles recorded their key counts as keyed by its file name, which is
     * what its key was then, so a database made earlier is still replaced file by file.
     */
    public Set<Node> graphsOf(Collection<String> keys) {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> graphs = new HashSet<>();
            for (String key : keys) {
                graphsWith(Vocab.SOURCE_PATH, key).forEach(graphs::add);
                if (key.contains("/")) continue;
                for (Node g : graphsWith(Vocab.SOURCE_FILE_NAME, key)) {
                    if (!dataset.find(g, Node.ANY, Vocab.SOURCE_PATH, Node.ANY).hasNext()) graphs.add(g);
                }
            }
            return graphs;
        });
    }

    private List<Node> graphsWith(Node property, String value) {
        List<Node> graphs = new ArrayList<>();
        Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, property, NodeFactory.createLiteralString(value));
        while (it.hasNext()) graphs.add(it.next().getGraph());
        return graphs;
    }

    /** Quads of all graphs but the statistics graph: what the loads put in the database, each quad once. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (Iterator<Quad> it = dataset.find(); it.hasNext(); ) {
                if (!it.next().getGraph().equals(StatisticsGraph.GRAPH_NODE)) n++;
            }
            return n;
        });
    }

    /**
     * Counts the whole {@link StatisticsGraph} again from what the database holds, in one write
     * transaction (after a bulk load, or to mend a database); returns its triples. Adding the
     * counts with the phased bulk loader instead was slower on the 100k-article database (153.6 s
     * CPU against 45.6 s: it reworks the existing indexes).
     */
    public long rebuildStatistics() {
        return Txn.calculateWrite(dataset, () -> StatisticsGraph.rebuild(dataset));
    }

    /**
     * Loads an N-Quads file into an empty database with Jena's phased bulk loader; returns the
     * number of quads read. Refused when the database holds anything: the bulk loader commits
     * index by index, so cut half-way it could leave old data inconsistent.
     */
    public long bulkLoad(Path nquads, MonitorOutput output) {
        if (!isEmpty()) throw new IllegalStateException(dir + " is not empty: use replace");
        DataLoader loader = LoaderFactory.phasedLoader(dataset, output);
        loader.startBulk();
        try {
            loader.load(nquads.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader.countQuads();
    }

    /**
     * What a replacement did: quads removed with the old graphs, quads read from the file and
     * added, and the statistics counted again (the nodes touched, the triples written, the time taken).
     */
    public record Replaced(long removed, long loaded, int recountedNodes, long statisticsTriples, long recountNanos) {
    }

    /**
     * In one write transaction: removes every quad of {@code graphs}, adds the quads of an N-Quads
     * file and counts again the statistics of the nodes those quads touched
     * ({@link StatisticsGraph#update}; all of them when the database holds none yet, as one
     * loaded before there were statistics, or one whose count after a bulk load was cut); returns
     * how many of each. If anything fails before the
     * commit (a bad line, a full disk, the process killed), the transaction never commits and the
     * database keeps the old graphs and their statistics.
     */
    public Replaced replace(Set<Node> graphs, Path nquads) {
        return Txn.calculateWrite(dataset, () -> {
            TouchedNodes touched = new TouchedNodes();
            long removed = 0;
            for (Node g : graphs) {
                for (Iterator<Quad> it = dataset.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); removed++) touched.accept(it.next());
                dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
            StreamRDF adding = new StreamRDFWrapper(StreamRDFLib.dataset(dataset)) {
                @Override
                public void quad(Quad quad) {
                    touched.accept(quad);
                    super.quad(quad);
                }
            };
            StreamRDFCounting counting = new StreamRDFCountingBase(adding);
            RDFParser.source(nquads).lang(Lang.NQUADS).parse(counting);
            long start = System.nanoTime();
            long triples = StatisticsGraph.isCounted(dataset) ? StatisticsGraph.update(dataset, touched) : StatisticsGraph.rebuild(dataset);
            return new Replaced(removed, counting.countQuads(), touched.size(), triples, System.nanoTime() - start);
        });
    }
}
