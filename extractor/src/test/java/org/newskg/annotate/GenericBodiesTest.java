package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenericBodiesTest {
    @Test
    void a_forum_named_by_its_kind_is_the_forum_the_article_named_in_full() {
        List<String> p = ParsedTitles.of("“东海创新论坛”昨日在厦门开幕。论坛共同主席周立衡致辞。", "周立衡");
        assertEquals(List.of("周立衡|共同主席|东海创新论坛"), p);
    }

    @Test
    void a_kind_the_article_never_names_in_full_gives_no_position() {
        assertEquals(List.of(), ParsedTitles.of("论坛共同主席周立衡致辞。", "周立衡"));
    }

    @Test
    void this_firm_is_the_firm_an_earlier_title_named() {
        List<String> p = ParsedTitles.of("华信会计师事务所合伙人林志强表示，市场向好。该所合伙人王建设也这样认为。", "林志强", "王建设");
        assertTrue(p.contains("王建设|合伙人|华信会计师事务所"), p.toString());
    }

    @Test
    void a_gazetteer_body_is_found_before_the_kind() {
        List<String> p = ParsedTitles.of("博鳌亚洲论坛年会闭幕。论坛共同主席周立衡致辞。", "周立衡");
        assertEquals(List.of("周立衡|共同主席|博鳌亚洲论坛"), p);
    }

    @Test
    void kinds_and_determiners() {
        assertEquals("论坛", GenericBodies.kindOf("论坛"));
        assertEquals("所", GenericBodies.kindOf("该所"));
        assertEquals(null, GenericBodies.kindOf("所"));
        assertEquals(null, GenericBodies.kindOf("东海论坛"));
    }
}
