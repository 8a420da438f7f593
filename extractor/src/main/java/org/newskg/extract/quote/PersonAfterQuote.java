package org.newskg.extract.quote;

import org.newskg.model.Mention;

/** Sieve 7, "person-after-quote": a person named as a subject just after the quote, in its paragraph. */
final class PersonAfterQuote extends Sieve {
    static final double CONFIDENCE = Confidence.TITLE_OR_CONTEXT;
    /** The person stands at most this far after the marks. */
    private static final int REACH = 22;
    private static final String OBJECT_BEFORE = QuoteRules.chars("person-after-quote-object-before");

    PersonAfterQuote(QuoteContext x) {
        super("person-after-quote", CONFIDENCE, x);
    }

    @Override
    Attribution attribute(QuoteSite site) {
        int q = site.span().close() + 1;
        int limit = Math.min(x.text.paragraphEnd(q), q + REACH);
        for (Mention m : x.persons) {
            if (m.begin() < q) continue;
            if (m.begin() >= limit) break;
            if (x.inQuotes(m.begin())) continue;
            // the person must be a subject: not after 对/向/给/和/与/让
            char prev = m.begin() > x.a ? x.t.charAt(m.begin() - 1) : ' ';
            if (OBJECT_BEFORE.indexOf(prev) >= 0) continue;
            return found(null, Who.at(m, CONFIDENCE));
        }
        return null;
    }
}
