package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.Iris;

class OntologyGraphTest {
    private static List<Quad> ontologyQuads() {
        List<Quad> quads = new ArrayList<>();
        Pipeline pipeline = new Pipeline(new ArticleGraphMapper(new Iris("https://example.org/id/"), "test", Instant.EPOCH));
        pipeline.run(List.of(), new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        }, report -> { });
        return quads;
    }

    @Test
    void two_runs_write_the_ontology_with_the_same_blank_node_labels() {
        List<Quad> first = ontologyQuads();
        assertTrue(first.stream().anyMatch(q -> q.getObject().isBlank()), "the ontology has OWL unions");
        assertEquals(first, ontologyQuads());
    }
}
