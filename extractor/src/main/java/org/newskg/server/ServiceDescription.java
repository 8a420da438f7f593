package org.newskg.server;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SPARQL 1.1 Service Description of a query endpoint, as answered to a GET without a query: what
 * it speaks (SPARQL 1.1 Query, union default graph), the result formats, and the limits of this
 * public endpoint (row cap, no SERVICE, read-only).
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
        "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"};

    private ServiceDescription() {
    }

    static Model of(String endpointUrl, int maxRows) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        Resource service = m.createResource(endpointUrl)
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(sd(m, "endpoint"), m.createResource(endpointUrl))
                .addProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(sd(m, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(DCTerms.title, "newskg: knowledge graph of Chinese news (read-only)")
                .addProperty(RDFS.comment, "Read-only. Queries run with a timeout; SERVICE to other endpoints is"
                        + " refused; a SELECT returns at most " + maxRows + " rows, and a longer result is cut there"
                        + " with the response header X-SPARQL-MaxRows: " + maxRows + ".");
        for (String f : RESULT_FORMATS) service.addProperty(sd(m, "resultFormat"), m.createResource(FORMATS + f));
        Resource dataset = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(sd(m, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph")));
        service.addProperty(sd(m, "defaultDataset"), dataset);
        return m;
    }

    private static Property sd(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
