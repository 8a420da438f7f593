package org.newskg.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexicon resource that holds several related lists, one a line, each line headed by its key
 * ({@code after-name 说 表示 …}); lines with the same key continue one list. A stage keeps one table
 * for its rules and asks it for each list in the form the rule needs: words, a set, a
 * regular-expression alternation or a character set. The file is read once ({@link Lexicon#rows}).
 */
public final class LexiconTable {
    private final String name;

    private LexiconTable(String name) {
        this.name = name;
    }

    public static LexiconTable of(String name) {
        return new LexiconTable(name);
    }

    /** Each line headed by {@code key}, its words after the key. */
    public List<List<String>> lines(String key) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : Lexicon.rows(name)) {
            if (row.get(0).equals(key)) out.add(row.subList(1, row.size()));
        }
        if (out.isEmpty()) throw new IllegalStateException("no list " + key + " in lexicon " + name);
        return out;
    }

    /** The words of the list {@code key}, in file order. */
    public List<String> row(String key) {
        List<String> out = new ArrayList<>();
        for (List<String> line : lines(key)) out.addAll(line);
        return List.copyOf(out);
    }

    /** The list as a lexicon, for membership and longest-match tests. */
    public Lexicon lexicon(String key) {
        return Lexicon.of(row(key).toArray(String[]::new));
    }

    /** The list as a regular-expression alternation, in file order, each word matched literally. */
    public String alternation(String key) {
        return WordPatterns.alternation(row(key));
    }

    /** The list's one-character words as one string, for {@code indexOf} tests and character classes. */
    public String chars(String key) {
        return WordPatterns.characters(row(key));
    }

    /** The first word of the list: for a list of one word. */
    public String word(String key) {
        return row(key).get(0);
    }
}
