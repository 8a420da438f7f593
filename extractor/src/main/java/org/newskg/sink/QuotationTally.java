package org.newskg.sink;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;

/**
 * The quotations of one speaker or one attribution rule, tallied row by row as the query that
 * counted them joined them: one row per (quotation, article, confidence), a row without confidence
 * when the quotation has none. Averages and minima are Jena's own SPARQL AVG and MIN accumulators,
 * so a stored figure is the one the query computed (an unbound confidence makes AVG an error,
 * stored as no value).
 */
final class QuotationTally {
    private static final Var X = Var.alloc("x");

    final Set<NodeId> quotes = new HashSet<>();
    final Set<NodeId> direct = new HashSet<>();
    final Set<NodeId> indirect = new HashSet<>();
    final Set<NodeId> articles = new HashSet<>();
    long directRows;
    long indirectRows;
    private final Accumulator avg = AggregatorFactory.createAvg(false, new ExprVar(X)).createAccumulator();
    private final Accumulator min = AggregatorFactory.createMin(false, new ExprVar(X)).createAccumulator();

    /** The rows of {@code quote} in {@code article} (null: no article in the join), one per confidence. */
    void add(NodeId quote, NodeId article, boolean isDirect, boolean isIndirect, List<Node> confidences) {
        quotes.add(quote);
        if (article != null) articles.add(article);
        if (isDirect) direct.add(quote);
        if (isIndirect) indirect.add(quote);
        List<Binding> rows = confidences.isEmpty() ? List.of(BindingFactory.empty())
                : confidences.stream().map(c -> BindingFactory.binding(X, c)).toList();
        for (Binding row : rows) {
            if (isDirect) directRows++;
            if (isIndirect) indirectRows++;
            avg.accumulate(row, null);
            min.accumulate(row, null);
        }
    }

    boolean isEmpty() {
        return quotes.isEmpty();
    }

    Optional<Node> average() {
        return value(avg);
    }

    Optional<Node> minimum() {
        return value(min);
    }

    private static Optional<Node> value(Accumulator acc) {
        NodeValue v = acc.getValue();
        return Optional.ofNullable(v == null ? null : v.asNode());
    }
}
