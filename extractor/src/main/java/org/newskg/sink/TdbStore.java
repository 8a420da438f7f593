package org.newskg.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newskg.annotate.ArticleAnnotator;
import org.newskg.pipeline.ExtractionReport;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.Progress;
import org.newskg.rdf.Vocab;
import org.newskg.resolve.Corpus;

/**
 * A TDB2 database of article graphs. Loading extracts first, into a temporary N-Quads file; only
 * then are the previous graphs of the files that extracted cleanly removed, and the new quads put
 * in with Jena's bulk loader. A file that fails keeps what the database already had for it, and
 * loading a file again replaces its article graphs instead of duplicating them. The dated events,
 * positions and Latin-named organizations already loaded are known to the extraction, so a page
 * that states no year, a title given without its body, or Abcd（某某）, loaded later on its own,
 * still links to them.
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

    public record LoadResult(ExtractionReport report, long quadsLoaded, long removedGraphs) {
    }

    public LoadResult load(List<Path> files, Pipeline pipeline, Progress progress, MonitorOutput loaderOutput)
            throws IOException {
        Path staged = Files.createTempFile("newskg-load-", ".nq");
        try {
            ExtractionReport report;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(staged), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                report = pipeline.run(files, writer, progress, known());
            }
            long removed = Txn.calculateWrite(dataset, () -> removeGraphsOf(report.succeededFiles()));
            DataLoader loader = LoaderFactory.phasedLoader(dataset, loaderOutput);
            loader.startBulk();
            try {
                loader.load(staged.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return new LoadResult(report, loader.countQuads(), removed);
        } finally {
            Files.deleteIfExists(staged);
        }
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
     * What the database already holds that other files may need: its dated events, so a page that
     * states no year links to them, the bodies of its positions, for titles given without one, and
     * its organizations named in Latin letters, for the pages that bracket them with a Chinese name.
     */
    private Corpus known() {
        Corpus corpus = Corpus.empty();
        Txn.executeRead(dataset, () -> {
            dataset.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.EVENT).forEachRemaining(q -> {
                Node start = first(q.getGraph(), q.getSubject(), Vocab.START_DATE);
                String startDate = start == null ? null : start.getLiteralLexicalForm();
                dataset.find(q.getGraph(), q.getSubject(), Vocab.LABEL, Node.ANY)
                        .forEachRemaining(l -> corpus.editions().learn(l.getObject().getLiteralLexicalForm(), startDate));
            });
            dataset.find(Node.ANY, Node.ANY, Vocab.ORGANIZATION_OF, Node.ANY).forEachRemaining(q -> {
                Node g = q.getGraph();
                Node person = first(g, q.getSubject(), Vocab.MEMBER);
                Node role = first(g, q.getSubject(), Vocab.ROLE_OF);
                String personName = person == null ? null : label(g, person);
                String roleName = role == null ? null : label(g, role);
                String orgName = label(g, q.getObject());
                if (personName != null && roleName != null && orgName != null) corpus.bodies().learn(personName, roleName, orgName);
            });
            dataset.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.ORGANIZATION).forEachRemaining(q -> {
                for (Node p : List.of(Vocab.LABEL, Vocab.ALT_LABEL)) {
                    dataset.find(q.getGraph(), q.getSubject(), p, Node.ANY).forEachRemaining(l -> {
                        String name = l.getObject().getLiteralLexicalForm();
                        if (ArticleAnnotator.isLatinName(name)) corpus.latinOrganizations().add(name);
                    });
                }
            });
        });
        return corpus;
    }

    private String label(Node graph, Node subject) {
        Node l = first(graph, subject, Vocab.LABEL);
        return l == null ? null : l.getLiteralLexicalForm();
    }

    private Node first(Node graph, Node subject, Node predicate) {
        Iterator<Quad> it = dataset.find(graph, subject, predicate, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private long removeGraphsOf(List<String> fileNames) {
        Set<Node> graphs = new HashSet<>();
        graphs.add(NodeFactory.createURI(Vocab.ONTOLOGY));
        for (String name : fileNames) {
            Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Vocab.SOURCE_FILE_NAME, NodeFactory.createLiteralString(name));
            while (it.hasNext()) graphs.add(it.next().getGraph());
        }
        for (Node g : graphs) dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        return graphs.size() - 1; // the ontology graph is replaced on every load, not counted
    }
}
