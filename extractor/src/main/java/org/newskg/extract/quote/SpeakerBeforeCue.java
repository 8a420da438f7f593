package org.newskg.extract.quote;

/**
 * Sieve 1, "speaker-before-cue": a speech verb ends right before the marks, or before a colon or
 * comma before them (某某举例道：“…”, …某某说，“…”), and its clause names a speaker. When the verb's
 * subject is someone no mention names (《某报》则指，“…”), the quote is kept without a speaker and no
 * later sieve guesses one.
 */
final class SpeakerBeforeCue extends Sieve {

    SpeakerBeforeCue(QuoteContext x) {
        super("speaker-before-cue", Confidence.NAME_NEXT_TO_CUE, x);
    }

    @Override
    Attribution attribute(QuoteSite site) {
        Cue c = x.cues.endingAt(site.cueEnd());
        if (c == null && site.colon()) c = x.cues.near(site.cueEnd(), ReportBoundaries.NEAR_CUE_REACH);
        int open = site.span().open();
        if (c == null || !x.cues.valid(c, true)
                || !(site.colon() || site.comma() || site.cueEnd() == open || site.before() == open)) return null;
        int clause = x.text.sentenceStart(c.begin());
        Who w = x.speakers.before(c, clause);
        if (w != null) return found(c, w);
        if (x.speakers.documentSubject(c, clause)) return Attribution.unnamed(c);   // a document whose author the text does not give
        if (site.colon() || site.comma()) {
            int[] subj = x.subjects.of(c, clause);
            if (subj != null && x.subjects.unnamed(subj)
                    && !x.candidates.anyoneNamedIn(x.text.sentenceStartOverQuotes(c.begin()), c.begin())) {
                return Attribution.unnamed(c);
            }
        }
        return null;
    }
}
