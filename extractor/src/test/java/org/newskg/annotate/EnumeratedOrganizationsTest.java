package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newskg.model.Mention;

class EnumeratedOrganizationsTest {

    private Set<String> items(String... wordsAndTags) {
        List<Token> tokens = Words.of(wordsAndTags);
        String text = Words.text(tokens);
        return EnumeratedOrganizations.find(text, tokens, 0, text.length()).stream().map(Mention::text).collect(Collectors.toSet());
    }

    @Test
    void items_before_a_count_and_a_class_are_bodies_with_their_stock_codes_left_out() {
        Set<String> found = items("牌照/n", "由/p", "远帆/nz", "香港/ns", "、/w", "北辰/nz", "银行/n", "（/w", "1234/m", "）/w",
                "及/cc", "星河/nz", "在线/n", "（/w", "5678/m", "）/w", "三/m", "个/q", "财团/n", "获得/v");
        assertEquals(Set.of("远帆香港", "北辰银行", "星河在线"), found);
    }

    @Test
    void a_list_whose_close_holds_a_verb_lists_topics_not_bodies() {
        assertTrue(items("数据/n", "安全/a", "、/w", "绿色/n", "转型/vn", "、/w", "ABC/nx", "等/udeng", "是/vshi", "上述/b", "企业/n", "关注/v").isEmpty());
    }

    @Test
    void items_before_a_modifier_and_a_class_stay_bodies() {
        assertEquals(Set.of("远航集团", "北辰能源"), items("远航集团/nt", "、/w", "北辰能源/nz", "等/udeng", "知名/a", "企业/n"));
    }

    @Test
    void an_item_opening_with_a_count_is_a_class_of_firms() {
        assertEquals(Set.of("远航集团"), items("吸引/v", "一批/m", "芯片/n", "制造/v", "、/w", "远航集团/nt", "等/udeng", "企业/n"));
    }

    @Test
    void sectors_cut_into_common_words_are_no_bodies_and_many_is_no_count() {
        assertTrue(items("百货/n", "、/w", "超市/n", "和/cc", "电商/n", "等/udeng", "业态/n", "企业/n").isEmpty());
        assertTrue(items("电力/n", "、/w", "疾控/j", "等/udeng", "多/m", "个/q", "部门/n").stream().noneMatch(i -> i.endsWith("等")));
    }

    @Test
    void items_of_a_list_of_projects_are_projects() {
        String text = "推动东湖医学科学院、东湖歌剧院等项目前期工作，东湖大学等单位参加。";
        assertTrue(EnumeratedOrganizations.isItemOfProjects(text, text.indexOf("、")));
        assertTrue(EnumeratedOrganizations.isItemOfProjects(text, text.indexOf("等")));
        assertFalse(EnumeratedOrganizations.isItemOfProjects(text, text.lastIndexOf("等")));
    }
}
