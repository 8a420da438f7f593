package org.newskg.annotate;

/**
 * A word from the segmenter: its text, part-of-speech tag (HanLP's tag set: nr person name, nrf
 * transliterated name, ns place, nt organization, nnt title, v verb, w punctuation…) and its span in
 * the analysis text, end exclusive.
 */
public record Token(String text, String tag, int begin, int end) {
    public boolean tagStartsWith(String prefix) {
        return tag.startsWith(prefix);
    }
}
