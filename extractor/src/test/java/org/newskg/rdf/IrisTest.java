package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIx;
import org.newskg.model.EntityType;
import org.junit.jupiter.api.Test;

/** Article and graph IRIs keyed by a file's source key. */
class IrisTest {
    private final Iris iris = new Iris("https://example.org/id/");

    @Test
    void a_file_at_a_roots_top_level_keeps_the_iris_keyed_by_its_name() {
        assertEquals("https://example.org/id/graph/000_ab.txt/0", iris.graph("000_ab.txt", 0).getURI());
        assertEquals("https://example.org/id/article/000_ab.txt/2", iris.article("000_ab.txt", 2).getURI());
        assertEquals("https://example.org/id/article/" + Iris.fileKey("新闻 一.txt") + "/0", iris.article("新闻 一.txt", 0).getURI());
    }

    @Test
    void a_file_in_a_subfolder_is_keyed_by_its_path_each_name_made_iri_safe() {
        assertEquals("https://example.org/id/graph/2025-03/x.txt/1", iris.graph("2025-03/x.txt", 1).getURI());
        String uri = iris.article("新闻/第 1 期/x.txt", 0).getURI();
        assertEquals("https://example.org/id/article/" + Iris.fileKey("新闻") + "/" + Iris.fileKey("第 1 期") + "/x.txt/0", uri);
        assertFalse(IRIx.create(uri).hasViolations(), uri);
    }

    @Test
    void same_named_files_in_different_folders_get_different_graphs() {
        assertNotEquals(iris.graph("a/x.txt", 0), iris.graph("b/x.txt", 0));
        assertNotEquals(iris.graph("x.txt", 0), iris.graph("a/x.txt", 0));
    }

    @Test
    void a_name_of_dots_only_is_hashed_so_that_no_iri_resolves_it_away() {
        assertTrue(Iris.sourceKey("../x.txt").startsWith("f"), Iris.sourceKey("../x.txt"));
        assertEquals(Iris.fileKey(".") + "/x.txt", Iris.sourceKey("./x.txt"));
    }

    @Test
    void memberships_roles_and_organizations_are_what_a_completed_position_writes_about() {
        assertTrue(iris.isPositionPart(iris.membership("韩某", "局长", "")));
        assertTrue(iris.isPositionPart(iris.role("局长")));
        assertTrue(iris.isPositionPart(iris.entity(EntityType.ORGANIZATION, "东湖市交通局")));
        assertFalse(iris.isPositionPart(iris.entity(EntityType.PERSON, "韩某")));
        assertFalse(iris.isPositionPart(Iris.within(iris.article("a/x.txt", 1), "quote/3-9")));
    }
}
