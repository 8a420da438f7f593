package org.newskg.extract.quote;

import org.newskg.text.TextChars;

/**
 * Sieve 2, "speaker-after-quote": a speaker and speech verb in the sentence after the marks
 * (“…”某某说。), or on the next line when that line is one short sentence (a narrow column broke
 * it). A verb followed by a colon introduces the next quote instead, and stops the search.
 */
final class SpeakerAfterQuote extends Sieve {
    /** How far after the marks the verb is sought. */
    private static final int REACH = 45;
    /** Length of a line after the quote that may hold its attribution. */
    private static final int LINE_MIN = 3, LINE_MAX = 45;
    private static final char POSSESSIVE = '的';

    SpeakerAfterQuote(QuoteContext x) {
        super("speaker-after-quote", Confidence.NAME_NEXT_TO_CUE, x);
    }

    @Override
    Attribution attribute(QuoteSite site) {
        int q = attributionLineAfter(site.span().close() + 1);
        while (q < x.z && "，, ".indexOf(x.t.charAt(q)) >= 0) q++;
        int limit = Math.min(x.z, q + REACH);
        for (int k = q; k < limit; k++) {
            char ch = x.t.charAt(k);
            if ("。！？!?\n".indexOf(ch) >= 0 || TextChars.isOpenQuote(ch)) break;
            Cue c = x.cues.at(k);
            if (c == null) continue;
            if (!x.cues.valid(c, true)) { k = c.end() - 1; continue; }
            int after = c.end();
            while (after < x.z && x.t.charAt(after) == ' ') after++;
            if (after < x.z && "：:".indexOf(x.t.charAt(after)) >= 0) return null;
            Who w = x.speakers.before(c, q);
            if (w != null && w.begin() >= q && x.t.substring(w.end(), c.begin()).indexOf(POSSESSIVE) >= 0) w = null;
            if (w != null && (w.mention() != null || w.role() != null) && w.begin() >= q) return found(c, w);
            k = c.end() - 1;
        }
        return null;
    }

    /**
     * Where the attribution after a quote may start: right after the marks, or on the next line
     * when a line break follows them and that line is one short sentence (“…”|某某说。).
     */
    private int attributionLineAfter(int from) {
        int k = from;
        while (k < x.z && (x.t.charAt(k) == '\n' || x.t.charAt(k) == ' ')) k++;
        if (k == from || x.t.substring(from, k).indexOf('\n') < 0) return from;
        int lineEnd = x.t.indexOf('\n', k);
        if (lineEnd < 0 || lineEnd > x.z) lineEnd = x.z;
        String line = x.t.substring(k, lineEnd).strip();
        boolean oneShortSentence = line.length() <= LINE_MAX && line.length() >= LINE_MIN
                && "。！？!?".indexOf(line.charAt(line.length() - 1)) >= 0
                && line.substring(0, line.length() - 1).chars().noneMatch(c -> "。！？!?“「『".indexOf(c) >= 0);
        return oneShortSentence ? k : from;
    }
}
