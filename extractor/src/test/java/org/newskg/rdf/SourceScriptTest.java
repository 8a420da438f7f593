package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newskg.annotate.hanlp.HanlpScript;
import org.newskg.text.NormalizedText;
import org.newskg.text.TextNormalizer;

class SourceScriptTest {
    private static NormalizedText normalized(String s) {
        return new TextNormalizer(HanlpScript.toSimplified()).normalize(s);
    }

    private static String script(String s) {
        NormalizedText t = normalized(s);
        return SourceScript.of(t, 0, t.length());
    }

    @Test
    void a_traditional_sentence_is_tagged_zh_Hant() {
        assertEquals("zh-Hant", script("會議討論了數碼經濟與網絡安全的發展，與會者表示將加強合作。"));
    }

    @Test
    void a_simplified_sentence_is_tagged_zh_Hans() {
        assertEquals("zh-Hans", script("会议讨论了数码经济与网络安全的发展，与会者表示将加强合作。"));
    }

    @Test
    void a_long_simplified_text_citing_one_traditional_word_stays_zh_Hans() {
        assertEquals("zh-Hans", script("今天上午，市里召开了一次关于城市规划和交通建设的工作会议，会上还提到了“臺”这个字的写法问题。"));
    }

    @Test
    void text_without_han_characters_is_simplified_by_default() {
        assertEquals("zh-Hans", script("APEC 2024"));
    }
}
