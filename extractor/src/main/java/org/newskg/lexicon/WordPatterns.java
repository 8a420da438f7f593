package org.newskg.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word lists of lexicon resources in file order, and the regular-expression pieces built from them
 * (alternations, character sets), so that a rule written as a pattern keeps its words in a file.
 * Lists of a table resource are read through {@link LexiconTable}.
 */
public final class WordPatterns {
    private WordPatterns() {
    }

    /** Every word of a lexicon resource, in file order. */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (List<String> row : Lexicon.rows(name)) out.addAll(row);
        return List.copyOf(out);
    }

    /** The words as a regular-expression alternation {@code a|b|c}, in their order, each matched literally. */
    public static String alternation(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) sb.append('|');
            sb.append(w.chars().allMatch(Character::isLetterOrDigit) ? w : Pattern.quote(w));
        }
        return sb.toString();
    }

    /** One-character words joined into one string, for {@code indexOf} tests and character classes. */
    public static String characters(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.length() != 1) throw new IllegalStateException("not a single character: " + w);
            sb.append(w);
        }
        return sb.toString();
    }
}
