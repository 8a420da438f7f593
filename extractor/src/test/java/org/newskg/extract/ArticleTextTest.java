package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    private static ArticleText of(String s) {
        return ArticleText.of(s, 0, s.length());
    }

    @Test
    void quotation_marks_pair_with_their_own_kind_and_nest() {
        String s = "他说：“我读过‘春风’这首诗。”";
        ArticleText x = of(s);
        assertEquals(2, x.quotedSpans().size());
        QuotedSpan outer = x.quoteOpeningAt(s.indexOf('“'));
        QuotedSpan inner = x.quoteOpeningAt(s.indexOf('‘'));
        assertEquals(s.indexOf('”'), outer.close());
        assertEquals(outer, inner.parent());
        assertEquals(1, inner.depth());
        assertTrue(x.inQuotes(s.indexOf('春')));
        assertFalse(x.inQuotes(s.indexOf('说')));
    }

    @Test
    void a_quote_runs_over_one_line_break_only_when_it_closes_in_the_next_paragraph() {
        String s = "“第一段还没完\n第二段完了。”";
        assertEquals(1, of(s).quotedSpans().size());
        String open = "“第一段没有收尾\n第二段也没有\n第三段。”";
        assertTrue(of(open).quotedSpans().isEmpty());
    }

    @Test
    void paragraphs_are_lines() {
        String s = "第一段。\n第二段在这里。";
        ArticleText x = of(s);
        int k = s.indexOf('在');
        assertEquals(s.indexOf('\n') + 1, x.paragraphStart(k));
        assertEquals(s.length(), x.paragraphEnd(k));
        assertEquals(s.indexOf('\n'), x.paragraphEnd(0));
    }

    @Test
    void the_speaker_sentence_stops_after_quoted_speech_but_steps_over_a_quoted_term() {
        String s = "他们连线“星河一号”平台后，“大家辛苦了，感谢各位”站长说";
        ArticleText x = of(s);
        for (QuotedSpan q : x.quotedSpans()) q.classify(q.end() - q.begin() > 6, q.end() - q.begin() <= 6);
        int cue = s.indexOf("站长");
        assertEquals(s.lastIndexOf('”') + 1, x.sentenceStart(cue));
        assertEquals(0, x.sentenceStart(s.indexOf("平台")));
        assertEquals(0, x.sentenceStartOverQuotes(cue));
    }

    @Test
    void a_report_sentence_ends_after_its_marks_or_after_quoted_words_ending_their_own_sentence() {
        String s = "他说今天很好。明天也好";
        assertEquals(s.indexOf('。') + 1, of(s).sentenceEnd(0));
        String quoted = "他说“今天很好。”接着补充，明天也好";
        assertEquals(quoted.indexOf('”') + 1, of(quoted).sentenceEnd(0));
        String followed = "他说“今天很好。”，明天也好";
        assertEquals(followed.length(), of(followed).sentenceEnd(0));
    }

    @Test
    void a_clause_ends_at_a_comma_and_with_a_colon_only_where_asked() {
        String s = "会上，他说：大家好";
        ArticleText x = of(s);
        int end = s.length();
        assertEquals(s.indexOf('，') + 1, x.clauseStart(0, end));
        assertEquals(s.indexOf('：') + 1, x.clauseStartAfterColon(0, end));
    }

    @Test
    void a_term_is_short_quoted_words_without_sentence_punctuation() {
        String s = "推出“星河一号”和“我们到了，一切都好”";
        ArticleText x = of(s);
        assertEquals(s.indexOf('“'), x.termClosingAt(s.indexOf('”')).open());
        assertNull(x.termClosingAt(s.lastIndexOf('”')));
    }
}
