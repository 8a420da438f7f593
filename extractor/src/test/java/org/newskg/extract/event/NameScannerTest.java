package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameScannerTest {

    private static List<String> names(String text, String... specs) {
        return Texts.names(Texts.text(text, null, specs)).stream().filter(r -> !r.bare()).map(NameMention::name).toList();
    }

    @Test
    void a_name_runs_left_from_its_noun_to_a_stop_word() {
        assertEquals(List.of("滨江茶叶博览会"), names("市里举办滨江茶叶博览会。", "L:滨江"));
    }

    @Test
    void a_name_starts_at_its_year_or_ordinal() {
        assertEquals(List.of("2023年山城数字论坛"), names("各方代表2023年山城数字论坛开得很好。"));
        assertEquals(List.of("第五届山城数字论坛"), names("各方代表第五届山城数字论坛开得很好。"));
    }

    @Test
    void the_year_of_a_name_is_kept() {
        NameMention r = Texts.names(Texts.text("2023年山城数字论坛开幕。", null)).get(0);
        assertEquals(2023, r.year());
    }

    @Test
    void generic_modifiers_alone_make_no_name() {
        assertTrue(names("会上举行了专题论坛。").isEmpty());
    }

    @Test
    void a_noun_inside_a_word_is_no_event() {
        assertTrue(names("推动经济发展展现新气象。").isEmpty());
    }

    @Test
    void a_bare_noun_is_a_bare_mention() {
        List<NameMention> all = Texts.names(Texts.text("山城数字论坛开幕。本次论坛为期两天。", null, "L:山城"));
        NameMention bare = all.get(all.size() - 1);
        assertTrue(bare.bare());
        assertEquals("论坛", bare.name());
    }

    @Test
    void an_opening_ceremony_after_a_name_is_noted_as_its_sub_event_word() {
        NameMention r = Texts.names(Texts.text("山城数字论坛开幕式在市中心举行。", null, "L:山城")).get(0);
        assertEquals("开幕式", r.subSuffix());
        assertEquals("山城数字论坛开幕式", r.subAlias());
        assertFalse(r.bare());
    }

    @Test
    void a_quoted_name_is_taken_whole() {
        NameMention r = Texts.names(Texts.text("这场“湖畔茶叶博览会”吸引了客商。", null)).get(0);
        assertTrue(r.quoted());
        assertEquals("湖畔茶叶博览会", r.name());
        assertNull(r.year());
    }
}
