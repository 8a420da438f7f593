package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlotFillingTest {

    private static EventSlots first(String text, String reference, String... specs) {
        EventText in = Texts.text(text, reference, specs);
        Clusters c = Texts.clusters(in);
        return Texts.slots(in, c)[c.named().get(0).id()];
    }

    @Test
    void the_date_before_the_name_in_its_sentence_dates_it() {
        EventSlots s = first("5月8日，山城数字论坛在渝州宾馆开幕。", "2024-05-09", "L:山城");
        assertEquals("2024-05-08", s.start.toString());
    }

    @Test
    void a_range_gives_start_and_end_and_a_duration_gives_the_end() {
        EventSlots range = first("山城数字论坛于5月8日至10日举行。", "2024-05-01", "L:山城");
        assertEquals("2024-05-08", range.start.toString());
        assertEquals("2024-05-10", range.end.toString());
        EventSlots lasting = first("5月8日，山城数字论坛开幕，为期三天。", "2024-05-01", "L:山城");
        assertEquals("2024-05-10", lasting.end.toString());
    }

    @Test
    void an_undated_event_takes_the_year_of_its_name() {
        assertEquals("2022", first("2022年山城数字论坛很成功。", null).start.toString());
    }

    @Test
    void a_locative_phrase_gives_the_place_and_a_venue_is_kept_whole() {
        assertEquals("渝州宾馆", first("山城数字论坛在渝州宾馆举行。", null, "L:山城").place);
        assertEquals("香港", first("山城数字论坛在港举行。", null, "L:山城").place);
    }

    @Test
    void a_place_in_the_name_is_the_place_when_no_phrase_says_one() {
        assertEquals("山城", first("山城数字论坛很成功。", null, "L:山城").place);
    }

    @Test
    void organizers_come_from_by_and_host_phrases() {
        EventSlots s = first("山城数字论坛由山城科技协会主办。", null, "L:山城", "O:山城科技协会");
        assertEquals(List.of("山城科技协会"), List.copyOf(s.organizers));
    }

    @Test
    void the_theme_is_the_quoted_text_of_a_theme_phrase() {
        assertEquals("数字赋能未来", first("山城数字论坛以“数字赋能未来”为主题。", null, "L:山城").theme);
        assertNull(first("山城数字论坛很成功。", null, "L:山城").theme);
    }

    @Test
    void a_name_running_past_its_sentence_end_gets_no_place_from_after_it() {
        // the bracketed part holds a full stop, so the sentence of the name's start ends inside it
        EventSlots s = first("在京各界代表（含嘉宾，共80人。）第三届滨江茶叶博览会将于5月在杭州举行；", "2024-03-02");
        assertNull(s.place);
    }

    @Test
    void the_date_of_a_name_followed_by_its_closing_is_its_end() {
        EventSlots s = first("5月8日，第三届山城数字论坛圆满闭幕。", "2024-05-09", "L:山城");
        assertEquals("2024-05-08", s.end.toString());
        assertNull(s.start);
    }
}
