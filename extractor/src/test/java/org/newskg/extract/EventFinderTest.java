package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.event.Texts;
import org.newskg.model.Article;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.Segmentation;

class EventFinderTest {

    /** Mentions of the given words (every occurrence), type by prefix P:/O:/L:. */
    static List<Mention> mentions(String text, String... specs) {
        return Texts.mentions(text, specs);
    }

    static List<EventMention> find(String text, String date, String... specs) {
        Article a = new Article(0, 0, text.length(), null, List.of(), null, date);
        return new EventFinder().find(text, a, mentions(text, specs));
    }

    /**
     * A segmentation of {@code text} into the given words, written {@code word/tag} in order and
     * covering the text (as HanLP would give them).
     */
    static Segmentation words(String text, String... wordTags) {
        java.util.BitSet starts = new java.util.BitSet();
        java.util.BitSet inNouns = new java.util.BitSet();
        java.util.Map<Integer, Integer> verbs = new java.util.HashMap<>();
        int at = 0;
        for (String wt : wordTags) {
            String word = wt.substring(0, wt.indexOf('/'));
            String tag = wt.substring(wt.indexOf('/') + 1);
            at = text.indexOf(word, at);
            int end = at + word.length();
            starts.set(at);
            if (word.length() >= 2 && tag.equals("n")) inNouns.set(at, end);
            if (word.length() >= 2 && tag.equals("v")) verbs.put(end, at);
            at = end;
        }
        return new Segmentation() {
            @Override
            public boolean insideNoun(int pos) {
                return inNouns.get(pos);
            }

            @Override
            public int verbEndingAt(int pos) {
                return verbs.getOrDefault(pos, -1);
            }

            @Override
            public boolean wordStartsAt(int pos) {
                return starts.get(pos);
            }
        };
    }

    static List<String> labels(String text, Segmentation words, String... specs) {
        Article a = new Article(0, 0, text.length(), null, List.of(), null, "2024-05-06");
        return new EventFinder().find(text, a, mentions(text, specs), words).stream().map(EventMention::label).toList();
    }

    @Test
    void a_verb_further_left_governs_the_name_and_is_not_part_of_it() {
        String text = "双方同意办好湖滨茶叶博览会。";
        Segmentation words = words(text, "双方/n", "同意/v", "办好/v", "湖滨/nz", "茶叶/n", "博览会/n", "。/w");
        assertEquals(List.of("湖滨茶叶博览会"), labels(text, words));
        assertEquals(List.of("意办好湖滨茶叶博览会"), labels(text, Segmentation.NONE),
                "without the segmenter the verb is taken in: the case the rule is for");
    }

    @Test
    void a_verb_right_before_the_noun_belongs_to_the_name_unless_it_stands_alone() {
        String text = "两国举行了海事与防污染磋商。会后双方同意加强磋商。";
        Segmentation words = words(text, "两国/n", "举行/v", "了/ule", "海事/n", "与/cc", "防/v", "污染/v", "磋商/vn",
                "。/w", "会后/t", "双方/n", "同意/v", "加强/v", "磋商/vn", "。/w");
        assertEquals(List.of("海事与防污染磋商"), labels(text, words));
    }

    @Test
    void verbs_inside_names_of_bodies_anniversaries_and_commemorations_stay() {
        String text = "校友出席庆祝滨海大学建校60周年座谈会。各地出席纪念某某同志诞辰100周年座谈会。";
        Segmentation words = words(text, "校友/n", "出席/v", "庆祝/v", "滨海大学/nt", "建校/v", "60/m", "周年/q", "座谈会/n",
                "。/w", "各地/r", "出席/v", "纪念/v", "某某/r", "同志/n", "诞辰/n", "100/m", "周年/q", "座谈会/n", "。/w");
        assertEquals(List.of("滨海大学建校60周年座谈会", "纪念某某同志诞辰100周年座谈会"),
                labels(text, words, "O:滨海大学"));
    }

    @Test
    void a_function_character_inside_a_noun_does_not_cut_the_name() {
        String text = "出席某某同志诞辰百周年座谈会。";
        Segmentation words = words(text, "出席/v", "某某/r", "同志/n", "诞辰/n", "百/m", "周年/q", "座谈会/n", "。/w");
        assertEquals(List.of("某某同志诞辰百周年座谈会"), labels(text, words));
        assertEquals(List.of("志诞辰百周年座谈会"), labels(text, Segmentation.NONE));
    }

    @Test
    void the_numbering_of_a_list_is_no_part_of_the_name_after_it() {
        String text = "本期节目主要内容：（3）第五届滨江花卉博览会开幕。";
        assertEquals(List.of("第五届滨江花卉博览会"), labels(text, Segmentation.NONE));
    }

    @Test
    void a_person_opening_the_name_is_its_subject_unless_commemorated() {
        String text = "张某某滨江论坛演讲引关注。各界出席张某某同志诞辰百周年纪念会。";
        Segmentation words = words(text, "张某某/nr", "滨江/ns", "论坛/n", "演讲/vn", "引/v", "关注/v", "。/w", "各界/r",
                "出席/v", "张某某/nr", "同志/n", "诞辰/n", "百/m", "周年/q", "纪念会/n", "。/w");
        assertEquals(List.of("滨江论坛", "张某某同志诞辰百周年纪念会"), labels(text, words, "P:张某某"));
    }

    @Test
    void the_full_name_labels_the_event_however_often_its_short_form_is_written() {
        String text = "市长在滨江外滩花卉博览会上致辞。花卉博览会为期三天，花卉博览会吸引多国展商。";
        List<EventMention> events = find(text, "2024-05-06");
        assertEquals(1, events.size(), events.toString());
        assertEquals("滨江外滩花卉博览会", events.get(0).label());
        assertTrue(events.get(0).aliases().contains("花卉博览会"), events.get(0).aliases().toString());
    }

    @Test
    void a_stop_word_inside_a_longer_word_or_a_recognized_name_does_not_cut_the_name() {
        String text = "会后各方在滨海湾经济合作组织领导人非正式会议期间交流。";
        Segmentation words = words(text, "会后/t", "各方/r", "在/p", "滨海湾/ns", "经济/n", "合作/vn", "组织/n", "领导人/nnt",
                "非正式/b", "会议/n", "期间/f", "交流/vn", "。/w");
        assertEquals(List.of("滨海湾经济合作组织领导人非正式会议"), labels(text, words, "L:滨海湾", "O:经济合作组织"));
    }

    @Test
    void a_report_launched_at_an_event_is_an_event_with_its_hosts_date_and_place() {
        String text = "2024年滨江数字峰会5月6日在滨江开幕。《滨江数字发展报告2024》和《滨江数字指数》蓝皮书在峰会上正式发布。";
        List<EventMention> events = find(text, "2024-05-07", "L:滨江");
        EventMention launch = events.stream().filter(e -> e.label().endsWith("发布")).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("《滨江数字发展报告2024》和《滨江数字指数》蓝皮书发布", launch.label());
        assertEquals("2024-05-06", String.valueOf(launch.startDate()));
        assertEquals("滨江", launch.place());
    }

    @Test
    void a_document_merely_published_is_no_event_but_a_launch_with_a_scene_is() {
        assertTrue(find("《滨江市物业管理办法》今天正式发布，自下月起施行。", "2024-05-07").isEmpty());
        List<EventMention> events = find("图为《山城茶叶地图》发布现场。", "2024-05-07");
        assertEquals(List.of("《山城茶叶地图》发布"), events.stream().map(EventMention::label).toList());
        assertTrue(find("《山城茶叶年鉴2024》（以下简称《年鉴》）发布暨研讨会今天举行。", "2024-05-07").stream()
                .noneMatch(e -> e.label().equals("《年鉴》发布")), "a short name stands for the title before it");
    }

    /** Events of an undated article printed on a page dated {@code pageDate}. */
    static List<EventMention> findOnPage(String text, String date, String pageDate, String... specs) {
        Article a = new Article(0, 0, text.length(), null, List.of(), null, date, pageDate, null);
        return new EventFinder().find(text, a, mentions(text, specs));
    }

    static EventMention byLabel(List<EventMention> evs, String label) {
        for (EventMention e : evs) if (e.label().equals(label)) return e;
        throw new AssertionError("no event " + label + " in " + evs);
    }

    @Test
    void named_event_with_range_and_place() {
        String text = "2024年滨江国际茶叶博览会11月8日至10日在浙江杭州举行，吸引两百多家茶企参展。";
        List<EventMention> evs = find(text, null, "L:滨江", "L:浙江", "L:杭州");
        assertEquals(1, evs.size());
        EventMention e = evs.get(0);
        assertEquals("2024年滨江国际茶叶博览会", e.label());
        assertEquals("2024-11-08", String.valueOf(e.startDate()));
        assertEquals("2024-11-10", String.valueOf(e.endDate()));
        assertEquals("杭州", e.place());
        assertEquals(0, e.begin());
    }

    @Test
    void relative_date_abbreviated_place_theme_and_bare_alias() {
        String text = "第三届云海数字经济论坛昨日（14日）在京开幕。论坛以“数据赋能未来”为主题，设置六场分论坛。";
        List<EventMention> evs = find(text, "2025-03-15");
        assertEquals(1, evs.size());
        EventMention e = evs.get(0);
        assertEquals("2025年第三届云海数字经济论坛", e.label());
        assertTrue(e.aliases().contains("第三届云海数字经济论坛"));
        assertTrue(e.aliases().contains("论坛"));
        assertEquals("2025-03-14", String.valueOf(e.startDate()));
        assertEquals("北京", e.place());
        assertEquals("数据赋能未来", e.theme());
    }

    @Test
    void organizer_and_opening_ceremony_sub_event() {
        String text = "5月2日，由青州市商务局主办的2023年青州美食节开幕式在青州古城举行。";
        List<EventMention> evs = find(text, null, "O:青州市商务局", "L:青州");
        EventMention fest = byLabel(evs, "2023年青州美食节");
        EventMention opening = byLabel(evs, "2023年青州美食节开幕式");
        assertEquals("2023年青州美食节", opening.superEvent());
        assertNull(fest.superEvent());
        assertEquals("2023-05-02", String.valueOf(opening.startDate()));
        assertEquals("2023-05-02", String.valueOf(fest.startDate()));
        assertTrue(fest.organizers().contains("青州市商务局"));
    }

    @Test
    void generic_nouns_are_not_events() {
        String text = "会议指出，要加强市场监管。3场专题论坛同期举行。市展览中心位于城东，全年举办多个国际展览及会议，涵盖服装、家具、电子产品展等。";
        assertTrue(find(text, "2024-06-01").isEmpty());
    }

    @Test
    void dahui_alone_is_the_body_not_the_event() {
        String text = "世界智能制造大会秘书长刘强表示，2022世界智能制造大会在南京开幕。";
        List<EventMention> evs = find(text, null, "P:刘强", "L:南京");
        assertEquals(1, evs.size());
        assertEquals("2022世界智能制造大会", evs.get(0).label());
        assertEquals("南京", evs.get(0).place());
        assertEquals("2022", String.valueOf(evs.get(0).startDate()));
    }

    @Test
    void mentions_of_one_event_are_merged() {
        String text = "2025年东盟青年创业峰会在港举办。本次峰会设有多个专场。东盟青年创业峰会吸引了上千名青年创业者。";
        List<EventMention> evs = find(text, null, "O:东盟");
        assertEquals(1, evs.size());
        EventMention e = evs.get(0);
        assertEquals("2025年东盟青年创业峰会", e.label());
        assertTrue(e.aliases().contains("东盟青年创业峰会"));
        assertTrue(e.aliases().contains("峰会"));
        assertEquals("香港", e.place());
    }

    @Test
    void concurrent_event_refines_the_main_event_month() {
        String text = "2025年海湾投资峰会近日在迪拜举行。“海湾科技周”于3月同期举行，涵盖多场展示活动。";
        List<EventMention> evs = find(text, null, "L:迪拜");
        EventMention summit = byLabel(evs, "2025年海湾投资峰会");
        EventMention week = byLabel(evs, "2025年海湾科技周");
        assertEquals("2025-03", String.valueOf(summit.startDate()));
        assertEquals("2025-03", String.valueOf(week.startDate()));
        assertEquals("迪拜", summit.place());
        assertEquals("迪拜", week.place());
    }

    @Test
    void quoted_and_bracketed_parts_belong_to_the_name() {
        String text = "4日，该县组织企业亮相2024年秋季广州家具展，并举办“匠心·木作”（广州）推介会。";
        List<EventMention> evs = find(text, "2024-10-04", "L:广州");
        EventMention fair = byLabel(evs, "2024年秋季广州家具展");
        EventMention promo = byLabel(evs, "2024年“匠心·木作”（广州）推介会");
        assertEquals("2024-10-04", String.valueOf(fair.startDate()));
        assertEquals("2024-10-04", String.valueOf(promo.startDate()));
        assertEquals("广州", promo.place());
    }

    @Test
    void place_comes_from_a_locative_before_the_name() {
        String text = "6日，两国代表在日内瓦举行了气候变化磋商。";
        List<EventMention> evs = find(text, "2023-09-08", "L:日内瓦");
        assertEquals(1, evs.size());
        assertEquals("2023年气候变化磋商", evs.get(0).label());
        assertEquals("2023-09-06", String.valueOf(evs.get(0).startDate()));
        assertEquals("日内瓦", evs.get(0).place());
    }

    @Test
    void party_congress_short_form() {
        String text = "党的二十大以来，各地加快推进改革。";
        List<EventMention> evs = find(text, null);
        assertEquals(1, evs.size());
        assertEquals("党的二十大", evs.get(0).label());
    }

    @Test
    void bare_opening_ceremony_belongs_to_the_main_event() {
        String text = "2026年南湖文化论坛在嘉兴召开。市长出席开幕式并致辞。";
        List<EventMention> evs = find(text, null, "L:嘉兴");
        EventMention sub = byLabel(evs, "2026年南湖文化论坛开幕式");
        assertEquals("2026年南湖文化论坛", sub.superEvent());
        assertEquals("嘉兴", sub.place());
        assertNotNull(sub.startDate());
    }

    @Test
    void a_year_in_the_name_is_the_date_when_the_text_gives_no_other() {
        String text = "回顾2016年首届滨江数字论坛，与会者记忆犹新。";
        EventMention e = byLabel(find(text, null), "2016年首届滨江数字论坛");
        assertEquals("2016", String.valueOf(e.startDate()));
    }

    @Test
    void page_date_resolves_bare_days_of_an_undated_article() {
        String text = "据新华社11日消息，9日，甲乙两国代表在日内瓦举行了海洋渔业磋商。";
        EventMention onPage = byLabel(findOnPage(text, null, "2019-06-12", "L:日内瓦"), "2019年海洋渔业磋商");
        assertEquals("2019-06-09", String.valueOf(onPage.startDate()));
        // the article's own date wins over its page's
        EventMention own = byLabel(findOnPage(text, "2019-07-20", "2019-06-12", "L:日内瓦"), "2019年海洋渔业磋商");
        assertEquals("2019-07-09", String.valueOf(own.startDate()));
        // no date anywhere: the day stays unresolved
        assertNull(byLabel(findOnPage(text, null, null, "L:日内瓦"), "海洋渔业磋商").startDate());
    }

    @Test
    void a_date_after_the_name_in_the_next_clause_is_not_its_date() {
        String text = "今年3月，滨海新区举办“数字海洋”专题论坛；5月，又举办了海洋经济论坛。";
        List<EventMention> evs = find(text, "2021-11-20", "L:滨海新区");
        assertEquals("2021-03", String.valueOf(byLabel(evs, "2021年“数字海洋”专题论坛").startDate()));
        assertEquals("2021-05", String.valueOf(byLabel(evs, "2021年海洋经济论坛").startDate()));
    }

    @Test
    void first_edition_year_from_the_nth_year_of_its_series() {
        String text = "今年，东湖数字大会西湖峰会迈入第十个年头。自首届东湖数字大会在杭州举办以来，参会企业逐年增加。";
        EventMention first = byLabel(find(text, "2022-06-03", "L:杭州"), "2013年首届东湖数字大会");
        assertEquals("2013", String.valueOf(first.startDate()));
        // the year of 今年 may come from the series' own edition year when the article is undated
        String undated = "2022年东湖数字大会西湖峰会今天开幕。今年，东湖数字大会西湖峰会迈入第十个年头。"
                + "自首届东湖数字大会在杭州举办以来，参会企业逐年增加。";
        assertEquals("2013", String.valueOf(byLabel(find(undated, null, "L:杭州"), "2013年首届东湖数字大会").startDate()));
        // no year to count from: the first edition stays undated
        String noYear = "东湖数字大会西湖峰会迈入第十个年头。自首届东湖数字大会在杭州举办以来，参会企业逐年增加。";
        assertNull(byLabel(find(noYear, null, "L:杭州"), "首届东湖数字大会").startDate());
    }
}
