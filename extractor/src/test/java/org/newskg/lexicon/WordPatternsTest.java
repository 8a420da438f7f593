package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WordPatternsTest {
    @Test
    void an_alternation_matches_each_word_literally() {
        Pattern p = Pattern.compile(WordPatterns.alternation(List.of("记者", "图/", "a.b")));
        assertTrue(p.matcher("图/").matches());
        assertTrue(p.matcher("a.b").matches());
        assertFalse(p.matcher("axb").matches(), "a dot in a word is no wildcard");
    }

    @Test
    void characters_joins_one_character_words_and_refuses_longer_ones() {
        assertEquals("和与及", WordPatterns.characters(List.of("和", "与", "及")));
        assertThrows(IllegalStateException.class, () -> WordPatterns.characters(List.of("和", "以及")));
    }

    @Test
    void every_word_of_a_plain_list_comes_in_file_order() {
        List<String> publishers = WordPatterns.words("publishers.txt");
        assertTrue(publishers.indexOf("人民日报海外版") < publishers.indexOf("人民日报"));
    }
}
