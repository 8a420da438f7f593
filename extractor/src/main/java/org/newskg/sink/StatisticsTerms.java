package org.newskg.sink;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.newskg.rdf.Vocab;

/** The terms of the statistics graph ({@code ontology/statistics.ttl}) and how its values are written. */
final class StatisticsTerms {
    static final String RULE_BASE = StatisticsGraph.GRAPH + "/attribution-rule/";
    static final Node ARTICLE_COUNT = Vocab.nkg("articleCount");
    static final Node SOURCE_FILE_COUNT = Vocab.nkg("sourceFileCount");
    static final Node PERSON_COUNT = Vocab.nkg("personCount");
    static final Node ORGANIZATION_COUNT = Vocab.nkg("organizationCount");
    static final Node EVENT_COUNT = Vocab.nkg("eventCount");
    static final Node QUOTATION_COUNT = Vocab.nkg("quotationCount");
    static final Node DIRECT_COUNT = Vocab.nkg("directQuotationCount");
    static final Node INDIRECT_COUNT = Vocab.nkg("indirectQuotationCount");
    static final Node QUOTING_ARTICLE_COUNT = Vocab.nkg("quotingArticleCount");
    static final Node AVERAGE_CONFIDENCE = Vocab.nkg("averageConfidence");
    static final Node MINIMUM_CONFIDENCE = Vocab.nkg("minimumConfidence");
    static final Node ATTRIBUTION_RULE = Vocab.nkg("AttributionRule");
    static final Node RULE_NAME = Vocab.nkg("ruleName");

    private StatisticsTerms() {
    }

    /** A count as SPARQL's COUNT gives it (xsd:integer). */
    static Node count(long n) {
        return NodeValue.makeInteger(n).asNode();
    }

    /** The node that carries the counts of the attribution rule named {@code name} (a value of nkg:attributedBy). */
    static Node rule(Node name) {
        String local = URLEncoder.encode(name.getLiteralLexicalForm(), StandardCharsets.UTF_8).replace("+", "%20");
        return NodeFactory.createURI(RULE_BASE + local);
    }
}
