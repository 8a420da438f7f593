package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EventMention;

/** Events written by a short form: a city's Games, a series' short name. */
class ShortNamesTest {

    @Test
    void the_games_of_a_city_written_short_are_that_city_s_games() {
        List<EventMention> evs = Texts.events("今年代表队在北岳奥运获佳绩，北岳奥运选手明日访问本市。", null, "L:北岳");
        assertEquals(1, evs.size(), evs.toString());
        assertEquals("北岳奥运会", evs.get(0).label());
        assertTrue(evs.get(0).aliases().contains("北岳奥运"));
        assertEquals("北岳", evs.get(0).place());
    }

    @Test
    void olympic_words_without_a_city_before_them_are_no_event() {
        assertTrue(Texts.events("她是奥运冠军，奥运精神鼓舞人心。", null).isEmpty());
    }

    @Test
    void a_series_short_name_is_named_by_the_full_name_with_the_edition_written_before_it() {
        List<EventMention> evs = Texts.events("第六十届慕安会期间，多国代表发言。", "2024-02-17");
        assertEquals("第六十届慕尼黑安全会议", evs.get(0).label().replaceFirst("^\\d{4}年", ""), evs.toString());
        assertTrue(evs.get(0).aliases().contains("第六十届慕安会"), evs.toString());
    }
}
