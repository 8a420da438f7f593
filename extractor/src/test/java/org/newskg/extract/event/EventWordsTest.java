package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventWordsTest {

    @Test
    void nouns_are_longest_first() {
        List<String> nouns = EventWords.NOUNS;
        for (int k = 1; k < nouns.size(); k++) assertTrue(nouns.get(k - 1).length() >= nouns.get(k).length());
        assertTrue(nouns.indexOf("博览会") < nouns.indexOf("展"));
    }

    @Test
    void bare_and_weak_nouns_are_event_nouns() {
        assertTrue(EventWords.NOUNS.containsAll(EventWords.BARE_NOUNS));
        assertTrue(EventWords.NOUNS.containsAll(EventWords.WEAK_NOUNS));
    }

    @Test
    void named_sets_and_patterns_are_found_by_name() {
        assertEquals("论坛", EventWords.word("forum-noun"));
        assertTrue(EventWords.pattern("ordinal").matcher("第十二届").matches());
        assertTrue(EventWords.endsWithVenue("滨江会展中心"));
        assertEquals("香港", EventWords.PLACE_ABBREVIATIONS.get("港"));
    }
}
