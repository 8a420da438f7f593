package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newskg.annotate.hanlp.HanlpTags;
import org.newskg.model.Mention;

class OrganizationRecognizerTest {
    private final OrganizationRecognizer recognizer = new OrganizationRecognizer();

    private Set<String> orgs(String text, List<Token> tokens) {
        return recognizer.recognize(text, tokens).stream().map(Mention::text).collect(Collectors.toSet());
    }

    /** Organizations found in consecutive "word/tag" tokens. */
    private Set<String> orgsOf(String... wordsAndTags) {
        List<Token> tokens = Words.of(wordsAndTags);
        return orgs(Words.text(tokens), tokens);
    }

    private static Token token(String text, String word, String tag) {
        int at = text.indexOf(word);
        return HanlpTags.token(word, tag, at);
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
    void a_latin_brand_alone_before_a_class_noun_is_an_organization_but_a_chinese_word_is_not() {
        String text = "Quantaro等企业以开源推动合作，民营等企业也参与。";
        Set<String> o = orgs(text, List.of(token(text, "Quantaro", "nx"), token(text, "以", "p"), token(text, "。", "w")));
        assertTrue(o.contains("Quantaro"), o.toString());
        assertFalse(o.contains("民营"), o.toString());
    }

    @Test
    void editions_of_events_are_not_organizations() {
        assertFalse(recognizer.isOrganizationName("第三届东海论坛大会"));
        assertTrue(recognizer.isOrganizationName("东海科学院"));
    }

    @Test
    void a_tail_tagged_by_hanlp_is_extended_to_the_full_name() {
        String text = "东海市政府数据管理办公室发布指引。";
        Set<String> o = orgs(text, List.of(token(text, "东海市", "ns"), HanlpTags.token("政府", "n", 3),
                HanlpTags.token("数据", "n", 5), HanlpTags.token("管理办公室", "nt", 7)));
        assertTrue(o.contains("东海市政府数据管理办公室"), o.toString());
    }

    @Test
    void well_known_bodies_are_found_where_the_segmenter_split_them() {
        String text = "国家发展和改革委员会等部门出席。";
        Set<String> o = orgs(text, List.of(HanlpTags.token("国家发展", "nt", 0), HanlpTags.token("和", "c", 4),
                HanlpTags.token("改革委员会", "nt", 5)));
        assertTrue(o.contains("国家发展和改革委员会"), o.toString());
        assertFalse(o.contains("改革委员会"), o.toString());
    }

    @Test
    void a_short_tag_with_an_institution_ending_names_a_body_but_a_class_noun_does_not() {
        assertTrue(orgsOf("在/p", "青川学院/nt", "任教/v").contains("青川学院"));
        assertTrue(orgsOf("多家银行/nt", "表示/v").isEmpty());
        assertTrue(orgsOf("三级医院/nt", "和/cc", "公立医院/nt").isEmpty());
    }

    @Test
    void a_tag_running_past_the_name_is_cut_back_to_it() {
        assertEquals(Set.of("西岭省机械工业学校"), orgsOf("在/p", "西岭省机械工业学校实训基地/nt", "学习/v"));
    }

    @Test
    void a_sub_unit_tagged_apart_is_joined_to_its_body() {
        assertTrue(orgsOf("北辰四局/nt", "总承包公司/nt", "经理/nnt").contains("北辰四局总承包公司"));
    }

    @Test
    void a_conjunction_inside_a_government_name_belongs_to_it_but_not_after_a_bare_place() {
        assertTrue(orgsOf("南港市/ns", "交通/n", "和/cc", "物流委员会/nt", "发布/v").contains("南港市交通和物流委员会"));
        assertFalse(orgsOf("国家/n", "和/cc", "地区组织/nt", "参加/v").contains("国家和地区组织"));
    }

    @Test
    void a_place_and_nouns_before_an_institution_ending_name_a_body_even_untagged() {
        assertTrue(orgsOf("即将/d", "成立/v", "的/ude1", "东海/ns", "海洋/n", "研发/v", "院/n").contains("东海海洋研发院"));
        assertFalse(orgsOf("东海/ns", "主办/v", "远航/nz", "集团/n").contains("东海主办远航集团"));
    }

    @Test
    void the_outlet_of_a_report_is_an_organization_unless_generic() {
        assertTrue(orgsOf("据/p", "晨风/nz", "新闻/n", "报道/v", "，/w").contains("晨风新闻"));
        assertTrue(orgsOf("据/p", "外媒/n", "新闻/n", "报道/v").isEmpty());
    }

    @Test
    void two_character_short_names_count_only_as_words_of_their_own() {
        assertTrue(orgsOf("中办/j", "、/w", "国办/vn", "印发/v").containsAll(Set.of("中办", "国办")));
        assertTrue(orgsOf("集中/v", "办理/v", "手续/n").isEmpty());
        assertTrue(orgsOf("党/n", "的/ude1", "建设/vn").contains("党"));
        assertTrue(orgsOf("该党/r", "的/ude1", "政党/n").isEmpty());
    }

    @Test
    void a_foreign_country_before_a_national_body_makes_it_that_countrys_body() {
        assertTrue(orgsOf("美国/nsf", "国务院/nt", "发言人/nnt").contains("美国国务院"));
        assertTrue(orgsOf("在/p", "东京/ns", "亚太经合组织/nt", "会议/n").contains("亚太经合组织"));
    }

    @Test
    void event_titles_in_quotation_marks_and_venues_are_not_organizations() {
        assertTrue(orgsOf("“/w", "南港青年科学大会/nt", "”/w", "等/udeng").isEmpty());
        assertTrue(orgsOf("南港会议展览中心/nt", "举办/v").isEmpty());
    }

    @Test
    void a_preposition_glued_onto_a_name_is_left_out() {
        assertEquals(Set.of("东海地区合作组织"), orgsOf("向东海地区合作组织/nt", "致贺/v"));
    }

    @Test
    void a_body_after_a_count_or_a_superlative_is_a_class_noun() {
        assertEquals(Set.of(), orgsOf("在/p", "东海/ns", "，/w", "一家/n", "数字版权交易公司/nt", "正在/d", "扩张/v"));
        assertEquals(Set.of(), orgsOf("全球最大冷链物流公司/nt", "宣布/v", "扩张/v"));
        assertEquals(Set.of(), orgsOf("北陆/ns", "多家公司/nt", "取消/v", "航班/n"));
        assertEquals(Set.of(), orgsOf("两国政府/nt", "签署/v", "协议/n"));
    }

    @Test
    void a_count_or_a_verb_glued_onto_a_body_is_cut_off() {
        assertEquals(Set.of("晨星电视台"), orgsOf("造成/v", "三名晨星电视台/nt", "记者/nnt", "受伤/vi"));
        assertEquals(Set.of("东海省纪律检查委员会"), orgsOf("林海峰代表东海省纪律检查委员会/nt", "作/v", "报告/n"));
    }

    @Test
    void two_bodies_joined_by_and_stay_apart() {
        Set<String> o = orgsOf("南方/ns", "武装部队/nis", "与/cc", "北方快速反应部队/nt", "交火/vi");
        assertFalse(o.contains("南方武装部队与北方快速反应部队"), o.toString());
    }

    @Test
    void a_square_named_after_a_centre_is_no_body_cut_at_its_centre() {
        assertEquals(Set.of(), orgsOf("在/p", "东江解放路中央广场/nt", "，/w", "市民/n", "聚集/v"));
    }

    @Test
    void an_edition_before_a_body_is_cut_off_and_an_edition_of_a_meeting_is_no_body() {
        assertEquals(Set.of("东海省人民代表大会"), orgsOf("十三届东海省人民代表大会/nt", "第一/m", "次/qv", "会议/n"));
        assertEquals(Set.of(), orgsOf("第/mq", "十二届东海论坛大会/nt", "开幕/vi"));
    }

    @Test
    void one_school_of_a_country_is_no_name() {
        assertEquals(Set.of(), orgsOf("北陆国一学校/nt", "发生/v", "火灾/n"));
    }

    @Test
    void a_bare_ending_of_one_character_needs_a_long_name() {
        assertEquals(Set.of(), orgsOf("双方/n", "合作所/nt", "取得/v", "的/ude1", "成果/n"));
        assertTrue(orgsOf("东江市公安局南湖派出所/nt", "民警/n").contains("东江市公安局南湖派出所"));
    }

    @Test
    void a_verb_of_two_characters_inside_a_tag_is_cut_off() {
        assertEquals(Set.of("中国航天研究院"), orgsOf("首先来到中国航天研究院/nt", "调研/v"));
    }

    @Test
    void a_subsidiary_named_by_its_parent_is_a_class_noun() {
        assertEquals(Set.of(), orgsOf("由/p", "科学园附属公司/nt", "营运/v"));
    }

    @Test
    void a_sub_unit_written_after_a_listed_body_is_named_whole() {
        assertTrue(orgsOf("复旦大学/nt", "物理/n", "研究所/nis", "发布/v", "成果/n").contains("复旦大学物理研究所"));
        assertTrue(orgsOf("越南共产党/nt", "中央/n", "致电/v").contains("越南共产党中央"));
    }

    @Test
    void a_listed_body_followed_by_a_verb_and_a_body_is_a_sentence_not_a_sub_unit() {
        Set<String> o = orgsOf("国家统计局/nt", "举行/v", "数据/n", "中心/n", "揭牌/v");
        assertTrue(o.contains("国家统计局"));
        assertTrue(o.stream().noneMatch(n -> n.contains("举行")));
    }

    @Test
    void a_date_or_verb_glued_before_a_listed_body_is_cut_off() {
        Set<String> o = orgsOf("联合复旦大学/nt", "开展/v", "研究/vn");
        assertTrue(o.contains("复旦大学"));
        assertFalse(o.contains("联合复旦大学"));
    }

    @Test
    void a_body_followed_by_a_sector_or_project_word_is_no_body() {
        String text = "推动西岭交易所行业发展，建设东湖工程研究中心项目。";
        Set<String> o = orgs(text, List.of(token(text, "西岭交易所", "nt"), token(text, "东湖工程研究中心", "nt")));
        assertTrue(o.isEmpty());
    }

    @Test
    void a_class_of_banks_is_no_bank() {
        String text = "两间传统银行与虚拟银行竞争。";
        Set<String> o = orgs(text, List.of(token(text, "传统银行", "nt"), token(text, "虚拟银行", "nt")));
        assertTrue(o.isEmpty());
    }

    @Test
    void a_body_with_its_term_inside_names_a_session_not_the_body() {
        String text = "南港市六届人大三次会议开幕。";
        assertTrue(orgs(text, List.of(token(text, "南港市六届人大", "nt"))).isEmpty());
    }

    @Test
    void hubs_sites_and_clauses_tagged_as_bodies_are_dropped() {
        assertEquals(Set.of(), orgsOf("推进/v", "西湾新金融中心/nt", "、/w", "北站/n", "商务区/n"));
        assertEquals(Set.of(), orgsOf("推进/v", "南湾超级总部基地/nt", "建设/vn"));
        assertEquals(Set.of("北陆联邦武装部队"), orgsOf("交火/v", "集中/v", "在/p", "北陆联邦武装部队物资储备基地/nt", "附近/f"));
        assertEquals(Set.of(), orgsOf("资本市场对公司发展业务/nt", "帮助/v", "很大/d"));
    }

    @Test
    void bodies_listed_as_projects_are_projects() {
        assertEquals(Set.of(), orgsOf("推动/v", "东湖医学科学院/nt", "、/w", "东湖歌剧院/nt", "等/udeng", "项目/n", "前期/f", "工作/vn"));
    }

    @Test
    void a_particle_glued_onto_a_schools_name_is_cut_off() {
        assertEquals(Set.of("青山中学"), orgsOf("母校/n", "青山中学所/nt", "举办/v", "的/ude1", "典礼/n"));
    }

    @Test
    void a_verb_of_the_bodys_cause_belongs_to_a_name_opening_the_clause_with_a_place() {
        assertTrue(orgsOf("，/w", "南洋/ns", "青年/n", "抗击/v", "疟疾联合会/nt", "主席/nnt").contains("南洋青年抗击疟疾联合会"));
        assertTrue(orgsOf("他/r", "说/v", "抗击/v", "疟疾联合会/nt", "成立/v").contains("疟疾联合会"));
    }

    @Test
    void a_sub_unit_whose_name_the_segmenter_split_into_one_character_verbs_joins_its_listed_body() {
        assertTrue(orgsOf("北京大学/nt", "量子/n", "超/v", "算/v", "中心/n", "启用/v").contains("北京大学量子超算中心"));
    }

    @Test
    void a_legal_name_with_a_bracketed_region_or_form_is_one_body() {
        assertTrue(orgsOf("由/p", "远帆/nz", "（/w", "香港/ns", "）/w", "有限公司/n", "承建/v").contains("远帆（香港）有限公司"));
        assertTrue(orgsOf("与/p", "星河/nz", "（/w", "集团/n", "）/w", "有限公司/n", "签约/v").contains("星河（集团）有限公司"));
    }

    @Test
    void a_latin_brand_opening_a_company_name_belongs_to_it() {
        assertTrue(orgsOf("由/p", "ABX/nx", "远帆光电技术有限公司/nt", "承建/v").contains("ABX远帆光电技术有限公司"));
    }

    @Test
    void a_companys_organ_is_a_body_named_with_the_company() {
        assertTrue(orgsOf("华为/nt", "董事会/n", "决定/v").contains("华为董事会"));
        assertTrue(orgsOf("华/j", "泰证券管委会/nt", "成员/n").contains("华泰证券管委会"));
    }

    @Test
    void a_works_the_tagger_saw_after_a_listed_company_is_its_sub_unit() {
        assertTrue(orgsOf("在/p", "中国/ns", "一/m", "汽/n", "发动机/n", "装配厂/nt", "，/w").contains("中国一汽发动机装配厂"));
        assertFalse(orgsOf("华为/nt", "东莞/ns", "厂/n", "建成/v").contains("华为东莞厂"));
        assertFalse(orgsOf("在/p", "国务院/nt", "加挂/n", "国家数据局/nt", "牌子/n").contains("国务院加挂国家数据局"));
    }

    @Test
    void trusts_and_kindergartens_end_a_body() {
        assertTrue(orgsOf("由/p", "东湾赛艇会慈善信托基金/nt", "资助/v").contains("东湾赛艇会慈善信托基金"));
        assertTrue(orgsOf("在/p", "青禾幼儿园/nt", "举行/v").contains("青禾幼儿园"));
    }
}
