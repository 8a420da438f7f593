package org.newskg.rdf;

import org.newskg.text.NormalizedText;

/**
 * The script an article is written in, as a BCP 47 tag for the literals that keep its wording:
 * {@code zh-Hant} when the traditional→simplified conversion changed a noticeable share of its Han
 * characters, else {@code zh-Hans}. Decided once per article, so every literal of a traditional
 * article carries the same tag, even a short one whose characters happen to be the same in both
 * scripts; a simplified article that cites one traditional name stays {@code zh-Hans}.
 */
final class SourceScript {
    static final String SIMPLIFIED = "zh-Hans";
    static final String TRADITIONAL = "zh-Hant";
    /** One converted character in this many Han characters makes a text traditional. */
    private static final int SHARE = 20;

    private SourceScript() {
    }

    /** The tag of the analysis span [begin, end) of {@code text}, judged on its original characters. */
    static String of(NormalizedText text, int begin, int end) {
        String analysis = text.text();
        String original = text.original();
        int han = 0;
        int converted = 0;
        for (int i = begin; i < end; i++) {
            char c = analysis.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) continue;
            han++;
            if (original.charAt(text.toOriginal(i)) != c) converted++;
        }
        return han > 0 && converted * SHARE >= han ? TRADITIONAL : SIMPLIFIED;
    }
}
