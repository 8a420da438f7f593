package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Segmentation;
import org.newskg.model.Article;
import org.newskg.model.EventMention;

class ArticleEventsTest {

    private static List<EventMention> find(String text, String date) {
        Article a = new Article(0, 0, text.length(), null, List.of(), null, date);
        return new ArticleEvents().find(text, a, List.of(), Segmentation.NONE);
    }

    @Test
    void the_label_carries_the_year_the_event_is_dated_in() {
        EventMention e = find("5月8日，山城数字论坛开幕。", "2024-05-09").get(0);
        assertEquals("2024年山城数字论坛", e.label());
        assertEquals(List.of("山城数字论坛"), e.aliases());
    }

    @Test
    void a_sub_event_is_labelled_after_its_event() {
        List<EventMention> evs = find("2024年山城数字论坛开幕式举行。", null);
        assertEquals("2024年山城数字论坛开幕式", evs.get(1).label());
        assertEquals("2024年山城数字论坛", evs.get(1).superEvent());
    }

    @Test
    void a_name_whose_brackets_hold_a_full_stop_no_longer_throws() {
        // used to throw StringIndexOutOfBoundsException in the place filler (issue 11, item 5)
        List<EventMention> evs = find("在京各界代表（含嘉宾，共80人。）第三届滨江茶叶博览会将于5月在杭州举行；", "2024-03-02");
        assertEquals(1, evs.size());
    }
}
