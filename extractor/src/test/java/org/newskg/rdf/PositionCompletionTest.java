package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;

/** Positions the corpus completes at the end of a run repeat no quad their article's graph holds. */
class PositionCompletionTest {
    private final Iris iris = new Iris("https://example.org/id/");
    private final ArticleGraphMapper mapper = new ArticleGraphMapper(iris, "test", Instant.EPOCH);
    private final Node graph = iris.graph("a/x.txt", 0);
    private final Node article = iris.article("a/x.txt", 0);
    private final List<Quad> written = new ArrayList<>();
    private final StreamRDF out = new StreamRDFBase() {
        @Override
        public void quad(Quad q) {
            written.add(q);
        }
    };

    private PositionStatement statement(int begin, GraphQuads graphQuads) {
        return new PositionStatement(graph, article, Iris.within(article, "position/" + begin + "-" + (begin + 4)),
                begin, begin + 4, NodeFactory.createLiteralLang("局长韩某", "zh-Hans"), "韩某", "局长", null, false, graphQuads);
    }

    @Test
    void two_statements_of_one_position_write_the_membership_and_its_role_once() {
        GraphQuads graphQuads = new GraphQuads();
        mapper.position(statement(0, graphQuads), "东湖市交通局", out);
        mapper.position(statement(20, graphQuads), "东湖市交通局", out);
        assertEquals(written.size(), new HashSet<>(written).size(), "no quad twice: " + written);
        Node role = iris.role("局长");
        assertEquals(1, written.stream().filter(q -> q.getSubject().equals(role) && q.getPredicate().equals(Vocab.LABEL)).count());
        assertEquals(2, written.stream().filter(q -> q.getPredicate().equals(Vocab.REFERS_TO)).count(), "each phrase is a mention");
    }

    @Test
    void a_completed_position_repeats_nothing_its_article_already_wrote() {
        GraphQuads graphQuads = new GraphQuads();
        Node org = iris.entity(EntityType.ORGANIZATION, "东湖市交通局");
        Quad label = Quad.create(graph, org, Vocab.LABEL, NodeFactory.createLiteralLang("东湖市交通局", "zh-Hans"));
        graphQuads.onceEach(new StreamRDFBase()).quad(label); // the article named the body itself
        mapper.position(statement(0, graphQuads), "东湖市交通局", out);
        assertTrue(written.stream().noneMatch(label::equals), "the body's label is in the graph already");
        assertTrue(written.stream().anyMatch(q -> q.getSubject().equals(org) && q.getPredicate().equals(Vocab.TYPE)));
    }
}
