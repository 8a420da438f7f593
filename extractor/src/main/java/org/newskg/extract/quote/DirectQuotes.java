package org.newskg.extract.quote;

import java.util.List;

import org.newskg.extract.QuotedSpan;
import org.newskg.model.EventMention;

/**
 * Direct quotes: attributes a top-level quote by trying the sieves in order — the first that fires
 * wins — then links its event, takes the quotes nested in it that a speaker and verb introduce, and
 * lets the text after a quote introduced by a verb continue the speaker's report.
 */
final class DirectQuotes {
    /** Sieve names of the quotes made here besides the sieves': a nested quote and the report after a quote. */
    static final String NESTED = "nested-quote", AFTER_QUOTE = "after-direct-quote";

    /** The sieves, in the order they are tried. */
    final List<Sieve> sieves;
    private final SpeakerNextToCue nextToCue;
    private final QuoteContext x;

    DirectQuotes(QuoteContext x) {
        this.x = x;
        this.nextToCue = new SpeakerNextToCue(x);
        this.sieves = List.of(new SpeakerBeforeCue(x), new SpeakerAfterQuote(x), nextToCue, new ColonIntroduction(x),
                new PossessorAfter(x), new PreviousInParagraph(x), new PreviousParagraph(x), new PersonAfterQuote(x), new DominantPerson(x));
    }

    /** Whether a pair of marks holds a top-level direct quote: speech, or tight after its speaker and verb. */
    boolean opensQuote(QuotedSpan s) {
        return s.depth() == 0 && (s.speechLike() || nextToCue.speakerOf(s) != null);
    }

    /** The first attribution the sieves find for {@code site}, or null. */
    Attribution attribute(QuoteSite site) {
        for (Sieve sieve : sieves) {
            Attribution found = sieve.attribute(site);
            if (found != null) return found;
        }
        return null;
    }

    /** Handles a top-level quote; returns the position to continue scanning from. */
    int take(QuotedSpan s) {
        Attribution at = attribute(QuoteSite.of(s, x));
        if (at != null && at.unnamed()) {
            x.found.add(true, s.begin(), s.end(), at.cue().word(), null, null, null);
            nested(s);
            return s.close() + 1;
        }
        Cue cue = at == null ? null : at.cue();
        Who who = at == null ? null : at.who();
        EventMention ev = cue != null ? x.eventLinker.eventFor(who, cue) : null;
        x.found.add(true, s.begin(), s.end(), cue == null ? null : cue.word(), who, ev, at == null ? null : at.sieve());
        nested(s);
        boolean viaCueBefore = at != null && at.sieve().equals(sieves.get(0).name());
        return viaCueBefore ? reportAfter(s, cue, who, ev) : s.close() + 1;
    }

    /** Text after a quote introduced by a verb, in the same paragraph, continues the speaker's report. */
    private int reportAfter(QuotedSpan s, Cue cue, Who who, EventMention ev) {
        int next = s.close() + 1;
        int k = s.close() + 1;
        while (k < x.z && "。！？!?；;”」』 ".indexOf(x.t.charAt(k)) >= 0) k++;
        k = afterBracket(k);
        char closing = x.t.charAt(s.close() + 1 < x.z ? s.close() + 1 : s.close());
        if (k < x.z && x.t.charAt(k) != '\n' && (sentenceEnded(s) || "。！？!?".indexOf(closing) >= 0)) {
            // a sentence naming the speaker again (；今天某某再…) is the writer's narrative, not more of the report
            if (!x.reports.startsNewAttribution(k) && !x.reports.namesSpeaker(k, x.text.sentenceEnd(k), who.mention())) {
                int e = x.reports.end(k, who.mention());
                if (e > k) {
                    x.found.add(false, k, e, cue.word(), who, ev, AFTER_QUOTE);
                    next = e;
                }
            }
        }
        return next;
    }

    /** After a bracketed aside at {@code k} (a translation or a gloss of the quote) and the punctuation closing it; else {@code k}. */
    private int afterBracket(int k) {
        if (k >= x.z || "（(".indexOf(x.t.charAt(k)) < 0) return k;
        char close = x.t.charAt(k) == '（' ? '）' : ')';
        int pe = x.text.paragraphEnd(k);
        int c = x.t.indexOf(close, k + 1);
        if (c < 0 || c >= pe) return k;
        int n = c + 1;
        while (n < x.z && "。！？!?，,； ".indexOf(x.t.charAt(n)) >= 0) n++;
        return n;
    }

    private boolean sentenceEnded(QuotedSpan s) {
        String inner = x.t.substring(s.begin(), s.end()).strip();
        return !inner.isEmpty() && "。！？!?…".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }

    /** Quotes nested in {@code outer} that a speaker and verb introduce (“…某某说：‘…’…”). */
    private void nested(QuotedSpan outer) {
        for (QuotedSpan s : x.text.quotedSpans()) {
            if (s.parent() != outer) continue;
            Who w = nextToCue.speakerOf(s);
            if (w == null) {
                int p = s.open();
                if (p > x.a && "：:".indexOf(x.t.charAt(p - 1)) >= 0 && s.speechLike()) {
                    Cue c = x.cues.endingAt(p - 1);
                    if (c != null) w = x.speakers.before(c, outer.begin());
                }
            }
            if (w != null && w.mention() != null) {
                Cue c = x.cues.endingAt(s.open());
                x.found.add(true, s.begin(), s.end(), c == null ? null : c.word(), w, null, NESTED);
            }
        }
    }
}
