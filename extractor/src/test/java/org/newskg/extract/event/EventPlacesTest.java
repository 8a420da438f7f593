package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.model.EntityType;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.Segmentation;

/** Where events are held: the body's city, a venue that hosts its own event, the event a title was launched at. */
class EventPlacesTest {

    private static List<EventMention> find(String text, String date, List<Mention> mentions) {
        Article a = new Article(0, 0, text.length(), null, List.of(), null, date);
        return new ArticleEvents().find(text, a, mentions, Segmentation.NONE);
    }

    /** A place mention of {@code word} at its {@code nth} occurrence only (0 the first). */
    private static Mention place(String text, String word, int nth) {
        int k = text.indexOf(word);
        for (int i = 0; i < nth; i++) k = text.indexOf(word, k + 1);
        return new Mention(EntityType.PLACE, k, k + word.length(), word);
    }

    @Test
    void a_session_of_a_city_congress_is_held_in_that_city_by_its_bare_name() {
        String text = "4月11日，东湖市七届人大二次会议开幕。东湖市市长作报告，东湖经济平稳。";
        // the segmenter glued 东湖市 to the session's number: the city is a mention only elsewhere
        List<Mention> ms = new ArrayList<>(List.of(place(text, "东湖市", 1), place(text, "东湖", 2)));
        ms.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        assertEquals("东湖", Texts.labelled(find(text, null, ms), "人大二次会议").place());
        List<Mention> cityOnly = List.of(place(text, "东湖市", 1));
        assertEquals("东湖市", Texts.labelled(find(text, null, cityOnly), "人大二次会议").place(),
                "the bare name only when the article writes it as a place");
    }

    @Test
    void a_country_opening_a_name_places_nothing() {
        String text = "北岳国际茶叶博览会很成功。北岳是邻国。";
        EventMention e = find(text, null, List.of(place(text, "北岳", 1))).get(0);
        assertNull(e.place(), e.toString());
    }

    @Test
    void a_school_named_after_a_person_hosts_its_own_ceremony() {
        String text = "家长们周六参与周海洋中学所举办的青少年机器人比赛颁奖典礼。";
        List<Mention> ms = List.of(new Mention(EntityType.PERSON, text.indexOf("周海洋"), text.indexOf("周海洋") + 3, "周海洋"));
        assertEquals("周海洋中学", Texts.labelled(find(text, "2024-05-06", ms), "颁奖典礼").place());
    }

    @Test
    void a_title_launched_at_a_meeting_is_a_launch_held_there_and_no_meeting_of_its_own() {
        String text = "周华4日在河畔宾馆兰苑出席“共享绿色未来”主题会议并致辞，与来宾共同发布《绿城主题会议联合倡议》。"
                + "会议结束前，来宾宣布《绿城主题会议联合倡议》正式发布。";
        List<Mention> ms = new ArrayList<>(Texts.mentions(text, "P:周华"));
        ms.add(place(text, "绿城", 0));
        ms.add(place(text, "绿城", 1));
        ms.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        List<EventMention> evs = find(text, null, ms);
        EventMention launch = Texts.labelled(evs, "联合倡议》发布");
        assertEquals("河畔宾馆兰苑", launch.place());
        assertTrue(evs.stream().noneMatch(e -> e.label().equals("绿城主题会议")), evs.toString());
    }

    @Test
    void a_round_table_on_the_main_event_s_days_is_held_where_the_main_event_is() {
        String text = "某报记者 东湖报道\n9月9日，第五届山城交易所年会圆满闭幕。在9月8日的“小微企业圆桌对话”中，代表们深入交流。";
        List<Mention> ms = Texts.mentions(text, "L:东湖");
        Article a = new Article(0, 0, text.length(), null, List.of(), null, null);
        List<EventMention> evs = new ArticleEvents().find(text, a, ms, Segmentation.NONE);
        assertEquals("东湖", Texts.labelled(evs, "年会").place(), evs.toString());
        assertEquals("东湖", Texts.labelled(evs, "圆桌对话").place(), evs.toString());
        String weekLater = text.replace("9月8日的", "9月1日的");
        List<EventMention> later = new ArticleEvents().find(weekLater, a, Texts.mentions(weekLater, "L:东湖"), Segmentation.NONE);
        assertNull(Texts.labelled(later, "圆桌对话").place(), "a week before the main event is not on its days");
    }

    @Test
    void talks_reported_on_the_day_of_a_press_conference_are_no_side_event() {
        String text = "外交部例行记者会\n2023年11月6日，山城数字论坛在东湖开幕。11月6日，双方举行军控磋商。";
        List<EventMention> evs = find(text, "2023-11-06", Texts.mentions(text, "L:东湖"));
        assertNull(Texts.labelled(evs, "磋商").place(), evs.toString());
    }
}
