package org.newskg.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringWriter;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

/** The fast N-Quads lines are the characters Rio's own N-Quads writer gives for the same quad. */
class NQuadsLinesTest {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final Node G = NodeFactory.createURI("https://example.org/graph/a.txt/0");
    private static final Node S = NodeFactory.createURI("https://example.org/id/person/0a1b");
    private static final Node P = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    @Test
    void every_kind_of_term_is_written_as_rio_writes_it() throws Exception {
        List<Node> objects = List.of(
                NodeFactory.createLiteralLang("王小明说：\"今天\"\\不\n来\r\t了", "zh-Hans"),
                NodeFactory.createLiteralLang("Hong Kong", "en"),
                NodeFactory.createLiteralString("plain \u0001\u007f\u0085 text \uD83D\uDE00"),
                NodeFactory.createLiteralDT("2025-04", XSDDatatype.XSDgYearMonth),
                NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger),
                NodeFactory.createURI("https://example.org/a b<c>\"d{e}|f^g`h\\i"),
                NodeFactory.createURI("https://example.org/名字?q=1&r=%20#frag"),
                NodeFactory.createURI("https://example.org/\u0085\u00a0x"));
        for (Node o : objects) {
            Quad q = Quad.create(G, S, P, o);
            assertEquals(rio(q), fast(q), o.toString());
            Quad inDefault = Quad.create(Quad.defaultGraphIRI, S, P, o);
            assertEquals(rio(inDefault), fast(inDefault), o.toString());
        }
    }

    @Test
    void a_quad_with_a_blank_node_is_left_to_rio() throws Exception {
        StringWriter out = new StringWriter();
        assertFalse(new NQuadsLines(out).write(Quad.create(G, S, P, NodeFactory.createBlankNode("b0"))));
        assertEquals("", out.toString());
    }

    private static String fast(Quad q) throws Exception {
        StringWriter out = new StringWriter();
        new NQuadsLines(out).write(q);
        return out.toString();
    }

    private static String rio(Quad q) {
        StringWriter out = new StringWriter();
        RDFWriter w = Rio.createWriter(RDFFormat.NQUADS, out);
        w.startRDF();
        Resource ctx = q.isDefaultGraph() ? null : VF.createIRI(q.getGraph().getURI());
        w.handleStatement(VF.createStatement(VF.createIRI(q.getSubject().getURI()), VF.createIRI(q.getPredicate().getURI()), value(q.getObject()), ctx));
        w.endRDF();
        return out.toString();
    }

    private static Value value(Node n) {
        if (n.isURI()) return VF.createIRI(n.getURI());
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) return VF.createLiteral(n.getLiteralLexicalForm(), lang);
        return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
    }
}
