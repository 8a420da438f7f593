package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownBodiesTest {
    @Test
    void a_region_before_a_listed_short_form_only_situates_it() {
        assertEquals(List.of("陈明德|副主委|侨委会"), ParsedTitles.of("台湾侨委会副主委陈明德表示，侨胞贡献良多。", "陈明德"));
    }

    @Test
    void a_sovereign_state_before_a_ministry_stays_in_the_body() {
        assertEquals("俄罗斯外交部", KnownBodies.withoutPlace("俄罗斯外交部"));
    }

    @Test
    void a_qualifier_after_a_region_belongs_to_the_role() {
        List<String> p = ParsedTitles.of("会上，台湾前考试院长孙守业出席。", "孙守业");
        assertEquals(List.of("孙守业|前院长|考试院"), p);
    }
}
