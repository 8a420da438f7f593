package org.newskg.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
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
        store.bulkLoad(nq, (fmt, args) -> { }); // counts the quad only: Jena's loader counts triples apart
        Txn.executeRead(store.dataset(), () -> {
            assertEquals(1, store.dataset().getDefaultGraph().size());
            assertTrue(store.dataset().getDefaultGraph().contains(NodeFactory.createURI("http://example.org/a"), Node.ANY, Node.ANY));
            List<Node> graphs = org.apache.jena.atlas.iterator.Iter.toList(store.dataset().listGraphNodes());
            assertEquals(List.of(NodeFactory.createURI("http://example.org/g")), graphs);
            // (find() with urn:x-arq:DefaultGraphNode means the default graph, so ask SPARQL which graphs hold triples)
            String named = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
            try (QueryExec q = QueryExec.dataset(store.dataset()).query(named).build()) {
                List<Node> holding = new java.util.ArrayList<>();
                q.select().forEachRemaining(row -> holding.add(row.get("g")));
                assertEquals(List.of(NodeFactory.createURI("http://example.org/g")), holding);
            }
            Quad a = store.dataset().find(Node.ANY, NodeFactory.createURI("http://example.org/a"), Node.ANY, Node.ANY).next();
            assertTrue(a.isDefaultGraph(), a.toString());
        });
    }
}
