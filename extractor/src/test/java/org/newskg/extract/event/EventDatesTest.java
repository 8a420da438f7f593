package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EventMention;

/** Dates that the text gives only through the article: an event under way as it reports. */
class EventDatesTest {

    @Test
    void an_event_someone_attends_as_the_article_reports_is_dated_in_its_month() {
        String text = "问：周华部长出席东湖安全论坛期间已经会见了多国代表。";
        EventMention e = Texts.labelled(Texts.events(text, "2024-03-15", "L:东湖"), "东湖安全论坛");
        assertEquals("2024-03", e.startDate().toString());
        assertEquals("2024年东湖安全论坛", e.label());
    }

    @Test
    void an_event_merely_attended_once_is_not_dated_by_the_article() {
        String text = "周华部长曾出席东湖安全论坛并发言。";
        assertNull(Texts.labelled(Texts.events(text, "2024-03-15", "L:东湖"), "东湖安全论坛").startDate());
    }

    @Test
    void without_an_article_date_the_day_of_the_occasion_reported_is_now() {
        String text = "2024年3月15日外交部发言人主持例行记者会\n问：周华部长出席东湖安全论坛期间是否已经会见了多国代表？";
        List<EventMention> evs = Texts.events(text, null, "L:东湖", "O:外交部");
        assertEquals("2024-03", Texts.labelled(evs, "东湖安全论坛").startDate().toString(), evs.toString());
    }

    @Test
    void without_an_article_date_days_take_the_year_of_an_event_named_with_it() {
        String text = "4月11日，东湖市七届人大二次会议开幕。4月8日上午，2022年东湖春季茶叶博览会开幕。";
        List<EventMention> evs = Texts.events(text, null, "L:东湖");
        assertEquals("2022-04-08", Texts.labelled(evs, "茶叶博览会").startDate().toString());
        assertEquals("2022-04-11", Texts.labelled(evs, "人大二次会议").startDate().toString(), evs.toString());
        String farOff = text.replace("4月8日上午", "12月8日上午");
        assertEquals("--04-11", Texts.labelled(Texts.events(farOff, null, "L:东湖"), "人大二次会议").startDate().toString(),
                "a day more than a quarter away keeps no year");
    }

    @Test
    void that_day_is_the_last_day_written_before_not_a_year() {
        String text = "两国2013年建交。5月8日，双方签署协议。当天中午，周华为高岩举行欢迎宴会。";
        EventMention e = Texts.labelled(Texts.events(text, "2024-05-09", "P:周华", "P:高岩"), "宴会");
        assertEquals("2024-05-08", e.startDate().toString(), e.toString());
        String yearOnly = "两国2013年建交。当天中午，周华为高岩举行欢迎宴会。";
        assertNull(Texts.labelled(Texts.events(yearOnly, "2024-05-09", "P:周华", "P:高岩"), "宴会").startDate(), "a year is no day");
    }

    @Test
    void last_year_in_an_undated_article_is_read_from_the_year_of_the_event_it_opens_with() {
        String text = "2021山城企业家峰会今日在东湖举行。去年山城企业家峰会的开幕仪式上，有人致辞。";
        List<EventMention> evs = Texts.events(text, null, "L:东湖");
        assertTrue(evs.stream().anyMatch(e -> e.label().equals("2020年山城企业家峰会")), evs.toString());
        List<EventMention> opensUndated = Texts.events("山城企业家峰会今日举行。去年山城企业家峰会的开幕仪式上，有人致辞。", null);
        assertEquals(1, opensUndated.size(), "no year to read 去年 in: " + opensUndated);
    }
}
