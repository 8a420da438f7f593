package org.newskg.model;

/**
 * What the event finder asks of the segmenter, in analysis-text offsets: where words start, which
 * characters lie inside nouns, and where verbs end. A name scanned leftwards stops at a function
 * character (同, 以) unless it is inside a noun (同志, 以色列), and at a verb (确保, 介绍) that is not
 * part of a name the recognizers found. It lives in the model because annotate implements it and
 * extract reads it, and neither should depend on the other.
 */
public interface Segmentation {
    /** No segmenter: no noun and no verb is known. */
    Segmentation NONE = new Segmentation() {
        @Override
        public boolean insideNoun(int pos) {
            return false;
        }

        @Override
        public int verbEndingAt(int pos) {
            return -1;
        }

        @Override
        public boolean wordStartsAt(int pos) {
            return true;
        }
    };

    /**
     * Whether the character at {@code pos} belongs to a common noun of two characters or more, or
     * lies past the first character of a place or organization name (a tagger that glues 同 to
     * 新加坡 is wrong).
     */
    boolean insideNoun(int pos);

    /** The start of the verb of two characters or more that ends right before {@code pos}, or -1. */
    int verbEndingAt(int pos);

    /** Whether a word starts at {@code pos}: 正式 is no word of its own in 非正式. */
    boolean wordStartsAt(int pos);
}
