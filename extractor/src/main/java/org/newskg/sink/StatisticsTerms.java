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
    static final Node ARTICLE_COUNT = nkg("articleCount");
    static final Node SOURCE_FILE_COUNT = nkg("sourceFileCount");
    static final Node PERSON_COUNT = nkg("personCount");
    static final Node ORGANIZATION_COUNT = nkg("organizationCount");
    static final Node EVENT_COUNT = nkg("eventCount");
    static final Node QUOTATION_COUNT = nkg("quotationCount");
    static final Node DIRECT_COUNT = nkg("directQuotationCount");
    static final Node INDIRECT_COUNT = nkg("indirectQuotationCount");
    static final Node QUOTING_ARTICLE_COUNT = nkg("quotingArticleCount");
    static final Node AVERAGE_CONFIDENCE = nkg("averageConfidence");
    static final Node MINIMUM_CONFIDENCE = nkg("minimumConfidence");
    static final Node ATTRIBUTION_RULE = nkg("AttributionRule");
    static final Node RULE_NAME = nkg("ruleName");

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

    private static Node nkg(String local) {
        return NodeFactory.createURI(Vocab.NKG + local);
    }
}
