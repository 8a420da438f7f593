package org.newskg.extract.quote;

import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Quotation;

/**
 * Sieve "previous-paragraph": a quote that is a paragraph of its own, right after a paragraph
 * whose last quotation a person spoke, with no other person named after that quotation, is the
 * same speaker going on (某某认为，…。 / “…”). The person must be named in the previous paragraph's
 * quotation; a paragraph of narrative between them, or another person, stops it.
 */
final class PreviousParagraph extends Sieve {
    /** Punctuation and spaces that may stand around the quote in its paragraph. */
    private static final String AROUND = " \u3000。，！？；…";

    PreviousParagraph(QuoteContext x) {
        super("previous-paragraph", Confidence.PRONOUN_OR_PREVIOUS, x);
    }

    @Override
    Attribution attribute(QuoteSite site) {
        int open = site.span().open();
        int ps = x.text.paragraphStart(open);
        if (!only(ps, open) || !only(site.span().close() + 1, x.text.paragraphEnd(open))) return null;
        int prevEnd = ps;
        while (prevEnd > x.a && Character.isWhitespace(x.t.charAt(prevEnd - 1))) prevEnd--;
        if (prevEnd <= x.a) return null;
        int pps = x.text.paragraphStart(prevEnd - 1);
        Quotation last = null;
        for (Quotation q : x.found.all()) if (q.begin() < ps && (last == null || q.begin() > last.begin())) last = q;
        if (last == null || last.begin() < pps || last.speaker() == null || last.speaker().type() != EntityType.PERSON) return null;
        for (Mention m : x.persons) {
            if (m.begin() >= last.end() && m.end() <= prevEnd && !x.inQuotes(m.begin())) return null;
        }
        return found(null, Who.carried(last.speaker(), last.speakerRole(), confidence()));
    }

    /** Whether [b, e) holds only spaces and punctuation. */
    private boolean only(int b, int e) {
        for (int k = b; k < e; k++) if (AROUND.indexOf(x.t.charAt(k)) < 0 && !Character.isWhitespace(x.t.charAt(k))) return false;
        return true;
    }
}
