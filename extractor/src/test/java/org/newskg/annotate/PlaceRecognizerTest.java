package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Mention;

class PlaceRecognizerTest {
    private final PlaceRecognizer recognizer = new PlaceRecognizer();

    /** Place names found in consecutive "word/tag" tokens. */
    private List<String> placesOf(String... wordsAndTags) {
        return recognizer.recognize(Words.of(wordsAndTags)).stream().map(Mention::text).toList();
    }

    @Test
    void a_venue_takes_in_the_place_written_before_it() {
        assertEquals(List.of("南港会展中心"), placesOf("在/p", "南港/ns", "会展中心/nis", "开幕/vi"));
        assertEquals(List.of("国家会议中心"), placesOf("在/p", "国家/n", "会议中心/nis", "举行/v"));
    }

    @Test
    void a_venue_tagged_as_an_organization_is_a_place() {
        assertEquals(List.of("南港会议展览中心"), placesOf("南港会议展览中心/nt", "举办/v"));
    }

    @Test
    void a_bare_or_generic_venue_word_names_no_place() {
        assertEquals(List.of(), placesOf("在/p", "会展中心/nis", "开幕/vi"));
        assertEquals(List.of(), placesOf("抵达/v", "该机场/nt"));
        assertEquals(List.of(), placesOf("城市广场/n", "上/f"));
    }

    @Test
    void place_tags_of_two_characters_or_more_are_places() {
        assertEquals(List.of("东海"), placesOf("东海/ns", "的/ude1", "京/ns"));
    }

    @Test
    void a_number_or_particle_glued_onto_a_place_is_cut_off() {
        assertEquals(List.of("罗马"), placesOf("对标/v", "2030年罗马/ns", "赛事/n"));
        assertEquals(List.of("西北"), placesOf("尝/v", "一口西北/ns", "的/ude1", "美食/n"));
        assertEquals(List.of("东海"), placesOf("覆盖/v", "的东海/ns", "渔场/n"));
    }

    @Test
    void a_count_or_a_common_noun_tagged_as_a_place_is_none() {
        assertEquals(List.of(), placesOf("播出/v", "第/mq", "五集/ns"));
        assertEquals(List.of("北川"), placesOf("北川/ns", "两县/ns", "的/ude1", "人口/n"));
        assertEquals(List.of(), placesOf("走进/v", "难民营/ns"));
        assertEquals(List.of("扬州"), placesOf("扬州/ns", "是/vshi", "一座/mq", "的/ude1", "城市/ns"));
    }

    @Test
    void the_tail_of_a_word_the_segmenter_cut_is_no_place() {
        assertEquals(List.of(), placesOf("打击/v", "了/ule", "沃尔/nrf", "科/n", "夫州/ns", "的/ude1", "工厂/n"));
        assertEquals(List.of(), placesOf("东部/f", "卡迪/nrf", "拉省/ns", "据点/n"));
        assertEquals(List.of(), placesOf("推进/vi", "碳/n", "达峰/ns"));
    }

    @Test
    void a_place_after_a_verb_or_adverb_of_the_sentence_stays() {
        assertEquals(List.of("九州"), placesOf("国/n", "潮涌/v", "九州/ns"));
        assertEquals(List.of("松花江"), placesOf("当地/s", "将/d", "松花江/ns", "的/ude1", "风光/n"));
        assertEquals(List.of("洞庭湖"), placesOf("这/rzv", "是/vshi", "洞庭湖/ns", "水系/n"));
    }

    @Test
    void a_verb_glued_to_the_short_name_of_a_place_is_no_place() {
        assertEquals(List.of(), placesOf("吸引/v", "机构/n", "来港/ns", "设立/v", "实验室/n"));
    }
}
