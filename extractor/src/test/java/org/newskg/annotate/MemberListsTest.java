package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemberListsTest {
    @Test
    void every_name_after_a_role_and_a_colon_holds_that_role_in_its_body() {
        List<String> p = ParsedTitles.of("评审委员会委员：孙立平、赵天明、钱国华。", "孙立平", "赵天明", "钱国华");
        assertEquals(List.of("孙立平|委员|评审委员会", "赵天明|委员|评审委员会", "钱国华|委员|评审委员会"), p);
    }

    @Test
    void names_before_etc_and_a_role_hold_the_role_without_a_guessed_body() {
        List<String> p = ParsedTitles.of("作报告的有陈大伟、刘长青、马志远等两院院士。", "陈大伟", "刘长青", "马志远");
        assertEquals(List.of("陈大伟|院士|-", "刘长青|院士|-", "马志远|院士|-"), p);
    }

    @Test
    void one_name_before_etc_is_no_list() {
        assertEquals(List.of(), ParsedTitles.of("王明远等会见受表彰的先进个人代表。", "王明远"));
    }

    @Test
    void a_role_before_an_introducer_takes_the_body_the_sentence_opens_with_before_by() {
        String text = "“南海数字治理论坛”正式成立。论坛由周德明担任主任委员，首批委员既有陈大伟、刘长青等院士，何建国、孙立平等学者。";
        List<String> p = ParsedTitles.of(text, "周德明", "陈大伟", "刘长青", "何建国", "孙立平");
        assertTrue(p.contains("周德明|主任委员|南海数字治理论坛"), p.toString());
        for (String name : List.of("陈大伟", "刘长青", "何建国", "孙立平")) {
            assertTrue(p.contains(name + "|委员|南海数字治理论坛"), p.toString());
        }
    }

    @Test
    void a_clause_with_a_verb_before_the_colon_is_no_role_phrase() {
        List<Token> words = Words.of("会议/n", "选举/v", "产生/v", "委员/n", "：/w", "孙立平/nr", "、/w", "赵天明/nr");
        List<String> p = ParsedTitles.of(Words.text(words), words, "孙立平", "赵天明");
        assertFalse(p.stream().anyMatch(s -> s.contains("选举")), p.toString());
        assertFalse(p.contains("赵天明|委员|-"), p.toString());
    }
}
