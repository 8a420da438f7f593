package org.newskg.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jena's sequential loader once put N-Quads default-graph triples into a graph named
 * urn:x-arq:DefaultGraphNode. newskg writes none (its ontology graph is named), but the loader it
 * uses must keep them where they belong, should any dump hold some.
 */
class TdbStoreDefaultGraphIT {
    @TempDir
    Path tmp;

    @Test
    void the_bulk_load_keeps_default_graph_triples_in_the_default_graph() throws Exception {
        Path nq = Files.writeString(tmp.resolve("mixed.nq"), String.join("\n",
                "<http://example.org/a> <http://example.org/p> \"in the default graph\" .",
                "<http://example.org/b> <http://example.org/p> \"in a named graph\" <http://example.org/g> .", ""),
                StandardCharsets.UTF_8);
        TdbStore store = new TdbStore(tmp.resolve("db"));
        assertEquals(2, store.bulkLoad(nq, (fmt, args) -> { }));
        Txn.executeRead(store.dataset(), () -> {
            assertEquals(1, store.dataset().getDefaultGraph().size());
            assertTrue(store.dataset().getDefaultGraph().contains(NodeFactory.createURI("http://example.org/a"), Node.ANY, Node.ANY));
            List<Node> graphs = org.apache.jena.atlas.iterator.Iter.toList(store.dataset().listGraphNodes());
            assertEquals(List.of(NodeFactory.createURI("http://example.org/g")), graphs);
            for (Node wrong : List.of(NodeFactory.createURI("urn:x-arq:DefaultGraphNode"), Quad.defaultGraphIRI)) {
                assertFalse(store.dataset().find(wrong, Node.ANY, Node.ANY, Node.ANY).hasNext(), wrong.toString());
            }
        });
    }
}
