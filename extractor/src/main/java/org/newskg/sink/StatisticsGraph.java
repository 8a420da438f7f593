package org.newskg.sink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.newskg.rdf.Vocab;

/**
 * Counts over the whole corpus, kept in their own named graph ({@value #GRAPH}) so that the
 * research questions that rank or count over every article (05, 07, 09, 11, 14, 16) read one number
 * a row instead of counting millions of triples at every request. What is counted: {@link NodeCounts};
 * terms: {@code ontology/statistics.ttl}; shapes: {@code ontology/statistics-shapes.ttl}.
 * Two ways to keep it, both inside the caller's write transaction, so a reader never sees counts
 * of other data:
 * <ul>
 * <li>{@link #rebuild}: everything counted again in one pass over the sorted indexes
 *     ({@link FullCount}), after a bulk load;</li>
 * <li>{@link #update}: only the nodes a load touched ({@link TouchedNodes}) counted again, each
 *     by prefix scans of its own quads, after a load that replaced or added graphs.</li>
 * </ul>
 */
public final class StatisticsGraph {
    public static final String GRAPH = "https://w3id.org/newskg/statistics";
    public static final Node GRAPH_NODE = NodeFactory.createURI(GRAPH);

    private StatisticsGraph() {
    }

    /** Replaces the statistics graph of a TDB2 {@code dataset} with the counts of its other named graphs; returns its triples. */
    public static long rebuild(DatasetGraph dataset) {
        dataset.deleteAny(GRAPH_NODE, Node.ANY, Node.ANY, Node.ANY);
        return write(dataset, count(dataset));
    }

    /** The counts of the other named graphs of a TDB2 {@code dataset}, as the statistics graph's triples; changes nothing (a read transaction will do). */
    public static List<Triple> count(DatasetGraph dataset) {
        List<Triple> out = new ArrayList<>();
        new FullCount(new StatisticsSource(dataset), out::add).run();
        return out;
    }

    /** Whether the dataset holds a statistics graph (a database loaded before there was one holds none). */
    public static boolean isCounted(DatasetGraph dataset) {
        return dataset.find(GRAPH_NODE, Node.ANY, Node.ANY, Node.ANY).hasNext();
    }

    /**
     * Counts again the statistics of the nodes a load touched, after its quads were removed and
     * added: their old statistics go, their new ones are counted from what the dataset now holds.
     * An entity whose types changed has the articles it mentions counted again too (their
     * per-type counts depend on it). Returns the triples written.
     */
    public static long update(DatasetGraph dataset, TouchedNodes touched) {
        StatisticsSource source = new StatisticsSource(dataset);
        List<Triple> out = new ArrayList<>();
        NodeId type = source.id(Vocab.TYPE);
        NodeId mentionedIn = source.id(Vocab.MENTIONED_IN);
        // a node's types read in one scan, once per recount: a rule's quotations are each tested for three
        Map<NodeId, Set<NodeId>> typesOf = new HashMap<>();
        NodeCounts counts = new NodeCounts(source,
                (node, t) -> typesOf.computeIfAbsent(node, k -> new HashSet<>(source.objects(k, type))).contains(t), out::add);
        Set<NodeId> nodes = new LinkedHashSet<>();
        for (Node n : touched.nodes()) {
            NodeId id = source.id(n);
            nodes.add(id);
            if (!storedTypes(dataset, n).equals(counts.entityTypes(id))) nodes.addAll(source.objects(id, mentionedIn));
        }
        nodes.forEach(n -> dataset.deleteAny(GRAPH_NODE, source.node(n), Node.ANY, Node.ANY));
        touched.rules().forEach(r -> dataset.deleteAny(GRAPH_NODE, StatisticsTerms.rule(r), Node.ANY, Node.ANY));
        NodeId speaker = source.id(Vocab.SPEAKER);
        NodeId sourceFile = source.id(Vocab.SOURCE_FILE_NAME);
        for (NodeId n : nodes) {
            counts.entity(n);
            counts.speaker(n, source.subjects(speaker, n));
            if (!source.objects(n, sourceFile).isEmpty()) counts.article(n, source.subjects(mentionedIn, n));
        }
        NodeId attributedBy = source.id(Vocab.ATTRIBUTED_BY);
        touched.rules().forEach(r -> counts.rule(source.id(r), source.subjects(attributedBy, source.id(r))));
        return write(dataset, out);
    }

    /** The entity types the statistics graph states for {@code node} (those of the last count). */
    private static Set<Node> storedTypes(DatasetGraph dataset, Node node) {
        Set<Node> out = new HashSet<>();
        dataset.find(GRAPH_NODE, node, Vocab.TYPE, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static long write(DatasetGraph dataset, List<Triple> triples) {
        triples.forEach(t -> dataset.add(GRAPH_NODE, t.getSubject(), t.getPredicate(), t.getObject()));
        return triples.size();
    }
}
