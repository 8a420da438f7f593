package org.newskg.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RioStreamRDFTest {
    @TempDir
    Path tmp;

    private static final Quad QUAD = Quad.create(NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/s"),
            NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralLang("李家超", "zh-Hans"));
    private static final Quad TYPED = Quad.create(NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/s"),
            NodeFactory.createURI("http://example.org/q"), NodeFactory.createLiteralDT("2025-04", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth));

    @ParameterizedTest
    @ValueSource(strings = {"out.nq", "out.trig", "out.jsonld", "out.nq.gz", "out.trig.gz", "out.ttl"})
    void dumps_are_read_back_by_jena(String name) throws Exception {
        Path file = tmp.resolve(name);
        try (RioStreamRDF sink = RioStreamRDF.open(file)) {
            sink.start();
            sink.quad(QUAD);
            sink.quad(TYPED);
            sink.finish();
        }
        Dataset ds = RDFDataMgr.loadDataset(file.toString());
        boolean graphs = !name.startsWith("out.ttl");
        var model = graphs ? ds.getNamedModel("http://example.org/g") : ds.getDefaultModel();
        assertEquals(2, model.size());
        assertTrue(model.getGraph().contains(QUAD.asTriple()));
        assertTrue(model.getGraph().contains(TYPED.asTriple()));
    }

    @Test
    void unknown_extension_is_refused_with_the_file_name() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RioStreamRDF.open(tmp.resolve("x.rdfz")));
        assertTrue(e.getMessage().contains("x.rdfz"));
    }
}
