package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Segmenter output written by hand for tests: consecutive "word/tag" pairs. */
final class Words {
    private Words() {
    }

    static List<Token> of(String... wordsAndTags) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String wt : wordsAndTags) {
            int slash = wt.lastIndexOf('/');
            String word = wt.substring(0, slash);
            tokens.add(new Token(word, wt.substring(slash + 1), at, at + word.length()));
            at += word.length();
        }
        return tokens;
    }

    /** The text the tokens were cut from. */
    static String text(List<Token> tokens) {
        return tokens.stream().map(Token::text).collect(Collectors.joining());
    }
}
