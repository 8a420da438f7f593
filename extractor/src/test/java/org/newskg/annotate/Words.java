package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.newskg.annotate.hanlp.HanlpTags;

/** Segmenter output written by hand for tests: consecutive "word/tag" pairs, tags in HanLP's tag set. */
final class Words {
    private Words() {
    }

    static List<Token> of(String... wordsAndTags) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String wt : wordsAndTags) {
            int slash = wt.lastIndexOf('/');
            String word = wt.substring(0, slash);
            tokens.add(HanlpTags.token(word, wt.substring(slash + 1), at));
            at += word.length();
        }
        return tokens;
    }

    /** The text the tokens were cut from. */
    static String text(List<Token> tokens) {
        return tokens.stream().map(Token::text).collect(Collectors.joining());
    }
}
