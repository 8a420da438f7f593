package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.model.EventMention;
import org.newskg.model.Segmentation;

class PhraseNamesTest {

    private static List<EventMention> find(String text, String date, String... specs) {
        Article a = new Article(0, 0, text.length(), null, List.of(), null, date);
        return new ArticleEvents().find(text, a, Texts.mentions(text, specs), Segmentation.NONE);
    }

    private static List<EventMention> filedFrom(String place, String text, String date, String... specs) {
        Article a = new Article(0, 0, text.length(), null, List.of(), null, date, null, place);
        return new ArticleEvents().find(text, a, Texts.mentions(text, specs), Segmentation.NONE);
    }

    private static EventMention only(String text, String date, String... specs) {
        List<EventMention> evs = find(text, date, specs);
        assertEquals(1, evs.size(), evs.toString());
        return evs.get(0);
    }

    @Test
    void talks_between_two_named_persons_are_one_event_dated_and_placed() {
        EventMention e = only("周明远6日在河畔宾馆同来访的高岩举行会谈。会谈中，双方交换了意见。", "2023-05-07",
                "P:周明远", "P:高岩");
        assertEquals("2023年周明远同高岩会谈", e.label());
        assertEquals("2023-05-06", e.startDate().toString());
        assertEquals("河畔宾馆", e.place());
    }

    @Test
    void talks_without_a_named_second_party_are_no_event() {
        assertTrue(find("两国领导人举行会谈。双方同意加强合作。", "2023-05-07").isEmpty());
    }

    @Test
    void a_visit_names_the_visitor_the_kind_and_the_place() {
        EventMention e = only("应邀请，林远山将于3月2日至4日对北原国进行正式访问。", "2022-02-25", "P:林远山", "L:北原国");
        assertEquals("2022年林远山正式访问北原国", e.label());
        assertTrue(e.aliases().contains("正式访问"));
        assertEquals("2022-03-02", e.startDate().toString());
        assertEquals("2022-03-04", e.endDate().toString());
        assertEquals("北原国", e.place());
    }

    @Test
    void a_press_conference_is_named_after_the_body_whose_spokesperson_holds_it() {
        EventMention e = only("2021年6月3日西川省外事办发言人王平主持例行记者会", null, "O:西川省外事办", "P:王平");
        assertEquals("2021年西川省外事办例行记者会", e.label());
        assertTrue(e.aliases().contains("例行记者会"));
    }

    @Test
    void a_press_conference_held_by_a_body_on_a_day_is_an_event_and_a_clause_between_is_not() {
        assertEquals(1, find("西川省商务厅8日举行新闻发布会。", "2021-06-09", "O:西川省商务厅").size());
        assertTrue(find("西川省商务厅表示，将举行新闻发布会。", "2021-06-09", "O:西川省商务厅").isEmpty());
    }

    @Test
    void the_forms_of_one_party_congress_are_one_event() {
        List<EventMention> evs = find("中国共产党第十五次全国代表大会提出目标。中共十五大以来，变化很大。", null);
        assertEquals(1, evs.size(), evs.toString());
        assertTrue(evs.get(0).aliases().size() == 1);
    }

    @Test
    void a_session_of_a_peoples_congress_takes_the_place_that_opens_it() {
        EventMention e = only("3月5日，青河市九届人大三次会议开幕。", "2020-03-06", "L:青河市");
        assertEquals("2020年青河市九届人大三次会议", e.label());
        assertEquals("2020-03-05", e.startDate().toString());
        assertEquals("青河市", e.place());
    }

    @Test
    void last_years_edition_is_another_event_than_this_years() {
        List<EventMention> evs = find("今年的山城数字论坛在渝州举行。去年的山城数字论坛规模较小。", "2024-06-01", "L:渝州", "L:山城");
        assertEquals(2, evs.size(), evs.toString());
        assertEquals("2023年山城数字论坛", evs.get(1).label());
    }

    @Test
    void of_places_listed_in_a_locative_the_first_hosts_the_event() {
        EventMention e = only("山城数字论坛在渝州及锦城两地举行。", null, "L:山城", "L:渝州", "L:锦城");
        assertEquals("渝州", e.place());
    }

    @Test
    void the_main_event_without_a_stated_place_takes_the_dateline_place() {
        String text = "新华社渝州5月6日电\n山城数字论坛6日举行，多位专家发言。";
        assertEquals("渝州", filedFrom("渝州", text, "2024-05-06", "L:渝州").get(0).place());
        String earlier = "新华社渝州5月6日电\n山城数字论坛曾于3月1日举行。";
        List<EventMention> before = filedFrom("渝州", earlier, "2024-05-06", "L:渝州");
        assertNull(before.get(0).place(), before.toString());
    }

    @Test
    void a_line_shaped_like_a_dateline_that_the_splitter_did_not_take_gives_no_place() {
        String text = "某市电网渝州5月6日电力供应平稳\n山城数字论坛6日举行，多位专家发言。";
        assertNull(find(text, "2024-05-06", "L:渝州").get(0).place(), "the article has no dateline place");
    }

    @Test
    void the_main_event_takes_the_place_of_a_lead_that_opens_with_a_day() {
        String text = "周明远出席山城数字论坛\n委员长周明远10日在京与专家座谈，听取意见。";
        assertEquals("北京", only(text, null, "P:周明远").place());
    }

    @Test
    void a_bracketed_latin_short_name_joins_the_forms_of_one_event() {
        String text = "第五届远东港口协会（FEPA）年会暨论坛开幕。FEPA年会期间，第五届FEPA年会暨论坛发布报告。";
        List<EventMention> evs = find(text, null, "O:远东港口协会");
        assertEquals(1, evs.size(), evs.toString());
    }

    @Test
    void the_place_of_talks_is_where_they_are_held_not_the_country_of_a_party() {
        EventMention e = only("周明远将于10日在东港市同北原国总理高岩举行会晤。", "2023-05-07",
                "P:周明远", "P:高岩", "L:东港市", "L:北原国");
        assertEquals("东港市", e.place());
    }

    @Test
    void an_event_during_a_visit_takes_the_visits_date_and_place() {
        List<EventMention> evs = find("林远山将于3月2日至4日对北原国进行国事访问。访问期间，林远山将同高岩举行会谈。",
                "2022-02-25", "P:林远山", "P:高岩", "L:北原国");
        EventMention talks = evs.stream().filter(e -> e.label().contains("会谈")).findFirst().orElseThrow();
        assertEquals("2022-03-02", talks.startDate().toString());
        assertEquals("北原国", talks.place());
    }

    @Test
    void a_month_and_day_without_a_known_year_is_kept_without_year() {
        assertEquals("--09-08", only("在9月8日的“山城青年圆桌对话”中，专家发言。", null).startDate().toString());
    }

    @Test
    void a_series_body_written_only_inside_an_events_name_is_no_event() {
        List<EventMention> evs = find("山海合作论坛东港峰会开幕。山海合作论坛成员国代表出席。山海合作论坛是重要平台。", null,
                "L:东港");
        assertEquals(1, evs.size(), evs.toString());
    }

    @Test
    void a_session_opened_by_a_place_the_article_names_is_placed_there() {
        EventMention e = only("青河市政府报告称，青河市九届人大三次会议将审议预算。", null, "L:青河市");
        assertEquals("青河市", e.place());
    }

    @Test
    void a_banquet_is_named_by_the_guests_it_welcomes_and_held_where_the_text_says() {
        String text = "周明远3日在河畔宾馆举行宴会，欢迎出席山城数字论坛的外方嘉宾。宴会后，周明远同嘉宾们观看文艺演出。";
        List<EventMention> evs = find(text, "2024-05-06", "P:周明远", "L:山城");
        EventMention banquet = evs.stream().filter(e -> e.label().endsWith("宴会")).findFirst().orElseThrow();
        assertEquals("2024年欢迎出席山城数字论坛的外方嘉宾宴会", banquet.label());
        assertEquals("河畔宾馆", banquet.place());
        assertEquals("2024-05-03", banquet.startDate().toString());
        EventMention show = evs.stream().filter(e -> e.label().contains("文艺演出")).findFirst().orElseThrow();
        assertEquals("欢迎宴会后文艺演出", show.label().replaceFirst("^\\d{4}年", ""));
        assertTrue(show.aliases().contains("文艺演出"), show.toString());
        assertTrue(evs.stream().anyMatch(e -> e.label().contains("山城数字论坛") && !e.label().contains("宴会")),
                "the event among the guests stays an event: " + evs);
    }

    @Test
    void a_welcome_banquet_for_a_named_person_is_an_event_and_one_for_a_group_is_not() {
        String text = "当晚，周明远为高岩举行欢迎宴会。";
        assertEquals("欢迎高岩宴会", only(text, null, "P:周明远", "P:高岩").label());
        assertTrue(find("当晚，周明远为来访的外国领导人举行欢迎宴会。", null, "P:周明远").isEmpty());
    }
}
