package org.newskg.text;

import java.util.Objects;

/**
 * A source text and its analysis text. {@link #original()} is the decoded file exactly;
 * {@link #text()} is what recognition runs on: simplified script, markup removed, layout repaired.
 * Every analysis character comes from one original character (possibly changed: converted to
 * simplified, a space normalised, a tag turned into a line break); characters dropped by
 * normalization (joined line breaks, duplicated runs, tags) have no analysis character. So offsets
 * found in the analysis text map back to the original, where the evidence is, with
 * {@link #toOriginal(int)}, {@link #toOriginalEnd(int)} and {@link #originalSlice(int, int)}.
 *
 * <p>The map is a single {@code int[]} of analysis length + 1 (its last entry is the original
 * length), which keeps memory at four bytes per character.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] origin;
    private final boolean markup;

    /**
     * @param origin for each analysis character the index of its original character, strictly
     *               increasing, plus a last entry equal to the original length
     * @param markup whether HTML markup was removed (lets span ends cover a whole tag or entity
     *               that one analysis character stands for)
     */
    NormalizedText(String original, String text, int[] origin, boolean markup) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.markup = markup;
        int n = text.length();
        if (origin.length != n + 1 || origin[n] != original.length()) {
            throw new IllegalArgumentException("origin map does not fit the texts");
        }
        for (int i = 0; i < n; i++) {
            if (origin[i] < (i == 0 ? 0 : origin[i - 1] + 1) || origin[i] >= original.length()) {
                throw new IllegalArgumentException("origin map is not increasing at " + i);
            }
        }
    }

    /** A text used as is: analysis text equals original, offsets map to themselves. */
    public static NormalizedText identity(String text) {
        MappedText m = MappedText.identity(text);
        return new NormalizedText(text, text, m.origin, false);
    }

    /** The decoded source text, unchanged. */
    public String original() {
        return original;
    }

    /** The analysis text: simplified, markup removed, layout repaired. */
    public String text() {
        return text;
    }

    /** Length of the analysis text. */
    public int length() {
        return text.length();
    }

    /**
     * Original offset of analysis offset {@code i} (0 ≤ i ≤ length): the original index of the
     * character at {@code i}, or the original length for {@code i == length}. Use for span begins.
     */
    public int toOriginal(int i) {
        checkOffset(i);
        return origin[i];
    }

    /**
     * Original offset for an exclusive span end {@code end} (0 ≤ end ≤ length): just past the
     * original character(s) of analysis character {@code end - 1}. Characters dropped after it
     * (a joined line break, a tag) are not included.
     */
    public int toOriginalEnd(int end) {
        checkOffset(end);
        if (end == 0) return origin[0];
        int o = origin[end - 1];
        if (markup && text.charAt(end - 1) != original.charAt(o)) {
            return o + MarkupStripper.unitLength(original, o);
        }
        return o + 1;
    }

    /** The original wording of analysis span {@code [begin, end)}, including anything dropped inside it. */
    public String originalSlice(int begin, int end) {
        if (begin > end) throw new IllegalArgumentException("begin " + begin + " > end " + end);
        if (begin == end) {
            checkOffset(begin);
            return "";
        }
        return original.substring(toOriginal(begin), toOriginalEnd(end));
    }

    private void checkOffset(int i) {
        if (i < 0 || i > text.length()) {
            throw new IndexOutOfBoundsException("offset " + i + " outside 0.." + text.length());
        }
    }

    @Override
    public String toString() {
        return "NormalizedText[" + original.length() + " → " + text.length() + " chars]";
    }
}
