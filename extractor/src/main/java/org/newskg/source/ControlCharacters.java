package org.newskg.source;

/**
 * Replaces control characters in decoded text, one UTF-16 unit for one, so that every offset into
 * the text stays right. C0 controls other than tab, line feed and carriage return, DEL and the C1
 * controls (U+0080–U+009F) are not allowed in XML 1.0 output (SPARQL XML results, RDF/XML) and mean
 * nothing in news text; they would otherwise pass into titles and quotations.
 *
 * <p>Characters that separate lines or pages (form feed, next line U+0085) become a line feed and the
 * vertical tab a space, which is what the whitespace normalization made of them before; every other
 * control becomes a space.
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /** Whether {@code c} is a control character that must not reach the data. */
    static boolean isReplaced(char c) {
        if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
        return c >= 0x7F && c <= 0x9F;
    }

    /** How many characters of {@code text} {@link #replace} changes. */
    static int count(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isReplaced(text.charAt(i))) n++;
        }
        return n;
    }

    /** {@code text} with each control character replaced by one space or line feed; the same length. */
    static String replace(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isReplaced(c)) continue;
            if (chars == null) chars = text.toCharArray();
            chars[i] = c == '\f' || c == '\u0085' ? '\n' : ' ';
        }
        return chars == null ? text : new String(chars);
    }
}
