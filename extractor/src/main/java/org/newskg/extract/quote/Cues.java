package org.newskg.extract.quote;

import java.util.regex.Pattern;

import org.newskg.extract.ArticleText;
import org.newskg.lexicon.WordsByFirstChar;

/**
 * Cue matching: finds the speech verbs of {@code quote-cues.txt} in an article (longest first) and
 * tells whether an occurrence is a cue where it stands, by its row's constraints.
 */
final class Cues {
    /** Characters after which no verb reports its subject's speech (据说, 被称). */
    private static final String NEVER_AFTER = QuoteRules.chars("cue-never-after");
    /** What may stand between a near cue and its colon: a few Han characters (告诉大家：). */
    private static final Pattern NEAR_GAP = Pattern.compile("[\\p{IsHan}]{1,6}");
    /** The cues by first character, so that a position tries only the cues that can start there. */
    private static final WordsByFirstChar CUES_BY_FIRST = new WordsByFirstChar(QuoteRules.CUES);

    private final String t;
    private final int a, z;

    Cues(ArticleText text) {
        this.t = text.text();
        this.a = text.begin();
        this.z = text.end();
    }

    /** The longest cue starting at {@code i}, or null. */
    Cue at(int i) {
        for (String w : CUES_BY_FIRST.at(t, i)) { // QuoteRules.CUES' order, longest first
            if (t.startsWith(w, i) && i + w.length() <= z) return new Cue(i, i + w.length(), w);
        }
        return null;
    }

    /** The longest cue ending at {@code p} (致辞表示 over 表示), or null. */
    Cue endingAt(int p) {
        for (String w : QuoteRules.CUES) {
            int b = p - w.length();
            if (b >= a && t.startsWith(w, b)) return new Cue(b, p, w);
        }
        return null;
    }

    /** A near cue ending within {@code max} characters before {@code p} (告诉大家：, 答得详细：), or null. */
    Cue near(int p, int max) {
        for (int e = p - 1; e >= Math.max(a, p - max); e--) {
            char ch = t.charAt(e);
            if ("，。；！？\n”」』".indexOf(ch) >= 0) return null;
            Cue c = endingAt(e);
            if (c != null && c.has("near") && NEAR_GAP.matcher(t.substring(e, p)).matches()) return c;
        }
        return null;
    }

    /** Whether {@code c} is a cue where it stands; {@code direct}: it introduces a direct quote. */
    boolean valid(Cue c, boolean direct) {
        char prev = c.begin() > a ? t.charAt(c.begin() - 1) : ' ';
        char next = c.end() < z ? t.charAt(c.end()) : ' ';
        String next2 = t.substring(c.end(), Math.min(z, c.end() + 2));
        if (NEVER_AFTER.indexOf(prev) >= 0) return false;
        return c.rule().accepts(prev, next, next2, direct);
    }
}
