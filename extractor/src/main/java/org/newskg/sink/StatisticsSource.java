package org.newskg.sink;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What the statistics are counted from: the named graphs of a dataset but the statistics graph
 * (and the default graph, which the server's union default graph hides), each triple once however
 * many graphs state it, as the queries see it. Every read is a prefix scan of one of the store's
 * sorted quad indexes: SPOG for a subject's values, POSG for a value's subjects.
 */
final class StatisticsSource {
    private final DatasetGraph dataset;

    StatisticsSource(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    DatasetGraph dataset() {
        return dataset;
    }

    /** The distinct values of {@code property} on {@code subject}. */
    List<Node> objects(Node subject, Node property) {
        Set<Node> out = new LinkedHashSet<>();
        for (Iterator<Quad> it = dataset.find(Node.ANY, subject, property, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (counted(q)) out.add(q.getObject());
        }
        return new ArrayList<>(out);
    }

    /** The distinct subjects that have {@code value} for {@code property}. */
    List<Node> subjects(Node property, Node value) {
        Set<Node> out = new LinkedHashSet<>();
        for (Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, property, value); it.hasNext(); ) {
            Quad q = it.next();
            if (counted(q)) out.add(q.getSubject());
        }
        return new ArrayList<>(out);
    }

    boolean has(Node subject, Node property, Node value) {
        for (Iterator<Quad> it = dataset.find(Node.ANY, subject, property, value); it.hasNext(); ) {
            if (counted(it.next())) return true;
        }
        return false;
    }

    /**
     * Walks every quad of {@code property} once, in the POSG index's order (value, then subject,
     * then graph), and hands each value with its distinct subjects to {@code group}. Needs an index
     * sorted that way (TDB2): each value's quads come together, and a subject's quads in several
     * graphs follow each other, so only one value's subjects are held at a time.
     */
    void groups(Node property, BiConsumer<Node, List<Node>> group) {
        Node value = null;
        List<Node> subjects = new ArrayList<>();
        for (Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, property, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (!counted(q)) continue;
            if (!q.getObject().equals(value)) {
                if (value != null) group.accept(value, subjects);
                value = q.getObject();
                subjects = new ArrayList<>();
            }
            Node s = q.getSubject();
            if (subjects.isEmpty() || !subjects.get(subjects.size() - 1).equals(s)) subjects.add(s);
        }
        if (value != null) group.accept(value, subjects);
    }

    static boolean counted(Quad q) {
        return !q.isDefaultGraph() && !q.getGraph().equals(StatisticsGraph.GRAPH_NODE);
    }
}
