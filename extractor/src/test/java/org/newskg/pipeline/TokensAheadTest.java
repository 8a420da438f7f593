package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.annotate.EntityLabel;
import org.newskg.annotate.PartOfSpeech;
import org.newskg.annotate.Token;
import org.newskg.annotate.Tokenizer;
import org.newskg.model.Article;

class TokensAheadTest {
    /** Splits into one-character tokens and records each span it was asked for. */
    private static final class CountingTokenizer implements Tokenizer {
        final List<String> asked = new ArrayList<>();
        String failOn;

        @Override
        public List<Token> tokenize(String text, int begin, int end) {
            asked.add(begin + "-" + end);
            if (text.substring(begin, end).equals(failOn)) throw new IllegalStateException("segmenter broke");
            List<Token> out = new ArrayList<>();
            for (int i = begin; i < end; i++) out.add(new Token(text.substring(i, i + 1), PartOfSpeech.NOUN, EntityLabel.NONE, i, i + 1));
            return out;
        }
    }

    private static final String TEXT = "甲乙丙\n丁戊";

    private static List<Article> articles() {
        return List.of(new Article(0, 0, 3, "", List.of(), null, null), new Article(1, 4, 6, "", List.of(), null, null));
    }

    @Test
    void each_article_is_segmented_once_and_gets_the_wrapped_tokenizers_tokens() {
        CountingTokenizer inner = new CountingTokenizer();
        TokensAhead ahead = new TokensAhead(inner);
        ahead.segmentAll(TEXT, articles());
        assertEquals(List.of("0-3", "4-6"), inner.asked);
        assertEquals(new CountingTokenizer().tokenize(TEXT, 4, 6), ahead.tokenize(TEXT, 4, 6));
        assertEquals(new CountingTokenizer().tokenize(TEXT, 0, 3), ahead.tokenize(TEXT, 0, 3));
        assertEquals(List.of("0-3", "4-6"), inner.asked);
    }

    @Test
    void a_span_asked_again_or_not_segmented_ahead_goes_to_the_wrapped_tokenizer() {
        CountingTokenizer inner = new CountingTokenizer();
        TokensAhead ahead = new TokensAhead(inner);
        ahead.segmentAll(TEXT, articles());
        ahead.tokenize(TEXT, 0, 3);
        assertEquals(3, ahead.tokenize(TEXT, 0, 3).size());
        assertEquals(2, ahead.tokenize(TEXT, 1, 3).size());
        assertEquals(2, ahead.tokenize(new String(TEXT), 4, 6).size());
        assertEquals(List.of("0-3", "4-6", "0-3", "1-3", "4-6"), inner.asked);
    }

    @Test
    void an_article_whose_segmentation_fails_fails_again_in_its_own_tokens_stage() {
        CountingTokenizer inner = new CountingTokenizer();
        inner.failOn = "甲乙丙";
        TokensAhead ahead = new TokensAhead(inner);
        ahead.segmentAll(TEXT, articles());
        assertEquals(2, ahead.tokenize(TEXT, 4, 6).size());
        assertThrows(IllegalStateException.class, () -> ahead.tokenize(TEXT, 0, 3));
    }
}
