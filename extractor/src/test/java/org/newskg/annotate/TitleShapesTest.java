package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;

/** The title shapes PositionParser reads with TitleShapes: bodies no organization ending marks. */
class TitleShapesTest {
    private final PositionParser parser = new PositionParser();

    /** Parsed with the given names as the persons, in text order, and no segmenter words. */
    private List<PositionMention> parse(String text, String... names) {
        List<Mention> persons = new ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name);
            persons.add(new Mention(EntityType.PERSON, at, at + name.length(), name));
        }
        return parser.parse(text, 0, persons, List.of());
    }

    @Test
    void a_head_of_state_belongs_to_the_states_official_name() {
        PositionMention p = parse("昨天，巴西总统费雷拉抵达会场。", "费雷拉").get(0);
        assertEquals("总统", p.role());
        assertEquals("巴西联邦共和国", p.organization());
    }

    @Test
    void a_states_own_office_after_its_name_belongs_to_that_state() {
        PositionMention p = parse("。智利新任国家主席罗哈斯将访华", "罗哈斯").get(0);
        assertEquals("主席", p.role());
        assertEquals("智利共和国", p.organization());
    }

    @Test
    void a_former_head_of_state_keeps_the_qualifier_and_the_state() {
        PositionMention p = parse("挪威前首相索尔贝格说，", "索尔贝格").get(0);
        assertEquals("前首相", p.role());
        assertEquals("挪威王国", p.organization());
    }

    @Test
    void a_minister_is_the_head_of_the_ministry_the_role_names() {
        PositionMention p = parse("。财政部长钱友明说，", "钱友明").get(0);
        assertEquals("部长", p.role());
        assertEquals("财政部", p.organization());
    }

    @Test
    void a_bare_ministry_after_a_states_title_in_the_chain_is_that_states() {
        List<PositionMention> p = parse("会见智利总统特使、外交部长帕拉。", "帕拉");
        PositionMention minister = p.get(p.size() - 1);
        assertEquals("部长", minister.role());
        assertEquals("智利外交部", minister.organization());
    }

    @Test
    void a_one_character_state_before_a_ministry_is_the_states_name() {
        PositionMention p = parse("消息称，英国防部长霍华德表示", "霍华德").get(0);
        assertEquals("英国国防部", p.organization());
    }

    @Test
    void a_latin_body_before_a_role_is_the_body() {
        PositionMention p = parse("。XYZ理事长陈明远主持会议。", "陈明远").get(0);
        assertEquals("理事长", p.role());
        assertEquals("XYZ", p.organization());
    }

    @Test
    void a_company_before_a_corporate_role_is_the_body_and_joined_roles_give_two_positions() {
        List<PositionMention> p = parse("。星河电子董事长兼总裁周文涛表示", "周文涛");
        assertEquals(2, p.size());
        assertEquals("董事长", p.get(0).role());
        assertEquals("星河电子", p.get(0).organization());
        assertEquals("总裁", p.get(1).role());
        assertEquals("星河电子", p.get(1).organization());
    }

    @Test
    void a_short_modifier_before_a_corporate_role_is_no_body() {
        PositionMention p = parse("。常务副总裁周文涛表示", "周文涛").get(0);
        assertEquals("常务副总裁", p.role());
        assertNull(p.organization());
    }

    @Test
    void a_kind_of_company_before_a_corporate_role_is_no_body() {
        PositionMention p = parse("。民营企业董事长周文涛表示", "周文涛").get(0);
        assertNull(p.organization());
    }

    @Test
    void a_secretary_of_state_heads_the_states_department_as_written() {
        PositionMention p = parse("。巴西国务卿席尔瓦表示", "席尔瓦").get(0);
        assertEquals("国务卿", p.role());
        assertEquals("巴西国务院", p.organization());
    }

    @Test
    void a_regional_unit_stays_with_the_company() {
        PositionMention p = parse("。远帆集团亚太区总裁周文涛表示", "周文涛").get(0);
        assertEquals("总裁", p.role());
        assertEquals("远帆集团亚太区", p.organization());
    }

    @Test
    void a_new_holder_is_no_part_of_the_role_but_former_is() {
        assertEquals("理事长", parse("。新任理事长周文涛表示", "周文涛").get(0).role());
        assertEquals("前理事长", parse("。前理事长周文涛表示", "周文涛").get(0).role());
    }

    @Test
    void a_date_before_the_body_and_a_stock_code_after_it_are_dropped() {
        PositionMention spokesman = parse("3月5日商务部发言人孙立平表示", "孙立平").get(0);
        assertEquals("商务部", spokesman.organization());
        PositionMention director = parse("。远帆银行（1234）董事总经理周文涛说", "周文涛").get(0);
        assertEquals("远帆银行", director.organization());
    }

    @Test
    void the_short_title_of_a_regions_head_is_the_full_role_of_that_regions_government() {
        PositionMention p = parse("澳门特首贺一诚出席。", "贺一诚").get(0);
        assertEquals("行政长官", p.role());
        assertEquals("澳门特别行政区政府", p.organization());
    }

    @Test
    void a_side_before_a_role_is_neither_body_nor_role_and_a_delegate_needs_a_body() {
        PositionMention p = parse("。甲方副理事长周文涛宣读", "周文涛").get(0);
        assertEquals("副理事长", p.role());
        assertNull(p.organization());
        assertTrue(parse("。游泳代表周文涛说", "周文涛").isEmpty());
    }

    @Test
    void a_byline_takes_the_outlet_ending_its_head_and_the_next_byline_shares_it() {
        List<PositionMention> p = parse("企业融资难题待解人民日报记者周文涛实习记者林小雨\n", "周文涛", "林小雨");
        assertEquals("人民日报", p.get(0).organization());
        assertEquals("实习记者", p.get(1).role());
        assertEquals("人民日报", p.get(1).organization());
    }

    @Test
    void a_byline_role_before_a_colon_or_bar_is_a_position() {
        PositionMention p = parse("标题\n记者|周文涛\n正文", "周文涛").get(0);
        assertEquals("记者", p.role());
    }
}
