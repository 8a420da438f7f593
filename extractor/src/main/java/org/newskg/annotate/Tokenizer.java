package org.newskg.annotate;

import java.util.List;

/** Segments analysis text into tagged words. The only implementation wraps HanLP. */
public interface Tokenizer {
    /** Tokens of {@code text.substring(begin, end)}, with offsets into {@code text}. */
    List<Token> tokenize(String text, int begin, int end);

    /** Whether {@code word} is an ordinary word of the segmenter's dictionary; false when it has none. */
    default boolean isWord(String word) {
        return false;
    }
}
