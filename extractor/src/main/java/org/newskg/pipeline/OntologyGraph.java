package org.newskg.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.Vocab;

/**
 * The ontology in its own named graph, so a dump or database carries its vocabulary. Its blank
 * nodes (OWL unions, restrictions) are labelled from the ontology's own bytes, so two runs write
 * the same labels and dumps of the same input are byte-identical.
 */
public final class OntologyGraph {
    public static final String RESOURCE = "/org/newskg/ontology/newskg.ttl";

    private OntologyGraph() {
    }

    static void write(StreamRDF out) {
        try (InputStream in = OntologyGraph.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("ontology resource missing: " + RESOURCE);
            byte[] turtle = in.readAllBytes();
            Node graph = NodeFactory.createURI(Vocab.ONTOLOGY);
            RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE)
                    .labelToNode(LabelToNode.createScopeByDocumentHash(UUID.nameUUIDFromBytes(turtle)))
                    .parse(new StreamRDFWrapper(StreamRDFLib.sinkNull()) {
                        @Override
                        public void triple(Triple t) {
                            out.quad(Quad.create(graph, t));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
