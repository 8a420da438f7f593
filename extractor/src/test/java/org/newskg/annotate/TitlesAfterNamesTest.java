package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;

class TitlesAfterNamesTest {
    private static List<PositionMention> find(String name, String... wordsAndTags) {
        List<Token> tokens = Words.of(wordsAndTags);
        String text = Words.text(tokens);
        int at = text.indexOf(name);
        return new TitlesAfterNames().find(text, List.of(new Mention(EntityType.PERSON, at, at + name.length(), name)), tokens);
    }

    @Test
    void a_role_right_after_a_name_is_a_title_without_its_body() {
        List<PositionMention> found = find("林海峰", "林海峰/nr", "总理/nnt", "指出/v", "。/w");
        assertEquals(1, found.size());
        PositionMention p = found.get(0);
        assertEquals("总理", p.role());
        assertEquals(null, p.organization());
        assertTrue(p.afterName());
        assertEquals(0, p.begin());
        assertEquals(5, p.end());
    }

    @Test
    void a_role_that_does_not_end_a_word_is_no_title() {
        assertTrue(find("林海峰", "林海峰/nr", "走上/v", "主席台/n").isEmpty());
        assertTrue(find("林海峰", "林海峰/nr", "主席台/n", "上/f").isEmpty());
    }

    @Test
    void daibiao_after_a_name_is_the_verb() {
        assertTrue(find("林海峰", "林海峰/nr", "代表/v", "全体/n", "同事/n", "致辞/v").isEmpty());
    }
}
