package org.newskg.text;

import java.util.List;
import org.newskg.lexicon.WordPatterns;

/**
 * The words of datelines and bylines, from publisher-words.txt, as the credit parsers use them:
 * regular-expression alternations, character sets and single words.
 */
final class CreditWords {
    static final String FILE = "publisher-words.txt";

    private CreditWords() {
    }

    static List<String> row(String key) {
        return WordPatterns.row(FILE, key);
    }

    /** The list as a regular-expression alternation, in file order. */
    static String alternation(String key) {
        return WordPatterns.alternation(row(key));
    }

    /** The list's one-character words as one string, for a character class. */
    static String chars(String key) {
        return WordPatterns.characters(row(key));
    }

    /** The one word of a list. */
    static String word(String key) {
        return row(key).get(0);
    }
}
