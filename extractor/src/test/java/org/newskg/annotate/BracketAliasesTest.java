package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

class BracketAliasesTest {
    private final BracketAliases aliases = new BracketAliases();

    private static Mention org(String text, String name) {
        int at = text.indexOf(name);
        return new Mention(EntityType.ORGANIZATION, at, at + name.length(), name);
    }

    @Test
    void a_latin_alias_after_the_name_and_its_later_uses_are_mentions_of_that_body() {
        String text = "东海量子研究中心（EQRC）今天成立。EQRC将招募百名研究员，EQRCX不是它。";
        List<Mention> found = aliases.find(text, 0, text.length(), List.of(org(text, "东海量子研究中心")), Set.of());
        assertEquals(List.of(text.indexOf("EQRC"), text.indexOf("EQRC将")), found.stream().map(Mention::begin).toList());
        assertTrue(found.stream().allMatch(m -> "东海量子研究中心".equals(m.referent())));
    }

    @Test
    void a_name_in_brackets_after_the_alias_works_the_same_way() {
        String text = "签约方NDB（东海开发银行）表示欢迎。";
        List<Mention> found = aliases.find(text, 0, text.length(), List.of(org(text, "东海开发银行")), Set.of());
        assertEquals(1, found.size());
        assertEquals("NDB", found.get(0).text());
    }

    @Test
    void a_bracketed_abbreviation_of_a_term_is_not_an_alias() {
        String text = "居民消费价格指数（CPI）同比上涨。";
        assertTrue(aliases.find(text, 0, text.length(), List.of(), Set.of()).isEmpty());
    }

    @Test
    void a_latin_name_next_to_a_person_or_place_is_no_organization_alias() {
        String text = "行政长官林立文（Lawrence）与东港（Easthaven）代表会面。";
        int p = text.indexOf("林立文");
        int q = text.indexOf("东港");
        assertTrue(aliases.find(text, 0, text.length(), List.of(new Mention(EntityType.PERSON, p, p + 3, "林立文"),
                new Mention(EntityType.PLACE, q, q + 2, "东港")), Set.of()).isEmpty());
    }

    @Test
    void the_chinese_name_bracketed_after_a_latin_organization_is_its_alias() {
        String text = "基于Quantaro（量子远航）的模型发布后，量子远航宣布扩产。";
        int at = text.indexOf("Quantaro");
        List<Mention> found = aliases.find(text, 0, text.length(),
                List.of(new Mention(EntityType.ORGANIZATION, at, at + 8, "Quantaro")), Set.of());
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(m -> m.text().equals("量子远航") && "Quantaro".equals(m.referent())));
    }

    @Test
    void a_latin_name_the_corpus_knows_as_an_organization_makes_the_bracket_pair_one() {
        String text = "基于Quantaro（量子远航）训练的模型。";
        assertTrue(aliases.find(text, 0, text.length(), List.of(), Set.of()).isEmpty(), "unknown: a term, a product, a person");
        List<Mention> found = aliases.find(text, 0, text.length(), List.of(), Set.of("Quantaro"));
        assertEquals(List.of("Quantaro", "量子远航"), found.stream().map(Mention::text).sorted().toList());
        assertEquals(Set.of("Quantaro"), BracketAliases.unknownLatinNames(text, 0, text.length(), List.of()));
    }

    @Test
    void a_declared_short_name_and_its_later_uses_are_mentions_of_that_body_unless_a_class_word() {
        String text = "远帆光电技术有限公司（以下简称“远帆光电”）成立。远帆光电将扩产。";
        List<Mention> found = aliases.find(text, 0, text.length(), List.of(org(text, "远帆光电技术有限公司")), Set.of());
        assertEquals(2, found.size());
        assertTrue(found.stream().allMatch(m -> m.text().equals("远帆光电") && "远帆光电技术有限公司".equals(m.referent())));
        String filing = "星河控股有限公司（以下简称“公司”）公告，公司将回购。";
        assertTrue(aliases.find(filing, 0, filing.length(), List.of(org(filing, "星河控股有限公司")), Set.of()).isEmpty());
    }
}
