package org.newskg.extract.quote;

import org.newskg.model.EntityType;
import org.newskg.model.Quotation;

/** Sieve 6, "previous-in-paragraph": the person who spoke the last quote of the same paragraph. */
final class PreviousInParagraph extends Sieve {
    static final double CONFIDENCE = Confidence.PRONOUN_OR_PREVIOUS;

    PreviousInParagraph(QuoteContext x) {
        super("previous-in-paragraph", CONFIDENCE, x);
    }

    @Override
    Attribution attribute(QuoteSite site) {
        int pos = site.span().open();
        int ps = x.text.paragraphStart(pos);
        for (int k = x.found.all().size() - 1; k >= 0; k--) {
            Quotation qq = x.found.all().get(k);
            if (qq.end() <= ps) break;
            if (qq.begin() >= pos) continue;
            if (qq.speaker() != null && qq.speaker().type() == EntityType.PERSON) {
                return found(null, Who.carried(qq.speaker(), qq.speakerRole(), CONFIDENCE));
            }
        }
        return null;
    }
}
