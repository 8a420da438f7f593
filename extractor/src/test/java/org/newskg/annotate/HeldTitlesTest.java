package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeldTitlesTest {
    @Test
    void a_title_after_a_holding_verb_and_before_de_is_the_persons_too() {
        List<String> p = ParsedTitles.of("出席者包括曾任国家统计局前局长的新任会长周立衡。", "周立衡");
        assertTrue(p.contains("周立衡|会长|-"), p.toString());
        assertTrue(p.contains("周立衡|前局长|国家统计局"), p.toString());
    }

    @Test
    void a_verb_that_qualifies_the_role_stays_before_it() {
        List<String> p = ParsedTitles.of("当年，时任东海省委书记的周立衡来到村里。", "周立衡");
        assertEquals(List.of("周立衡|时任书记|东海省委"), p);
    }

    @Test
    void a_role_after_the_name_takes_the_body_before_by() {
        List<String> p = ParsedTitles.of("东海软件行业协会由周立衡担任会长。", "周立衡");
        assertEquals(List.of("周立衡|会长|东海软件行业协会"), p);
    }

    @Test
    void a_bare_national_body_after_the_name_is_left_out() {
        assertEquals(List.of(), ParsedTitles.of("总理还宣布外长甘明达接任国防部长。", "甘明达").stream()
                .filter(s -> s.contains("国防部")).toList());
    }

    @Test
    void a_role_after_the_name_without_any_body_is_left_out() {
        assertEquals(List.of(), ParsedTitles.of("会议决定，周立衡担任主任。", "周立衡"));
    }
}
