package org.newskg.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.newskg.model.Mention;

/**
 * A press-conference transcript (问：… 答：…) whose title or opening names the spokesperson
 * (某部发言人某某主持例行记者会): every answer paragraph, and every paragraph after it until the next
 * question, is the spokesperson's direct quotation ("transcript-answer"); the announcements between
 * the title that names the spokesperson and the first question are theirs too ("transcript-opening").
 * Questions are the journalists' and are left out. Takes the paragraphs and person mentions; adds
 * quotations, leaving those found inside an answer (他们表示…) as they are.
 */
final class TranscriptAnswers {
    static final String ANSWER = "transcript-answer", OPENING = "transcript-opening";
    /** The spokesperson is sought in this many paragraphs at the top (title, opening lines). */
    private static final int OPENING_PARAGRAPHS = 3;
    private static final Pattern QUESTION = QuoteRules.pattern("transcript-question");
    private static final Pattern ANSWER_MARK = QuoteRules.pattern("transcript-answer");
    private static final Pattern HOST = QuoteRules.pattern("transcript-host");

    private final QuoteContext x;

    TranscriptAnswers(QuoteContext x) {
        this.x = x;
    }

    void addAll() {
        List<int[]> paras = paragraphs();
        int firstQuestion = -1;
        boolean answers = false;
        for (int i = 0; i < paras.size(); i++) {
            String p = text(paras.get(i));
            if (firstQuestion < 0 && QUESTION.matcher(p).find()) firstQuestion = i;
            if (ANSWER_MARK.matcher(p).find()) answers = true;
        }
        if (firstQuestion < 0 || !answers) return;
        int hostPara = -1;
        Mention host = null;
        for (int i = 0; i < Math.min(OPENING_PARAGRAPHS, firstQuestion) && host == null; i++) {
            host = hostIn(paras.get(i));
            hostPara = i;
        }
        if (host == null) return;
        Who who = Who.carried(host, null, Confidence.NAME_IN_SENTENCE);
        if (hostPara == 0) {
            for (int i = 1; i < firstQuestion; i++) add(paras.get(i), who, OPENING, 0);
        }
        boolean answering = false;
        for (int i = firstQuestion; i < paras.size(); i++) {
            String p = text(paras.get(i));
            if (QUESTION.matcher(p).find()) { answering = false; continue; }
            var m = ANSWER_MARK.matcher(p);
            if (m.find()) {
                answering = true;
                add(paras.get(i), who, ANSWER, m.end());
            } else if (answering) {
                add(paras.get(i), who, ANSWER, 0);
            }
        }
        x.found.sort();
    }

    /** The person named right after 发言人 in paragraph {@code p}, or null. */
    private Mention hostIn(int[] p) {
        for (Mention m : x.persons) {
            if (m.begin() < p[0] || m.end() > p[1]) continue;
            if (HOST.matcher(x.t.substring(p[0], m.begin())).find()) return m;
        }
        return null;
    }

    private void add(int[] p, Who who, String sieve, int skip) {
        int b = p[0] + skip;
        if (x.t.substring(b, p[1]).isBlank()) return;
        x.found.add(true, b, p[1], null, who, null, sieve);
    }

    /** The article's non-blank paragraphs as [begin, end). */
    private List<int[]> paragraphs() {
        List<int[]> out = new ArrayList<>();
        int k = x.a;
        while (k < x.z) {
            int e = x.text.paragraphEnd(k);
            if (!x.t.substring(k, e).isBlank()) out.add(new int[] {k, e});
            k = e + 1;
        }
        return out;
    }

    private String text(int[] p) {
        return x.t.substring(p[0], p[1]);
    }
}
