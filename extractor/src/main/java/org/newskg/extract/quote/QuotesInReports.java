package org.newskg.extract.quote;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extract.QuotedSpan;
import org.newskg.model.Quotation;

/**
 * Words quoted inside an indirect report are most often the reported speaker's own (某某表示，…，
 * 「…」；): a quoted span within a report that has a speaker becomes that speaker's direct quotation
 * ("quoted-in-report") when it is not a term, has at least {@value #MIN_LETTERS} letters and closes
 * a clause (a comma, a full stop or the line's end follows it); words without punctuation of their
 * own must also open their clause (…风险，「…」；), for a name, fund or slogan inside a clause
 * (提及「…」和「…」外, 成立的「…基金」，, 切实「…」) is no quotation. Takes the quotations found so far; adds these.
 */
final class QuotesInReports {
    static final String SIEVE = "quoted-in-report";
    /** Fewer letters than this are taken for a term or a catchword, not a quotation. */
    static final int MIN_LETTERS = 5;
    private static final String CLAUSE_CLOSE = QuoteRules.chars("clause-close");
    private static final String CLAUSE_OPEN = QuoteRules.chars("clause-open");

    private final QuoteContext x;

    QuotesInReports(QuoteContext x) {
        this.x = x;
    }

    void addAll() {
        List<Quotation> reports = new ArrayList<>();
        for (Quotation q : x.found.all()) if (!q.direct() && q.speaker() != null) reports.add(q);
        for (Quotation r : reports) {
            for (QuotedSpan s : x.text.quotedSpans()) {
                if (s.open() < r.begin() || s.close() >= r.end() || s.depth() != 0) continue;
                if (ownWords(s)) {
                    Who who = Who.carried(r.speaker(), r.speakerRole(), r.confidence());
                    x.found.add(true, s.begin(), s.end(), r.cue(), who, r.event(), SIEVE);
                }
            }
        }
        x.found.sort();
    }

    /** Whether the quoted words stand at a sentence's start. */
    private boolean opensSentence(QuotedSpan s) {
        return s.open() <= x.a || "。！？!?\n".indexOf(x.t.charAt(s.open() - 1)) >= 0;
    }

    private boolean ownWords(QuotedSpan s) {
        if (s.term()) return false;
        if (opensSentence(s) && x.reports.citedSaying(s)) return false;
        String words = x.t.substring(s.begin(), s.end());
        if (words.replaceAll("[\\p{P}\\s]", "").length() < MIN_LETTERS) return false;
        boolean sentence = words.matches("(?s).*[，。！？；…,!?;].*");
        if (!sentence && (s.open() <= x.a || CLAUSE_OPEN.indexOf(x.t.charAt(s.open() - 1)) < 0)) return false;
        int after = s.close() + 1;
        return after >= x.z || x.t.charAt(after) == '\n' || CLAUSE_CLOSE.indexOf(x.t.charAt(after)) >= 0;
    }
}
