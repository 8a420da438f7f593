package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.model.Mention;

class OrganizationRecognizerTest {
    private final OrganizationRecognizer recognizer = new OrganizationRecognizer();

    private Set<String> orgs(String text, List<Token> tokens) {
        return recognizer.recognize(text, tokens).stream().map(Mention::text).collect(Collectors.toSet());
    }

    private static Token token(String text, String word, String tag) {
        int at = text.indexOf(word);
        return new Token(word, tag, at, at + word.length());
    }

    @Test
    void generic_phrases_tagged_as_organizations_are_dropped() {
        String text = "推进数字政府建设，东海市交通运输局表示支持。";
        Set<String> o = orgs(text, List.of(token(text, "数字政府", "nt"), token(text, "东海市", "ns"),
                token(text, "东海市交通运输局", "nt")));
        assertFalse(o.contains("数字政府"));
        assertTrue(o.contains("东海市交通运输局"));
    }

    @Test
    void a_role_the_city_aspires_to_is_not_an_organization() {
        String text = "助力南港建设国际航运中心。";
        assertTrue(orgs(text, List.of(token(text, "国际航运中心", "nt"))).isEmpty());
    }

    @Test
    void items_of_an_enumeration_closed_by_a_class_noun_are_organizations() {
        String text = "来自远航集团、北辰能源、星河建设等企业的代表参加。";
        Set<String> o = orgs(text, List.of(token(text, "来自", "v"), token(text, "代表参加", "v")));
        assertTrue(o.containsAll(Set.of("远航集团", "北辰能源", "星河建设")), o.toString());
    }

    @Test
    void editions_of_events_are_not_organizations() {
        assertFalse(recognizer.isOrganizationName("第三届东海论坛大会"));
        assertTrue(recognizer.isOrganizationName("东海科学院"));
    }

    @Test
    void a_tail_tagged_by_hanlp_is_extended_to_the_full_name() {
        String text = "东海市政府数据管理办公室发布指引。";
        Set<String> o = orgs(text, List.of(token(text, "东海市", "ns"), new Token("政府", "n", 3, 5),
                new Token("数据", "n", 5, 7), new Token("管理办公室", "nt", 7, 12)));
        assertTrue(o.contains("东海市政府数据管理办公室"), o.toString());
    }

    @Test
    void well_known_bodies_are_found_where_the_segmenter_split_them() {
        String text = "国家发展和改革委员会等部门出席。";
        Set<String> o = orgs(text, List.of(new Token("国家发展", "nt", 0, 4), new Token("和", "c", 4, 5),
                new Token("改革委员会", "nt", 5, 10)));
        assertTrue(o.contains("国家发展和改革委员会"), o.toString());
        assertFalse(o.contains("改革委员会"), o.toString());
    }
}
