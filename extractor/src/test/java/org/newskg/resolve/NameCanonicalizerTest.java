package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

class NameCanonicalizerTest {
    private final NameCanonicalizer c = new NameCanonicalizer();

    @Test
    void special_region_short_form_is_written_out() {
        assertEquals("澳门特别行政区政府", c.canonical(EntityType.ORGANIZATION, "澳门特区政府"));
    }

    @Test
    void well_known_short_names_map_to_full_names() {
        assertEquals("新华通讯社", c.canonical(EntityType.ORGANIZATION, "新华社"));
        assertEquals("国家互联网信息办公室", c.canonical(EntityType.ORGANIZATION, "中国国家互联网信息办公室"));
    }

    @Test
    void layout_spaces_are_removed_from_names() {
        assertEquals("张盼盼", c.canonical(EntityType.PERSON, "张 盼盼"));
    }

    @Test
    void abbreviations_keep_order_and_ending() {
        assertTrue(NameCanonicalizer.isAbbreviation("科发局", "东海科技发展局"));
        assertTrue(NameCanonicalizer.isAbbreviation("省网信办", "省互联网信息办公室"));
        assertFalse(NameCanonicalizer.isAbbreviation("科发局", "东海科技发展中心"));
        assertFalse(NameCanonicalizer.isAbbreviation("发科局", "东海科技发展局"));
    }

    @Test
    void short_name_merges_with_the_full_name_in_the_same_article() {
        ArticleEntities e = new ArticleEntities(c);
        Mention full = new Mention(EntityType.ORGANIZATION, 0, 7, "东海科技发展局");
        Mention brief = new Mention(EntityType.ORGANIZATION, 20, 23, "科发局");
        e.addMentions(List.of(full, brief), m -> m.text());
        assertEquals(e.of(full), e.of(brief));
        assertEquals("东海科技发展局", e.of(brief).canonical());
        assertTrue(e.of(full).simplifiedForms().contains("科发局"));
    }

    @Test
    void a_latin_alias_written_alone_is_the_body_the_article_linked_it_to() {
        ArticleEntities e = new ArticleEntities(c);
        Mention full = new Mention(EntityType.ORGANIZATION, 0, 8, "东海数据治理学会");
        Mention bracketed = new Mention(EntityType.ORGANIZATION, 9, 12, "DGS", "东海数据治理学会");
        Mention alone = new Mention(EntityType.ORGANIZATION, 30, 33, "DGS");
        e.addMentions(List.of(full, bracketed, alone), m -> m.text());
        assertEquals(e.of(full), e.of(alone));
        assertEquals(e.of(full), e.named(EntityType.ORGANIZATION, "DGS"));
        assertEquals(1, e.all().size());
    }

    @Test
    void names_sharing_a_prefix_stay_apart() {
        ArticleEntities e = new ArticleEntities(c);
        Mention a = new Mention(EntityType.ORGANIZATION, 0, 7, "东海科技发展局");
        Mention b = new Mention(EntityType.ORGANIZATION, 10, 17, "东海科技发展署");
        e.addMentions(List.of(a, b), m -> m.text());
        assertEquals(2, e.all().size());
    }

    @Test
    void traditional_wording_is_kept_as_another_form() {
        ArticleEntities e = new ArticleEntities(c);
        Mention m = new Mention(EntityType.PERSON, 0, 3, "刘伟东");
        e.addMentions(List.of(m), x -> "劉偉東");
        assertEquals(java.util.Set.of("劉偉東"), e.of(m).originalForms());
    }

    @Test
    void a_body_only_implied_by_a_title_is_not_named_in_the_article() {
        ArticleEntities e = new ArticleEntities(c);
        e.addMentions(List.of(new Mention(EntityType.ORGANIZATION, 0, 3, "外交部")), Mention::text);
        assertTrue(e.named(EntityType.ORGANIZATION, "外交部").isNamedInArticle());
        assertFalse(e.implied(EntityType.ORGANIZATION, "中华人民共和国").isNamedInArticle());
        assertTrue(e.named(EntityType.PERSON, "张盼").isNamedInArticle());
    }

    @Test
    void the_chinese_side_is_the_government_of_china_and_the_central_government_the_state_council() {
        assertEquals("中国政府", c.canonical(EntityType.ORGANIZATION, "中方"));
        assertEquals("中央人民政府", c.canonical(EntityType.ORGANIZATION, "中央政府"));
    }

    @Test
    void a_gazetteer_short_form_is_written_as_its_full_name_and_a_leading_date_dropped() {
        assertEquals("世界气象组织", c.canonical(EntityType.ORGANIZATION, "WMO"));
        assertEquals("国家统计局", c.canonical(EntityType.ORGANIZATION, "2030年5月8日国家统计局"));
    }

    @Test
    void a_mention_standing_for_a_name_joins_that_entity_and_only_an_alias_becomes_a_label() {
        ArticleEntities e = new ArticleEntities(c);
        Mention full = new Mention(EntityType.PERSON, 0, 3, "孙明远");
        Mention title = new Mention(EntityType.PERSON, 10, 13, "孙局长", "孙明远");
        Mention body = new Mention(EntityType.ORGANIZATION, 20, 28, "东海量子研究中心");
        Mention alias = new Mention(EntityType.ORGANIZATION, 30, 34, "EQRC", "东海量子研究中心");
        e.addMentions(List.of(full, title, body, alias), Mention::text);
        assertEquals(e.of(full), e.of(title));
        assertTrue(e.of(full).simplifiedForms().isEmpty());
        assertEquals(e.of(body), e.of(alias));
        assertTrue(e.of(body).simplifiedForms().contains("EQRC"));
    }
}
