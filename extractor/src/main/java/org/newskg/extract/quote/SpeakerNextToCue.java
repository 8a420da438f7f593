package org.newskg.extract.quote;

import java.util.regex.Pattern;

import org.newskg.extract.QuotedSpan;

/**
 * Sieve 3, "speaker-next-to-cue": short quoted words right after a "tight" verb of
 * {@code quote-cues.txt} with its speaker next to it (某某强调‘…’), unless a term noun follows the
 * marks (“…”理念). This test also makes such words speech when they have no punctuation.
 */
final class SpeakerNextToCue extends Sieve {
    /** Length of quoted words this sieve takes. */
    private static final int MIN_LENGTH = 4, MAX_LENGTH = 60;
    /** Words between the speaker and the verb, at most. */
    private static final int MAX_GAP = 6;
    private static final Pattern TERM_NOUN_AFTER = QuoteRules.pattern("term-noun-after");

    SpeakerNextToCue(QuoteContext x) {
        super("speaker-next-to-cue", Confidence.NAME_NEXT_TO_CUE, x);
    }

    @Override
    Attribution attribute(QuoteSite site) {
        Who w = speakerOf(site.span());
        return w == null ? null : found(x.cues.endingAt(site.span().open()), w);
    }

    /** The named speaker of a tight verb right before the marks of {@code s}, or null. */
    Who speakerOf(QuotedSpan s) {
        if (s.term()) return null;
        int len = s.end() - s.begin();
        if (len < MIN_LENGTH || len > MAX_LENGTH) return null;
        String after = x.t.substring(Math.min(x.z, s.close() + 1), Math.min(x.z, s.close() + 3));
        if (TERM_NOUN_AFTER.matcher(after).matches()) return null;
        Cue c = x.cues.endingAt(s.open());
        if (c == null || !c.has("tight")) return null;
        int regionStart = s.parent() != null ? s.parent().begin() : x.text.sentenceStart(c.begin());
        Who w = x.speakers.before(c, regionStart);
        if (w == null || w.mention() == null || w.begin() < 0) return null;
        String gap = x.t.substring(w.end(), c.begin());
        if (gap.length() > MAX_GAP || gap.matches(".*[，。；：].*")) return null;
        return w;
    }
}
