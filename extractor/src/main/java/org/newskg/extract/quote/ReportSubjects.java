package org.newskg.extract.quote;

import java.util.regex.Pattern;

import org.newskg.model.Mention;

/**
 * Report subjects: the clause before a speech verb that ends with ，or ：(某某5月1日表示，, 声明称，),
 * whether or not a speaker can be found in it, and whether it is someone unnamed (某方面称，) — which
 * stops a speaker being guessed across it.
 */
final class ReportSubjects {
    private static final Pattern DOCUMENT_SUBJECT = QuoteRules.pattern("document-subject");
    private static final Pattern SIDE_ENDING = QuoteRules.pattern("side-ending");
    private static final char FIRST_PERSON = QuoteRules.character("first-person");

    private final QuoteContext x;

    ReportSubjects(QuoteContext x) {
        this.x = x;
    }

    /**
     * The subject clause of a cue that ends its clause with ，or ：, as {begin, end}; null when the
     * cue does not open a report, or when its subject is missing or first person (我们认为， goes on
     * with the speech).
     */
    int[] of(Cue c, int from) {
        if (c.end() >= x.z || "，：,:".indexOf(x.t.charAt(c.end())) < 0 || !x.cues.valid(c, true)) return null;
        int b = x.text.clauseStartAfterColon(from, c.begin());
        String subject = x.t.substring(b, c.begin()).strip();
        if (subject.isEmpty() || subject.charAt(0) == FIRST_PERSON || !subject.matches(".*\\p{IsHan}.*")) return null;
        return new int[] {b, c.begin()};
    }

    /** The subject of the first cue in [from, to) that opens a report, or null. */
    int[] firstIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (x.inQuotes(i)) continue;
            Cue c = x.cues.at(i);
            if (c == null) continue;
            int[] subj = c.end() < to ? of(c, x.text.sentenceStart(i)) : null;
            if (subj != null) return subj;
            i = c.end() - 1;
        }
        return null;
    }

    /** Whether some cue in [from, to) opens a report whose subject names no one the text lets us resolve. */
    boolean unnamedReportIn(int from, int to) {
        int i = from;
        while (i < to) {
            int[] subj = firstIn(i, to);
            if (subj == null) return false;
            if (unnamed(subj)) return true;
            i = subj[1] + 1;
        }
        return false;
    }

    /**
     * Whether a report's subject is someone unnamed: no mention, pronoun, title, collective, side
     * or document in it, and not a subject-less clause (还表示).
     */
    boolean unnamed(int[] subj) {
        for (Mention m : x.mentions) if (m.begin() >= subj[0] && m.end() <= subj[1]) return false;
        String words = x.t.substring(subj[0], subj[1]).strip();
        if (SIDE_ENDING.matcher(words).matches() || DOCUMENT_SUBJECT.matcher(words).matches()) return false;
        if (x.candidates.lastPronounIn(subj[0], subj[1]) >= 0 || x.speakers.zeroSubject(subj[0], subj[1])) return false;
        if (x.candidates.lastTitleIn(subj[0], subj[1]) != null || x.candidates.lastCollectiveIn(subj[0], subj[1]) != null) return false;
        for (String r : QuoteRules.ROLE_WORDS) if (words.contains(r)) return false;
        return true;
    }
}
