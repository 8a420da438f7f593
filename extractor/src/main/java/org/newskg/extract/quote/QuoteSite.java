package org.newskg.extract.quote;

import org.newskg.extract.QuotedSpan;

/**
 * A top-level quote as the sieves see it: its marks, and what stands right before its opening mark
 * once spaces and line breaks are skipped ({@code before}): a colon, a comma, or neither;
 * {@code cueEnd} is where a speech verb introducing it would end.
 */
record QuoteSite(QuotedSpan span, int before, boolean colon, boolean comma, int cueEnd) {

    static QuoteSite of(QuotedSpan s, QuoteContext x) {
        int p = s.open();
        while (p > x.a && (x.t.charAt(p - 1) == ' ' || x.t.charAt(p - 1) == '\n')) p--;
        boolean colon = p > x.a && "：:".indexOf(x.t.charAt(p - 1)) >= 0;
        boolean comma = p > x.a && "，,".indexOf(x.t.charAt(p - 1)) >= 0;
        return new QuoteSite(s, p, colon, comma, (colon || comma) ? p - 1 : p);
    }
}
