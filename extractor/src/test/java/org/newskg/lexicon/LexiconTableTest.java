package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LexiconTableTest {
    private static final LexiconTable CONTEXT = LexiconTable.of("person-context-words.txt");

    @Test
    void a_table_row_is_read_from_its_file_in_file_order_across_lines_with_the_same_key() {
        List<String> afterName = CONTEXT.row("after-name");
        assertEquals("说", afterName.get(0));
        assertTrue(afterName.contains("案"), "the third after-name line is joined to the first");
        assertFalse(afterName.contains("after-name"), "the key is no word of its row");
    }

    @Test
    void a_missing_row_is_an_error_not_an_empty_list() {
        assertThrows(IllegalStateException.class, () -> CONTEXT.row("no-such-key"));
    }

    @Test
    void a_list_becomes_a_pattern_a_character_set_and_a_lexicon() {
        assertTrue(Pattern.compile(CONTEXT.alternation("byline-markers")).matcher("文/").matches());
        assertEquals("还也则就又都亦", CONTEXT.chars("adverbs-before-speech"));
        assertTrue(CONTEXT.lexicon("before-dot-name").contains("包括"));
        assertEquals("届", CONTEXT.word("edition-mark"));
    }

    @Test
    void each_line_of_a_list_stays_apart_when_asked_for_lines() {
        List<List<String>> endings = LexiconTable.of("org-name-forms.txt").lines("short-ending");
        assertEquals(List.of(List.of("办", "办公室"), List.of("委", "委员会")), endings);
    }
}
