package org.newskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The classes outside nkg: that an nkg: class specializes, as {@code ontology/newskg.ttl} declares
 * them with rdfs:subClassOf (transitively: nkg:DirectQuotation → nkg:Quotation → schema:Quotation).
 * The mapper types each node with them too, so a client that knows schema.org, W3C ORG or PROV finds
 * the entities without running inference. The ontology is the single place the hierarchy is stated.
 */
final class SuperClasses {
    private static final String RESOURCE = "/org/newskg/ontology/newskg.ttl";
    private static final Node SUB_CLASS_OF = org.apache.jena.vocabulary.RDFS.Nodes.subClassOf;
    private static final Graph ONTOLOGY = read();
    private static final Map<Node, List<Node>> CACHE = new ConcurrentHashMap<>();

    private SuperClasses() {
    }

    /** The non-nkg superclasses of {@code nkgClass}, in IRI order; empty for a class without any. */
    static List<Node> of(Node nkgClass) {
        return CACHE.computeIfAbsent(nkgClass, SuperClasses::compute);
    }

    private static List<Node> compute(Node cls) {
        Set<Node> found = new TreeSet<>(Comparator.comparing(Node::getURI));
        Set<Node> seen = new java.util.HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(cls));
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (!seen.add(c)) continue;
            ONTOLOGY.find(c, SUB_CLASS_OF, Node.ANY).forEachRemaining(t -> {
                Node sup = t.getObject();
                if (!sup.isURI()) return;
                if (!sup.getURI().startsWith(Vocab.NKG)) found.add(sup);
                todo.push(sup);
            });
        }
        return List.copyOf(found);
    }

    private static Graph read() {
        try (InputStream in = SuperClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("ontology resource missing: " + RESOURCE);
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
