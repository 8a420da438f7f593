package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LexiconLookupTest {
    private final Lexicon words = Lexicon.of("国务院", "国务", "国家", "委员会", "常务委员会", "会");

    @Test
    void longest_word_at_a_position_wins_over_its_prefixes() {
        assertEquals("国务院", words.longestAt("他在国务院工作", 2));
        assertEquals("国务", words.longestAt("国务活动", 0));
    }

    @Test
    void no_word_at_a_position_gives_null_even_when_a_prefix_matches() {
        assertNull(words.longestAt("国民", 0));
        assertNull(words.longestAt("常务会议", 0));
        assertNull(words.longestAt("国务院", 3));
    }

    @Test
    void a_word_cut_by_the_end_of_the_text_is_not_found_but_a_shorter_one_is() {
        assertEquals("国务", words.longestAt(new StringBuilder("在国务"), 1));
    }

    @Test
    void longest_suffix_is_the_longest_word_the_text_ends_with() {
        assertEquals("常务委员会", words.longestSuffixOf("全国人大常务委员会"));
        assertEquals("委员会", words.longestSuffixOf("筹备委员会"));
        assertEquals("会", words.longestSuffixOf("大会"));
        assertNull(words.longestSuffixOf("会议"));
        assertNull(words.longestSuffixOf(""));
    }

    @Test
    void a_word_longer_than_the_text_is_no_suffix() {
        assertEquals("会", words.longestSuffixOf(new StringBuilder("员会")));
    }
}
