package org.newskg.extract.quote;

import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Sieve 4, "colon-introduction": a colon introduces the quote without a speech verb
 * (某某十分欣慰：“…”, 某某的回信：“…”): a person (or organization) followed by a speech noun wins, else
 * the last person of the sentence, else a bare title, else a pronoun.
 */
final class ColonIntroduction extends Sieve {
    /** Characters read after a mention for a speech noun. */
    private static final int NOUN_WINDOW = 6;

    ColonIntroduction(QuoteContext x) {
        super("colon-introduction", Confidence.NAME_IN_SENTENCE, x);
    }

    @Override
    Attribution attribute(QuoteSite site) {
        if (!site.colon()) return null;
        Who w = speaker(site.cueEnd());
        return w == null ? null : found(null, w);
    }

    private Who speaker(int colonPos) {
        int rs = x.text.sentenceStart(colonPos);
        Who best = null;
        for (Mention m : x.mentions) {
            if (m.begin() < rs) continue;
            if (m.end() > colonPos) break;
            if (x.inQuotes(m.begin())) continue;
            if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) continue;
            if (m.type() == EntityType.ORGANIZATION && x.candidates.inObjectPhrase(m, rs)) continue;
            String after = SpeakerCoreference.stripTitle(x.t.substring(m.end(), Math.min(colonPos, m.end() + NOUN_WINDOW)));
            if (SpeakerCandidates.speechNounOpens(after)) return Who.at(m, Confidence.NAME_IN_SENTENCE);
            if (m.type() == EntityType.PERSON) best = Who.at(m, Confidence.NAME_IN_SENTENCE);
        }
        if (best != null) return best;
        int[] tt = x.candidates.lastTitleIn(rs, colonPos);
        if (tt != null) {
            Mention p = x.coreference.resolveTitle(x.t.substring(tt[0], tt[1]), tt[0]);
            if (p != null) return new Who(p, null, Confidence.TITLE_OR_CONTEXT, tt[0], tt[1]);
        }
        int pr = x.candidates.lastPronounIn(rs, colonPos);
        return pr >= 0 ? x.coreference.pronounWho(pr) : null;
    }
}
