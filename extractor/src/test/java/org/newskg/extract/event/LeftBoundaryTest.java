package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LeftBoundaryTest {

    private static String nameBefore(String text, String noun, String... specs) {
        EventText in = Texts.text(text, null, specs);
        int i = text.indexOf(noun);
        return text.substring(new LeftBoundary(in, new EventTextBounds(in)).leftEdge(i), i + noun.length());
    }

    @Test
    void a_stop_character_ends_the_name() {
        assertEquals("湖畔音乐节", nameBefore("他们在湖畔音乐节演出。", "音乐节"));
    }

    @Test
    void a_place_mention_anchors_the_start() {
        assertEquals("江城青年创业大赛", nameBefore("热情高涨江城青年创业大赛", "大赛", "L:江城"));
    }

    @Test
    void a_person_opening_the_name_is_its_subject() {
        assertEquals("湖畔文化论坛", nameBefore("王小明湖畔文化论坛", "论坛", "P:王小明"));
    }

    @Test
    void a_list_number_in_brackets_is_no_part_of_the_name() {
        assertEquals("湖畔文化论坛", nameBefore("（2）湖畔文化论坛", "论坛"));
    }
}
