package org.newskg.extract.event;

import org.newskg.text.TextChars;

/** What the name scanner counts as a character of a name, and how it cleans a name's text. */
final class NameChars {
    private NameChars() {
    }

    /** Han, letters, digits and the joining marks of names (· • - + ). */
    static boolean isNameChar(char c) {
        return TextChars.isHanScript(c) || Character.isLetterOrDigit(c) || c == '·' || c == '•' || c == '-' || c == '－' || c == '+';
    }

    /** Digits and the characters of counts (三, 百, 多, 几). */
    static boolean isDigitLike(char c) {
        return Character.isDigit(c) || COUNT_CHARS.indexOf(c) >= 0;
    }

    /** The text without whitespace. */
    static String clean(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    private static final String COUNT_CHARS = EventWords.chars("count-chars");
}
