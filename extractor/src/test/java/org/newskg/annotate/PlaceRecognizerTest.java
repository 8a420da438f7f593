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
}
