package org.newskg.extract.quote;

import org.newskg.model.Mention;

/**
 * Sieve 8, "dominant-person": the person the article names most, clearly more than anyone else —
 * unless the words after the quote go on in the first person (“…”我们为…), which makes it the
 * narrator's.
 */
final class DominantPerson extends Sieve {
    static final double CONFIDENCE = Confidence.DOMINANT_PERSON;
    private static final char FIRST_PERSON = QuoteRules.character("first-person");
    private static final String OUR_COUNTRY = QuoteRules.word("our-country");

    DominantPerson(QuoteContext x) {
        super("dominant-person", CONFIDENCE, x);
    }

    @Override
    Attribution attribute(QuoteSite site) {
        if (firstPersonAfter(site.span().close() + 1)) return null;
        Mention d = x.coreference.dominant();
        return d == null ? null : found(null, Who.carried(d, null, CONFIDENCE));
    }

    private boolean firstPersonAfter(int from) {
        int k = from;
        while (k < x.z && "。！？!?，,… ".indexOf(x.t.charAt(k)) >= 0) k++;
        return k < x.z && x.t.charAt(k) == FIRST_PERSON && !x.t.startsWith(OUR_COUNTRY, k);
    }
}
