package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** DESCRIBE run in newskg's own process answers as the linked-data pages do: incoming links included. */
class LinkedDataDescribeTest {
    private static final String DATA = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX ex: <http://example.org/>
            ex:p a nkg:Person ; rdfs:label "某人"@zh-Hans .
            ex:m org:member ex:p ; org:organization ex:o .
            ex:o rdfs:label "某局"@zh-Hans .
            ex:q nkg:speaker ex:p ; nkg:quoteText "今天天气很好。"@zh-Hans .
            ex:unrelated rdfs:label "无关"@zh-Hans .
            """;

    @Test
    void describe_includes_the_statements_that_point_to_the_resource_and_their_texts() {
        Model data = RDFParser.fromString(DATA, Lang.TURTLE).toModel();
        Model described;
        try (QueryExecution qe = QueryExecution.model(data).query("DESCRIBE <http://example.org/p>").build()) {
            described = qe.execDescribe();
        }
        Resource p = data.createResource("http://example.org/p");
        Property member = data.createProperty("http://www.w3.org/ns/org#member");
        Property speaker = data.createProperty("https://w3id.org/newskg/ontology#speaker");
        assertTrue(described.contains(data.createResource("http://example.org/m"), member, p), described.toString());
        assertTrue(described.contains(data.createResource("http://example.org/q"), speaker, p));
        assertTrue(described.contains(data.createResource("http://example.org/q"),
                data.createProperty("https://w3id.org/newskg/ontology#quoteText"), (org.apache.jena.rdf.model.RDFNode) null));
        assertTrue(!described.containsResource(data.createResource("http://example.org/unrelated")));
    }
}
