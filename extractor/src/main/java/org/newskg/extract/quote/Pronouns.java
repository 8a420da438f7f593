package org.newskg.extract.quote;

import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Quotation;

/**
 * Who 他/她 stands for: the person named as the subject of a report in the pronoun's own sentence
 * (某某表示，他…), else the last speaker or the last person named, whichever is nearer — with the
 * answer to a question going to the one asked (问某某：“…？”她说). No guess when someone the
 * mention stage could not name spoke since.
 */
final class Pronouns {
    /** A question put to someone ends at most this far before the quote of the answer. */
    private static final int ASKED_REACH = 4;

    private final QuoteContext x;

    Pronouns(QuoteContext x) {
        this.x = x;
    }

    /** The person a pronoun at {@code pos} stands for, or null. */
    Mention resolve(int pos) {
        int ss = x.text.sentenceStart(pos);
        int[] subj = x.subjects.firstIn(ss, pos);
        if (subj != null) {
            Mention named = null;
            for (Mention m : x.persons) {
                if (m.begin() >= subj[0] && m.end() <= subj[1] && !x.inQuotes(m.begin())) named = m;
            }
            if (named != null) return named;
            if (x.subjects.unnamed(subj)) return null;
        }
        Quotation q = x.coreference.lastQuoteBefore(pos);
        boolean fromQuote = q != null && q.speaker() != null && q.speaker().type() == EntityType.PERSON;
        Mention last = lastPersonBefore(pos);
        Mention found;
        int anchor;
        if (!fromQuote) {
            found = last;
            anchor = last == null ? -1 : x.text.sentenceStart(last.begin());
        } else if (last != null && last.begin() > q.begin() && !last.text().equals(q.speaker().text())) {
            found = last;
            anchor = x.text.sentenceStart(last.begin());
        } else if (last != null && q.cue() != null && QuoteRules.CUE_RULES.get(q.cue()).has("ask")
                && last.end() <= q.begin() && q.begin() - last.end() <= ASKED_REACH
                && !x.coreference.personKey(last).equals(x.coreference.personKey(q.speaker()))) {
            found = last;   // a question put to someone (问某某：“…？”) is answered by the one asked
            anchor = q.begin();
        } else {
            found = q.speaker();
            anchor = q.begin();
        }
        // someone the mention stage could not name spoke since (某某周日表示，…。他说，…): no guess
        if (found != null && anchor >= 0 && x.subjects.unnamedReportIn(anchor, ss)) return null;
        return found;
    }

    /** The last person named before {@code pos} outside quoted words and quotations. */
    private Mention lastPersonBefore(int pos) {
        Mention last = null;
        for (Mention m : x.persons) {
            if (m.end() > pos) break;
            if (x.inQuotes(m.begin()) || x.found.taken(m.begin())) continue;
            last = m;
        }
        return last;
    }
}
