package org.newskg.sink;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.Vocab;

/**
 * The nodes whose statistics a load may change, gathered from the quads it removes and adds:
 * every subject, the articles and speakers named as objects ({@code nkg:mentionedIn},
 * {@code nkg:inArticle}, {@code nkg:speaker}), and the attribution rules named
 * ({@code nkg:attributedBy}). Fed each removed quad before it goes and each added quad as it comes.
 */
public final class TouchedNodes implements Consumer<Quad> {
    private final Set<Node> nodes = new HashSet<>();
    private final Set<Node> rules = new HashSet<>();

    @Override
    public void accept(Quad q) {
        if (q.isDefaultGraph() || q.getGraph().equals(StatisticsGraph.GRAPH_NODE)) return;
        nodes.add(q.getSubject());
        Node p = q.getPredicate();
        if (p.equals(Vocab.MENTIONED_IN) || p.equals(Vocab.IN_ARTICLE) || p.equals(Vocab.SPEAKER)) nodes.add(q.getObject());
        else if (p.equals(Vocab.ATTRIBUTED_BY) && q.getObject().isLiteral()) rules.add(q.getObject());
    }

    Set<Node> nodes() {
        return nodes;
    }

    Set<Node> rules() {
        return rules;
    }

    public int size() {
        return nodes.size() + rules.size();
    }
}
