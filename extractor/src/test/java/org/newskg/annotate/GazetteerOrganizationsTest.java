package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newskg.model.Mention;

class GazetteerOrganizationsTest {
    private final GazetteerOrganizations gazetteer = new GazetteerOrganizations();

    /** Each mention's surface mapped to its referent ("" when none), for consecutive "word/tag" tokens. */
    private Map<String, String> found(String... wordsAndTags) {
        List<Token> tokens = Words.of(wordsAndTags);
        return gazetteer.find(Words.text(tokens), tokens).stream()
                .collect(Collectors.toMap(Mention::text, m -> m.referent() == null ? "" : m.referent(), (a, b) -> a));
    }

    @Test
    void a_listed_body_is_found_with_its_full_name() {
        Map<String, String> f = found("世界气象组织/nt", "发布/v", "报告/n", "，/w", "国家统计局/nt", "回应/v");
        assertEquals("世界气象组织", f.get("世界气象组织"));
        assertEquals("国家统计局", f.get("国家统计局"));
    }

    @Test
    void a_short_form_counts_only_as_a_word_of_its_own() {
        assertEquals("中国人民银行", found("央行/n", "宣布/v", "降息/v").get("央行"));
        assertTrue(found("中央行/n", "政/n").isEmpty());
        assertEquals("复旦大学", found("他/r", "在/p", "复旦/ns", "任教/v").get("复旦"));
    }

    @Test
    void a_name_ends_where_a_word_ends() {
        assertFalse(found("各/r", "民主党派/n", "代表/n").containsKey("民主党"));
    }

    @Test
    void a_foreign_state_before_a_national_body_makes_it_that_states_body() {
        Map<String, String> f = found("英国/ns", "国防部/nt", "表示/v");
        assertEquals("", f.get("英国国防部"));
        assertEquals("英国国防部", found("英/j", "国防部/nt", "称/v").get("英国防部"));
    }

    @Test
    void a_state_that_acts_is_its_government() {
        assertEquals("中国政府", found("中方/n", "表示/v").get("中方"));
        assertEquals("英国政府", found("英方/n", "回应/v").get("英方"));
        assertEquals("加拿大政府", found("加拿大/ns", "方面/n", "表示/v").get("加拿大方面"));
        assertEquals("法国政府", found("法国/ns", "政府/n", "宣布/v").get("法国政府"));
    }

    @Test
    void a_side_several_states_share_is_the_one_state_the_article_names_or_nothing() {
        assertEquals("巴西政府", found("巴西/ns", "客人/n", "到访/v", "，/w", "巴方/n", "表示/v").get("巴方"));
        assertFalse(found("巴方/n", "表示/v").containsKey("巴方"));
        assertFalse(found("巴西/ns", "和/c", "巴基斯坦/ns", "客人/n", "，/w", "巴方/n", "表示/v").containsKey("巴方"));
        assertFalse(found("完成/v", "土方/n", "工程/n").containsKey("土方"));
    }

    @Test
    void a_state_alone_is_a_place() {
        assertTrue(found("加拿大/ns", "是/v", "大国/n").isEmpty());
        assertTrue(gazetteer.isState("加拿大"));
    }

    @Test
    void a_body_inside_a_short_quoted_name_is_part_of_that_name() {
        assertTrue(found("“/w", "中国/ns", "—/w", "东盟/nt", "数据港/n", "”/w", "项目/n").isEmpty());
        assertEquals("东南亚国家联盟", found("“/w", "东盟/nt", "”/w", "表示/v").get("东盟"));
    }

    @Test
    void a_state_before_another_states_party_keeps_the_party_its_own() {
        Map<String, String> f = found("巴西/ns", "公民党/nt", "党首/n", "表示/v");
        assertEquals("", f.get("巴西公民党"));
        assertFalse(f.containsKey("公民党"));
    }

    @Test
    void an_ordinary_word_starting_with_a_short_form_is_no_mention() {
        assertTrue(found("各/r", "民主党/nt", "派/n", "中央/n").keySet().stream().noneMatch(k -> k.startsWith("民主党")));
    }

    @Test
    void a_body_glued_to_a_role_tail_is_named_there() {
        assertEquals("", found("智利/ns", "外交部长/nnt", "会见/v").get("智利外交部"));
    }

    @Test
    void the_day_of_a_date_before_a_ministry_is_no_state() {
        Map<String, String> f = found("3/m", "日/b", "外交部/nt", "宣布/v");
        assertEquals("中华人民共和国外交部", f.get("外交部"));
        assertFalse(f.containsKey("日外交部"));
    }

    @Test
    void a_listed_company_is_found_by_its_short_name_and_its_regional_subsidiary_whole() {
        assertEquals("华为技术有限公司", found("华为/nt", "发布/v", "手机/n").get("华为"));
        Map<String, String> f = found("汇丰/nt", "香港/ns", "获/v", "牌照/n", "，/w", "汇丰/nt", "表示/v");
        assertEquals("", f.get("汇丰香港"));
        assertEquals("汇丰香港", f.get("汇丰"));
        assertTrue(found("中国电信/nt", "中国联通/nt", "调研/v").containsKey("中国联通"));
    }

    @Test
    void a_company_name_before_a_model_number_is_its_product() {
        assertFalse(found("这架/r", "波音/nz", "737/m", "客机/n").containsKey("波音"));
        assertFalse(found("一架/m", "波音/nz", "客机/n", "备降/v").containsKey("波音"));
        assertFalse(found("专访/v", "马丁/nrf", "·/w", "海尔/nrf").containsKey("海尔"));
        assertTrue(found("建成/v", "华为/nt", "12/m", "英寸/q", "线/n").containsKey("华为"));
        assertTrue(found("华为/nt", "2023/m", "年/q", "营收/n").containsKey("华为"));
    }
}
