package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newskg.model.Mention;

class BodiesByContextTest {
    private final BodiesByContext bodies = new BodiesByContext();

    private Set<String> found(String... wordsAndTags) {
        List<Token> tokens = Words.of(wordsAndTags);
        String text = Words.text(tokens);
        return bodies.find(text, tokens, 0, text.length()).stream().map(Mention::text).collect(Collectors.toSet());
    }

    @Test
    void a_quoted_name_with_an_institution_ending_is_a_body() {
        assertEquals(Set.of("北陆青年交流协会"), found("“/w", "北陆/ns", "青年/n", "交流/vn", "协会/n", "”/w", "发表/v", "声明/n"));
    }

    @Test
    void a_quoted_pair_of_bodies_is_no_one_body() {
        assertTrue(found("“/w", "东海/ns", "青年团/n", "和/cc", "东海/ns", "青年/n", "联合会/n", "”/w", "界别/n").isEmpty());
    }

    @Test
    void an_office_written_after_the_quoted_name_is_kept_whole() {
        assertEquals(Set.of("“北陆在岛协会”南城办事处"),
                found("“/w", "北陆/ns", "在/p", "岛协会/nt", "”/w", "南城办事处/nt", "前/f", "处长/nnt", "表示/v"));
    }

    @Test
    void a_forum_founded_or_given_officers_is_a_body_and_otherwise_an_event() {
        assertEquals(Set.of("东海数字经济30人论坛"), found("“/w", "东海/ns", "数字/n", "经济/n", "30/m", "人/n", "论坛/n", "”/w", "正式成立/v"));
        assertEquals(Set.of("两湖青年峰会"), found("现为/v", "两湖/ns", "青年/n", "峰会/n", "名誉/n", "理事长/nnt", "的/ude1"));
        assertTrue(found("“/w", "东海/ns", "青年/n", "论坛/n", "”/w", "开幕/v").isEmpty());
        assertTrue(found("该/r", "论坛/n", "秘书长/nnt", "表示/v").isEmpty());
    }
}
