package org.newskg.sink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What the statistics are counted from: the named graphs of a TDB2 dataset but the statistics
 * graph, each triple once however many graphs state it, as the queries see the union. Read
 * straight from TDB2's quad indexes as node ids (tuples G, S, P, O), so nothing is decoded but
 * the nodes the statistics are written about. Every read is a prefix scan of one sorted index:
 * SPOG for a subject's values, POSG for a value's subjects. Use inside a transaction.
 */
final class StatisticsSource {
    private static final NodeId ANY = NodeId.NodeIdAny;

    private final NodeTupleTable quads;
    private final NodeTable nodes;
    private final NodeId statistics;

    StatisticsSource(DatasetGraph dataset) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        if (tdb == null) throw new IllegalArgumentException("the statistics are counted from TDB2's sorted indexes");
        this.quads = tdb.getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
        this.statistics = id(StatisticsGraph.GRAPH_NODE);
    }

    /** The id of {@code node}, or NodeId.NodeDoesNotExist when the database has never held it (nothing then matches it). */
    NodeId id(Node node) {
        return nodes.getNodeIdForNode(node);
    }

    Node node(NodeId id) {
        return nodes.getNodeForNodeId(id);
    }

    /** The distinct values of {@code property} on {@code subject}. */
    List<NodeId> objects(NodeId subject, NodeId property) {
        return distinct(find(subject, property, ANY), 3);
    }

    /** The distinct subjects that have {@code value} for {@code property}. */
    List<NodeId> subjects(NodeId property, NodeId value) {
        return distinct(find(ANY, property, value), 1);
    }

    /** The distinct ids in {@code slot} (1 subject, 3 object) of the counted quads. */
    private List<NodeId> distinct(Iterator<Tuple<NodeId>> it, int slot) {
        Set<NodeId> out = new LinkedHashSet<>();
        while (it.hasNext()) {
            Tuple<NodeId> q = it.next();
            if (counted(q)) out.add(q.get(slot));
        }
        return new ArrayList<>(out);
    }

    boolean has(NodeId subject, NodeId property, NodeId value) {
        for (Iterator<Tuple<NodeId>> it = find(subject, property, value); it.hasNext(); ) {
            if (counted(it.next())) return true;
        }
        return false;
    }

    /**
     * Walks every quad of {@code property} once, in the POSG index's order (value, then subject,
     * then graph), and hands each value with its distinct subjects to {@code group}: each value's
     * quads come together, and a subject's quads in several graphs follow each other, so only one
     * value's subjects are held at a time.
     */
    void groups(NodeId property, BiConsumer<NodeId, List<NodeId>> group) {
        NodeId value = null;
        List<NodeId> subjects = new ArrayList<>();
        for (Iterator<Tuple<NodeId>> it = find(ANY, property, ANY); it.hasNext(); ) {
            Tuple<NodeId> q = it.next();
            if (!counted(q)) continue;
            if (!q.get(3).equals(value)) {
                if (value != null) group.accept(value, subjects);
                value = q.get(3);
                subjects = new ArrayList<>();
            }
            NodeId s = q.get(1);
            if (subjects.isEmpty() || !subjects.get(subjects.size() - 1).equals(s)) subjects.add(s);
        }
        if (value != null) group.accept(value, subjects);
    }

    private Iterator<Tuple<NodeId>> find(NodeId s, NodeId p, NodeId o) {
        if (NodeId.isDoesNotExist(s) || NodeId.isDoesNotExist(p) || NodeId.isDoesNotExist(o)) return Collections.emptyIterator();
        return quads.find(ANY, s, p, o);
    }

    private boolean counted(Tuple<NodeId> q) {
        return !q.get(0).equals(statistics);
    }
}
