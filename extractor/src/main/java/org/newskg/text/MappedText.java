package org.newskg.text;

/**
 * A text in the making together with, for each of its characters, the index of the original
 * character it comes from. {@code origin} has one entry more than the text: the last entry is the
 * original length, so that the end of the text maps too. Each normalization step reads one
 * {@code MappedText} and writes the next, carrying origins along, so the final map points straight
 * into the original without composing per-step maps.
 */
final class MappedText {
    final String text;
    final int[] origin;

    MappedText(String text, int[] origin) {
        if (origin.length != text.length() + 1) {
            throw new IllegalArgumentException("origin map has " + origin.length + " entries for "
                    + text.length() + " characters");
        }
        this.text = text;
        this.origin = origin;
    }

    /** A text whose characters are the original's, one to one. */
    static MappedText identity(String text) {
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i < origin.length; i++) origin[i] = i;
        return new MappedText(text, origin);
    }

    /** Builds the next text character by character, each with the original index it comes from. */
    static final class Builder {
        private char[] chars;
        private int[] origin;
        private int length;

        Builder(int capacity) {
            chars = new char[Math.max(16, capacity)];
            origin = new int[Math.max(16, capacity) + 1];
        }

        void append(char c, int originIndex) {
            if (length == chars.length) grow();
            chars[length] = c;
            origin[length] = originIndex;
            length++;
        }

        /** Copies {@code in}'s characters {@code from..to} with their origins. */
        void appendRange(MappedText in, int from, int to) {
            int n = to - from;
            while (length + n > chars.length) grow();
            in.text.getChars(from, to, chars, length);
            System.arraycopy(in.origin, from, origin, length, n);
            length += n;
        }

        /** The finished text; {@code endOrigin} is the original index the text's end maps to. */
        MappedText build(int endOrigin) {
            int[] map = new int[length + 1];
            System.arraycopy(origin, 0, map, 0, length);
            map[length] = endOrigin;
            return new MappedText(new String(chars, 0, length), map);
        }

        private void grow() {
            int cap = chars.length * 2;
            char[] c = new char[cap];
            System.arraycopy(chars, 0, c, 0, length);
            chars = c;
            int[] o = new int[cap + 1];
            System.arraycopy(origin, 0, o, 0, length);
            origin = o;
        }
    }
}
