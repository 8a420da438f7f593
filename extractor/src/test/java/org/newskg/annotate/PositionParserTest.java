package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;

class PositionParserTest {
    private final PositionParser parser = new PositionParser();

    /** Parsed with the segmenter's words, given as consecutive "word/tag" pairs; the name is the last word. */
    private List<PositionMention> parseWords(String... wordsAndTags) {
        List<Token> tokens = Words.of(wordsAndTags);
        Token name = tokens.get(tokens.size() - 1);
        return parser.parse(Words.text(tokens), 0,
                List.of(new Mention(EntityType.PERSON, name.begin(), name.end(), name.text())), tokens);
    }

    private List<PositionMention> parse(String text, String name) {
        int at = text.indexOf(name);
        return parser.parse(text, 0, List.of(new Mention(EntityType.PERSON, at, at + name.length(), name)), List.of());
    }

    @Test
    void chain_of_titles_gives_one_membership_each() {
        List<PositionMention> p = parse("会上，江南省发展研究中心副主任、东海市科学技术协会主席赵明远指出，", "赵明远");
        assertEquals(2, p.size());
        assertEquals("副主任", p.get(0).role());
        assertEquals("江南省发展研究中心", p.get(0).organization());
        assertEquals("主席", p.get(1).role());
        assertEquals("东海市科学技术协会", p.get(1).organization());
    }

    @Test
    void bureau_inside_a_government_belongs_to_it() {
        PositionMention p = parse("澳门特区政府经济及科技发展局局长钱立群说", "钱立群").get(0);
        assertEquals("局长", p.role());
        assertEquals("澳门特区政府经济及科技发展局", p.organization());
        assertEquals("澳门特区政府", p.parentOrganization());
    }

    @Test
    void former_is_kept_and_a_part_without_organization_inherits_it() {
        List<PositionMention> p = parse("中国科学院院士、原副院长钟子期等专家出席", "钟子期");
        assertEquals(2, p.size());
        assertEquals("原副院长", p.get(1).role());
        assertEquals("原", p.get(1).qualifier());
        assertEquals("中国科学院", p.get(1).organization());
    }

    @Test
    void head_of_a_county_works_for_its_government() {
        PositionMention p = parse("安溪县县长林清泉在会上说", "林清泉").get(0);
        assertEquals("县长", p.role());
        assertEquals("安溪县人民政府", p.organization());
    }

    @Test
    void head_of_state() {
        PositionMention p = parse("国家主席马建华发表讲话", "马建华").get(0);
        assertEquals("主席", p.role());
        assertEquals("中华人民共和国", p.organization());
    }

    @Test
    void descriptive_words_before_a_role_word_join_the_role() {
        PositionMention p = parse("南方特区政府数据治理专员高一鸣表示", "高一鸣").get(0);
        assertEquals("数据治理专员", p.role());
        assertEquals("南方特区政府", p.organization());
    }

    @Test
    void no_title_no_position() {
        assertEquals(List.of(), parse("昨天，王小明在会上说", "王小明"));
    }

    @Test
    void role_without_organization() {
        PositionMention p = parse("，教授刘一帆认为", "刘一帆").get(0);
        assertEquals("教授", p.role());
        assertNull(p.organization());
    }

    @Test
    void names_after_one_byline_share_it_and_a_photo_credit_adds_the_photographer_role() {
        String text = "南方社记者 何一鸣 曹子轩 摄";
        int a = text.indexOf("何一鸣");
        int b = text.indexOf("曹子轩");
        List<PositionMention> p = parser.parse(text, 0, List.of(
                new Mention(EntityType.PERSON, a, a + 3, "何一鸣"), new Mention(EntityType.PERSON, b, b + 3, "曹子轩")), List.of());
        assertEquals(4, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().text().equals("曹子轩") && x.role().equals("记者")
                && "南方社".equals(x.organization())));
        assertTrue(p.stream().anyMatch(x -> x.person().text().equals("何一鸣") && x.role().equals("摄影")));
    }

    @Test
    void a_conjunction_before_the_role_means_the_organization_is_not_the_employer() {
        PositionMention p = parse("综合东方社及记者魏可报道", "魏可").get(0);
        assertEquals("记者", p.role());
        assertNull(p.organization());
    }

    @Test
    void a_title_phrase_does_not_reach_back_over_a_particle_or_preposition() {
        PositionMention p = parseWords("会议/n", "听取/v", "了/ule", "东海省人大常委会/nt", "副主任/nnt", "赵明远/nr").get(0);
        assertEquals("东海省人大常委会", p.organization());
        assertEquals("副主任", p.role());
    }

    @Test
    void a_head_that_names_no_body_is_part_of_the_role_or_dropped() {
        PositionMention special = parse("主席特别代表钱立群抵达", "钱立群").get(0);
        assertEquals("主席特别代表", special.role());
        assertNull(special.organization());
        PositionMention lead = parse("村里自媒体拍摄团队带头人赵明远说", "赵明远").get(0);
        assertEquals("带头人", lead.role());
        assertNull(lead.organization());
    }

    @Test
    void a_country_the_segmenter_tags_as_a_place_is_the_body() {
        PositionMention p = parseWords("巴林/ns", "总统/nnt", "哈马德/nr").get(0);
        assertEquals("巴林王国", p.organization()); // a head of state: the state's official name
        assertEquals("总统", p.role());
    }

    @Test
    void occupations_and_party_posts_are_roles() {
        PositionMention farmer = parse("田里劳作的菜农叶明远聊起收入", "叶明远").get(0);
        assertEquals("菜农", farmer.role());
        assertNull(farmer.organization());
        PositionMention party = parse("东海省交通厅党组书记、厅长赵明远", "赵明远").get(0);
        assertEquals("党组书记", party.role());
        assertEquals("东海省交通厅", party.organization());
    }

    @Test
    void a_bureau_ending_written_once_belongs_to_the_body_and_the_role() {
        PositionMention p = parse("东江市民政局长孟庆和表示，", "孟庆和").get(0);
        assertEquals("局长", p.role());
        assertEquals("东江市民政局", p.organization());
    }

    @Test
    void a_conjunction_and_pronoun_before_the_body_are_not_part_of_it() {
        PositionMention p = parseWords("他/rr", "与/cc", "挪威/ns", "首相/nnt", "罗德曼/nrf").get(0);
        assertEquals("首相", p.role());
        assertEquals("挪威王国", p.organization());
    }

    @Test
    void a_well_known_body_after_the_words_of_a_sentence_stands_alone() {
        PositionMention p = parseWords("《/w", "东风/n", "》/w", "杂志/n", "刊发/v", "中共中央/nt", "总书记/nnt", "林海峰/nr").get(0);
        assertEquals("总书记", p.role());
        assertEquals("中共中央", p.organization());
    }

    @Test
    void a_title_does_not_start_before_a_verb_of_the_sentence() {
        PositionMention p = parseWords("袭击/v", "导致/v", "包括/v", "北方联盟政治局/nt", "副主席/nnt", "卡里姆/nrf").get(0);
        assertEquals("北方联盟政治局", p.organization());
        PositionMention state = parseWords("应/v", "国家/n", "主席/nnt", "林海峰/nr").get(0);
        assertEquals("主席", state.role());
        assertEquals("中华人民共和国", state.organization());
    }

    @Test
    void a_role_word_ending_the_head_joins_the_role() {
        PositionMention p = parse("东方武装部队总司令发言人阿米尔表示，", "阿米尔").get(0);
        assertEquals("总司令发言人", p.role());
        assertEquals("东方武装部队", p.organization());
    }

    @Test
    void a_count_and_a_determined_body_are_no_part_of_a_position() {
        PositionMention p = parse("该组织一名高级指挥官哈桑在袭击中身亡", "哈桑").get(0);
        assertEquals("高级指挥官", p.role());
        assertNull(p.organization());
    }

    @Test
    void vice_president_of_china_is_an_office_of_the_state() {
        PositionMention p = parse("中国国家副主席林海峰出席", "林海峰").get(0);
        assertEquals("副主席", p.role());
        assertEquals("中华人民共和国", p.organization());
    }

    @Test
    void a_verb_right_before_a_body_is_part_of_the_sentence() {
        PositionMention p = parseWords("林海峰/nr", "首先/d", "来到/v", "东海/ns", "科学院/nis", "副院长/nnt", "周立新/nr").get(0);
        assertEquals("东海科学院", p.organization());
    }

    @Test
    void a_verb_glued_to_the_noun_before_it_belongs_to_the_body() {
        PositionMention p = parseWords("南方特区政府/nt", "创新/v", "科技及工业局/nt", "局长/nnt", "周立新/nr").get(0);
        assertEquals("南方特区政府创新科技及工业局", p.organization());
    }

    @Test
    void a_short_name_the_tagger_knows_still_shares_its_bureau_ending() {
        PositionMention p = parseWords("南科/j", "局长/nnt", "周立新/nr").get(0);
        assertEquals("局长", p.role());
        assertEquals("南科局", p.organization());
    }

    @Test
    void former_before_the_body_qualifies_the_role_and_a_shared_ending_joins_the_body() {
        PositionMention p = parseWords("前/b", "海事/n", "部长/n", "孔令泽/nr").get(0);
        assertEquals("前部长", p.role());
        assertEquals("海事部", p.organization());
    }

    @Test
    void a_place_opening_with_the_qualifier_character_stays_the_body() {
        PositionMention p = parseWords("前滩/ns", "管理局/n", "局长/n", "孔令泽/nr").get(0);
        assertEquals("局长", p.role());
        assertEquals("前滩管理局", p.organization());
    }

    @Test
    void a_shared_yuan_ending_makes_the_body() {
        PositionMention p = parseWords("审计/vn", "院长/n", "孔令泽/nr").get(0);
        assertEquals("院长", p.role());
        assertEquals("审计院", p.organization());
    }

    @Test
    void words_that_open_a_role_join_it_and_a_forum_before_them_is_the_body() {
        PositionMention p = parse("会上，东亚企业家峰会名誉理事长孙守业致辞。", "孙守业").get(0);
        assertEquals("名誉理事长", p.role());
        assertEquals("东亚企业家峰会", p.organization());
    }

    @Test
    void a_delegate_of_a_kind_of_people_is_a_role_without_a_body() {
        PositionMention p = parse("工商界代表陈光远介绍了调研成果。", "陈光远").get(0);
        assertEquals("工商界代表", p.role());
        assertNull(p.organization());
    }

    @Test
    void a_body_named_after_a_person_is_written_right_after_that_persons_name() {
        List<String> p = ParsedTitles.of("李大成中学校监李大成致词。", "李大成", "李大成");
        assertEquals(List.of("李大成|校监|李大成中学"), p);
    }

    @Test
    void a_headline_clause_before_a_space_is_no_title_of_the_next_name() {
        List<String> p = ParsedTitles.of("周德明院士为主任委员 陈大伟、刘长青等在列", "周德明", "陈大伟", "刘长青");
        assertEquals(List.of(), p.stream().filter(s -> s.contains("主任委员")).toList());
    }

    @Test
    void a_body_that_is_only_an_organization_ending_gives_no_position() {
        assertEquals(List.of(), ParsedTitles.of("大会发言人周立衡介绍，", "周立衡"));
    }

    @Test
    void a_long_head_that_names_no_body_the_rules_can_cut_gives_no_position_without_its_body() {
        assertEquals(List.of(), ParsedTitles.of("会上，以色列国防军发言人甘明达表示，", "甘明达"));
    }

    @Test
    void a_long_head_that_is_a_clause_of_the_sentence_still_leaves_the_role() {
        List<Token> words = Words.of("并/c", "要求/v", "立即/d", "释放/v", "总统/n", "甘明达/nr");
        List<String> p = ParsedTitles.of(Words.text(words), words, "甘明达");
        assertEquals(List.of("甘明达|总统|-"), p);
    }
}
