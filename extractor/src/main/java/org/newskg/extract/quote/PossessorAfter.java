package org.newskg.extract.quote;

import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Sieve 5, "possessor-after-quote": the quote is followed by a person's speech noun (“…”某某的话…,
 * “…”总书记的嘱托…), a title standing for the person it was attached to.
 */
final class PossessorAfter extends Sieve {
    /** The person stands at most this far after the marks. */
    private static final int REACH = 2;

    PossessorAfter(QuoteContext x) {
        super("possessor-after-quote", Confidence.NAME_IN_SENTENCE, x);
    }

    @Override
    Attribution attribute(QuoteSite site) {
        Who w = possessor(site.span().close() + 1);
        return w == null ? null : found(null, w);
    }

    private Who possessor(int from) {
        int q = from;
        while (q < x.z && "，,。 ".indexOf(x.t.charAt(q)) >= 0) q++;
        for (Mention m : x.mentions) {
            if (m.begin() < q) continue;
            if (m.begin() > q + REACH) break;
            if (m.type() != EntityType.PERSON) continue;
            String after = SpeakerCoreference.stripTitle(x.t.substring(m.end(), Math.min(x.z, m.end() + 8)));
            if (SpeakerCandidates.speechNounOpens(after)) return Who.at(m, Confidence.NAME_IN_SENTENCE);
        }
        for (String title : QuoteRules.TITLES) {
            if (!x.t.startsWith(title, q)) continue;
            String after = x.t.substring(q + title.length(), Math.min(x.z, q + title.length() + 6));
            if (SpeakerCandidates.speechNounOpens(after)) {
                Mention p = x.coreference.resolveTitle(title, q);
                if (p != null) return new Who(p, null, Confidence.TITLE_OR_CONTEXT, q, q + title.length());
            }
        }
        return null;
    }
}
