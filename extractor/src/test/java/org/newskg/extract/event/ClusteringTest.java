package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringTest {

    @Test
    void a_short_name_that_ends_the_full_one_joins_it() {
        Clusters c = Texts.clusters(Texts.text("2024年滨江国际茶叶博览会开幕。国际茶叶博览会持续三天。", null, "L:滨江"));
        assertEquals(1, c.named().size());
        assertEquals(List.of("2024年滨江国际茶叶博览会", "国际茶叶博览会"), c.named().get(0).names());
        assertEquals(2024, c.named().get(0).year());
    }

    @Test
    void names_of_different_years_stay_apart() {
        Clusters c = Texts.clusters(Texts.text("2023年山城数字论坛之后，2024年山城数字论坛举行。", null));
        assertEquals(2, c.named().size());
    }

    @Test
    void a_bare_noun_joins_the_event_with_that_noun_named_before_it() {
        Clusters c = Texts.clusters(Texts.text("山城数字论坛开幕。本次论坛为期两天。", null, "L:山城"));
        Cluster forum = c.named().get(0);
        NameMention bare = c.mentions().get(c.mentions().size() - 1);
        assertSame(forum, c.of(bare));
        assertSame(forum, c.main());
    }

    @Test
    void an_opening_ceremony_becomes_a_sub_event() {
        Clusters c = Texts.clusters(Texts.text("山城数字论坛开幕式在会展中心举行。", null, "L:山城"));
        assertEquals(1, c.subs().size());
        Cluster sub = c.subs().get(0);
        assertSame(c.named().get(0), sub.superEvent());
        assertEquals("开幕式", sub.subSuffix());
        assertEquals(List.of("山城数字论坛开幕式"), sub.names());
    }
}
