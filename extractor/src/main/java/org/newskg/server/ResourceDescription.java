package org.newskg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.rdf.Vocab;

/**
 * What the server says about one IRI, read from the union of the article graphs: its own
 * statements, the statements that point to it, and the labels, titles and types of the nodes on the
 * other end ({@link #graph}, also SPARQL's DESCRIBE through {@link LinkedDataDescribe}); and, for the HTML page, the rows of its sections ({@link #rows}).
 */
final class ResourceDescription {
    static final int MAX_ROWS = 500;
    private static final String PREFIXES = """
            PREFIX nkg: <%s> PREFIX rdfs: <%s> PREFIX dct: <%s> PREFIX org: <%s> PREFIX schema: <%s>
            """.formatted(Vocab.NKG, Vocab.RDFS, Vocab.DCT, Vocab.ORG, Vocab.SCHEMA);

    private static final String DESCRIBE = PREFIXES + """
            CONSTRUCT { ?s ?p ?o . ?o a ?ot ; rdfs:label ?ol ; dct:title ?ott .
                        ?i ?ip ?s . ?i a ?it ; rdfs:label ?il ; dct:title ?itt ; nkg:quoteText ?iq }
            WHERE {
              { ?s ?p ?o OPTIONAL { ?o a ?ot } OPTIONAL { ?o rdfs:label ?ol } OPTIONAL { ?o dct:title ?ott } }
              UNION
              { { SELECT ?i ?ip { ?i ?ip ?s } LIMIT 2000 }
                OPTIONAL { ?i a ?it } OPTIONAL { ?i rdfs:label ?il } OPTIONAL { ?i dct:title ?itt } OPTIONAL { ?i nkg:quoteText ?iq } }
            }
            """;

    /** The queries behind the HTML page's sections, each binding ?s to the IRI described. */
    static final Map<String, String> SECTIONS = Map.of(
            "statements", """
                SELECT ?p ?o (SAMPLE(?l) AS ?label) { ?s ?p ?o OPTIONAL { ?o rdfs:label|dct:title ?l } }
                GROUP BY ?p ?o ORDER BY ?p ?o""",
            "positions", """
                SELECT DISTINCT ?m ?role ?org ?orgLabel { ?m org:member ?s ; org:role/rdfs:label ?role
                  OPTIONAL { ?m org:organization ?org OPTIONAL { ?org rdfs:label ?orgLabel } } } ORDER BY ?role""",
            "quotations", """
                SELECT DISTINCT ?q ?text ?article ?title { ?q nkg:speaker ?s ; nkg:quoteText ?text ; nkg:inArticle ?article
                  OPTIONAL { ?article dct:title ?title } } ORDER BY ?article ?q""",
            "events", """
                SELECT DISTINCT ?e ?label { { ?e schema:attendee ?s } UNION { ?q nkg:speaker ?s ; nkg:atEvent ?e }
                  UNION { ?s nkg:atEvent ?e } ?e rdfs:label ?label } ORDER BY ?label""",
            "articles", """
                SELECT DISTINCT ?a ?title { { ?s nkg:mentionedIn ?a } UNION { ?a schema:author ?s } UNION { ?s nkg:inArticle ?a }
                  OPTIONAL { ?a dct:title ?title } } ORDER BY ?a""",
            "links", """
                SELECT ?i ?p (SAMPLE(?l) AS ?label) { ?i ?p ?s
                  FILTER (?p NOT IN (nkg:refersTo, nkg:speaker, org:member, schema:attendee, schema:author))
                  OPTIONAL { ?i rdfs:label|dct:title|nkg:quoteText ?l } } GROUP BY ?i ?p ORDER BY ?p ?i""",
            "mentions", """
                SELECT (COUNT(?m) AS ?n) { ?m nkg:refersTo ?s }""");

    private final DatasetGraph dataset;

    ResourceDescription(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Whether any statement has {@code iri} as subject or object. */
    boolean exists(Node iri) {
        return Txn.calculateRead(dataset, () -> dataset.getUnionGraph().find(iri, Node.ANY, Node.ANY).hasNext()
                || dataset.getUnionGraph().find(Node.ANY, Node.ANY, iri).hasNext());
    }

    /** The description as RDF: outgoing and incoming links and the neighbours' labels and types. */
    Model graph(Node iri) {
        return Txn.calculateRead(dataset, () -> describe(union(), iri));
    }

    /**
     * The description of {@code iri} in {@code data} (outgoing and incoming links, the neighbours'
     * labels and types); inside a read transaction when {@code data} is stored.
     */
    static Model describe(Model data, Node iri) {
        try (QueryExecution qe = QueryExecution.model(data).query(bind(DESCRIBE, iri)).build()) {
            return qe.execConstruct();
        }
    }

    /** The rows of one of {@link #SECTIONS}, at most {@value #MAX_ROWS}. */
    List<QuerySolution> rows(String section, Node iri) {
        String query = bind(PREFIXES + SECTIONS.get(section) + (section.equals("mentions") ? "" : " LIMIT " + MAX_ROWS), iri);
        return Txn.calculateRead(dataset, () -> {
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.model(union()).query(query).build()) {
                // copied inside the transaction: TDB2 resolves a binding's terms only when asked
                qe.execSelect().forEachRemaining(r -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    copy.addAll(r);
                    rows.add(copy);
                });
            }
            return rows;
        });
    }

    private Model union() {
        return ModelFactory.createModelForGraph(dataset.getUnionGraph());
    }

    private static String bind(String query, Node iri) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(query);
        pss.setIri("s", iri.getURI());
        return pss.toString();
    }
}
