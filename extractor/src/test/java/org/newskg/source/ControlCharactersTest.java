package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {
    @Test
    void every_control_character_that_xml_forbids_or_news_never_means_is_replaced() {
        for (char c = 0; c < 0x20; c++) {
            assertEquals(c != '\t' && c != '\n' && c != '\r', ControlCharacters.isReplaced(c), "U+" + (int) c);
        }
        for (char c = 0x7F; c <= 0x9F; c++) assertTrue(ControlCharacters.isReplaced(c), "U+" + (int) c);
        assertFalse(ControlCharacters.isReplaced(' '));
        assertFalse(ControlCharacters.isReplaced('\u00A0'));
        assertFalse(ControlCharacters.isReplaced('中'));
    }

    @Test
    void text_without_controls_is_returned_as_it_is() {
        String s = "没有控制字符的文本。\n";
        assertSame(s, ControlCharacters.replace(s));
        assertEquals(0, ControlCharacters.count(s));
    }

    @Test
    void replacement_keeps_the_length_and_breaks_lines_where_a_page_or_line_break_was() {
        String s = "甲\u0000乙\f丙\u0085丁\u001F戊\u009B";
        String r = ControlCharacters.replace(s);
        assertEquals(s.length(), r.length());
        assertEquals("甲 乙\n丙\n丁 戊 ", r);
        assertEquals(5, ControlCharacters.count(s));
    }
}
