package org.newskg.text;

/**
 * Character classes used by layout repair and article splitting: Han characters, Chinese
 * (full-width) punctuation, and the marks that end a sentence or an introductory clause. Plain
 * range checks, because they run on every character of large corpora. The public part (the script
 * test and the quotation marks) is what the extraction stages share.
 */
public final class TextChars {
    private TextChars() {
    }

    /** A CJK ideograph (unified, extension A, compatibility) or a surrogate of one beyond the BMP. */
    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007 || Character.isSurrogate(c);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Chinese punctuation and symbols: CJK symbols and punctuation, full-width forms other than
     * letters and digits, general punctuation (quotes, dashes, ellipsis) and the middle dot.
     */
    static boolean isCjkPunctuation(char c) {
        if (c >= 0x3000 && c <= 0x303F) return c != 0x3007;
        if (c >= 0xFF01 && c <= 0xFF65) {
            return !(c >= 0xFF10 && c <= 0xFF19) && !(c >= 0xFF21 && c <= 0xFF3A)
                    && !(c >= 0xFF41 && c <= 0xFF5A);
        }
        return (c >= 0x2010 && c <= 0x2027) || c == 0x00B7 || (c >= 0xFE30 && c <= 0xFE4F);
    }

    /** Marks that end a sentence. */
    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';'
                || c == '…' || c == '．';
    }

    /** Closing quotes and brackets, which may follow the mark that ends a sentence. */
    static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》'
                || c == '〉' || c == '】' || c == '"' || c == '\'';
    }

    /** Opening quotes and brackets. */
    static boolean isOpener(char c) {
        return c == '“' || c == '‘' || c == '「' || c == '『' || c == '（' || c == '(' || c == '《'
                || c == '〈' || c == '【';
    }

    /**
     * Whether {@code s[begin..end)} (trimmed) ends a sentence or an introduction: a sentence mark,
     * a colon, or closing quotes/brackets right after such a mark (。” ！」 。）).
     */
    static boolean endsSentence(CharSequence s, int begin, int end) {
        int i = end - 1;
        while (i >= begin && isCloser(s.charAt(i))) i--;
        if (i < begin) return false;
        char c = s.charAt(i);
        return isSentenceEnd(c) || c == '：' || c == ':';
    }

    /** Whether the trimmed span ends with a closing quote or bracket (without a sentence mark before). */
    static boolean endsWithCloser(CharSequence s, int begin, int end) {
        return end > begin && isCloser(s.charAt(end - 1));
    }

    /**
     * A character of the Han script by Unicode's script property: wider than {@link #isHan} (radicals,
     * 々, Suzhou numerals) but false for surrogates. The extraction stages use this one.
     */
    public static boolean isHanScript(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * A mark that ends a clause (，。；：！？ or a line break) but not an item of an enumeration (、):
     * how far a rule looks for the subject, body or list it needs before giving up.
     */
    public static boolean isClauseEnd(char c) {
        return c == '，' || c == '。' || c == '；' || c == '：' || c == '！' || c == '？' || c == '\n';
    }

    /** An opening quotation mark: “ 「 『 ‘ (not brackets or straight quotes). */
    public static boolean isOpenQuote(char c) {
        return c == '“' || c == '「' || c == '『' || c == '‘';
    }

    /** A closing quotation mark: ” 」 』 ’. */
    public static boolean isCloseQuote(char c) {
        return c == '”' || c == '」' || c == '』' || c == '’';
    }

    /** The closing mark that pairs with an opening one, or 0. */
    public static char closeQuoteFor(char open) {
        return switch (open) {
            case '“' -> '”';
            case '「' -> '」';
            case '『' -> '』';
            case '‘' -> '’';
            default -> 0;
        };
    }

    /** The opening mark that pairs with a closing one, or 0. */
    public static char openQuoteFor(char close) {
        return switch (close) {
            case '”' -> '“';
            case '」' -> '「';
            case '』' -> '『';
            case '’' -> '‘';
            default -> 0;
        };
    }
}
