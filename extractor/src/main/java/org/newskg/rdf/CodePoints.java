package org.newskg.rdf;

/**
 * Converts UTF-16 indexes of a string to Unicode code point indexes, the unit SPARQL's STRLEN and
 * SUBSTR count in. Text without surrogate pairs (almost all Chinese news) maps one to one.
 */
final class CodePoints {
    private final int[] before;

    CodePoints(String s) {
        int[] counts = null;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isHighSurrogate(s.charAt(i))) {
                counts = new int[s.length() + 1];
                break;
            }
        }
        if (counts != null) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                counts[i] = n;
                if (!Character.isLowSurrogate(s.charAt(i)) || i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))) n++;
            }
            counts[s.length()] = n;
        }
        this.before = counts;
    }

    int of(int utf16Index) {
        return before == null ? utf16Index : before[utf16Index];
    }
}
