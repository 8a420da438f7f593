package org.newskg.annotate;

import org.newskg.lexicon.LexiconTable;

/** The sets of Chinese numeral characters the counting rules read, from numeral-chars.txt, for character classes. */
final class Numerals {
    /** A count of people or things before a noun (两名, 多家). */
    static final String COUNT = of("count");
    /** The number of an edition (第十届). */
    static final String EDITION = of("edition");
    /** A quantity glued before a place (三千里). */
    static final String QUANTITY = of("quantity");
    /** A grade (三级). */
    static final String GRADE = of("grade");
    /** A vague count before a place ending (两县, 各市). */
    static final String VAGUE = of("vague");

    private Numerals() {
    }

    private static String of(String key) {
        return LexiconTable.of("numeral-chars.txt").chars(key);
    }
}
