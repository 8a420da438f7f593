package org.newskg.text;

import java.util.function.UnaryOperator;

/**
 * Traditional→simplified conversion that keeps the text's length, so that every converted
 * character still sits at the offset of the original character it came from. The converter is
 * applied to the whole text first (phrase-aware converters do better with context); when a phrase
 * conversion changed the length, the affected lines are converted again character by character.
 * Characters whose own conversion is not a single character are kept as they are.
 */
final class ScriptConverter {
    private final UnaryOperator<String> converter;
    /** Per-character conversions already asked for; 0 means not yet known. Races are harmless. */
    private final char[] cache = new char[0x10000];

    ScriptConverter(UnaryOperator<String> converter) {
        this.converter = converter;
    }

    /** The converted text, exactly as long as {@code s}. */
    String convert(String s) {
        if (s.isEmpty()) return s;
        String whole = converter.apply(s);
        if (whole != null && whole.length() == s.length()) return whole;
        StringBuilder out = new StringBuilder(s.length());
        int start = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl + 1;
            String line = s.substring(start, end);
            String conv = converter.apply(line);
            if (conv != null && conv.length() == line.length()) {
                out.append(conv);
            } else {
                for (int i = 0; i < line.length(); i++) out.append(convertChar(line.charAt(i)));
            }
            start = end;
        }
        return out.toString();
    }

    private char convertChar(char c) {
        if (c < 0x80 || Character.isSurrogate(c)) return c;
        char known = cache[c];
        if (known != 0) return known;
        String conv = converter.apply(String.valueOf(c));
        char result = conv != null && conv.length() == 1 ? conv.charAt(0) : c;
        cache[c] = result;
        return result;
    }
}
