package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCharsTest {

    @Test
    void clause_ends_at_commas_stops_colons_and_line_breaks() {
        for (char c : "，。；：！？\n".toCharArray()) assertTrue(TextChars.isClauseEnd(c), "mark " + (int) c);
    }

    @Test
    void an_enumeration_comma_or_a_quote_does_not_end_a_clause() {
        for (char c : "、“”「」（）《》甲 ".toCharArray()) assertFalse(TextChars.isClauseEnd(c), "mark " + c);
    }
}
