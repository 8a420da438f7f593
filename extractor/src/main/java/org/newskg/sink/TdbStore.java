package org.newskg.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFCountingBase;
import org.apache.jena.riot.system.StreamRDFLib;
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

    /** The article graphs of the files named {@code fileNames} (by {@code nkg:sourceFile}). */
    public Set<Node> graphsOf(Collection<String> fileNames) {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> graphs = new HashSet<>();
            for (String name : fileNames) {
                Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Vocab.SOURCE_FILE_NAME, NodeFactory.createLiteralString(name));
                while (it.hasNext()) graphs.add(it.next().getGraph());
            }
            return graphs;
        });
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
     * In one write transaction: removes every quad of {@code graphs}, then adds the quads of an
     * N-Quads file; returns the number of quads read. If anything fails before the commit (a bad
     * line, a full disk, the process killed), the transaction never commits and the database keeps
     * the old graphs.
     */
    public long replace(Set<Node> graphs, Path nquads) {
        return Txn.calculateWrite(dataset, () -> {
            for (Node g : graphs) dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            StreamRDFCounting counting = new StreamRDFCountingBase(StreamRDFLib.dataset(dataset));
            RDFParser.source(nquads).lang(Lang.NQUADS).parse(counting);
            return counting.countQuads();
        });
    }
}
