package org.newskg.extract.quote;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.extract.QuotedSpan;
import org.newskg.model.EntityType;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.Quotation;
import org.newskg.text.TextChars;

/**
 * Indirect quotes (reports): a "report" verb of {@code quote-cues.txt} followed by ，or ：, with a
 * speaker before it in its clause, starts a report that runs as {@link ReportBoundaries} says; a
 * "bare" verb may take its clause without a comma when the speaker is next to it or heads the
 * sentence; {@code 提出/分享四点建议，} introduces counted points, and following paragraphs that open
 * an enumeration ({@code enum-start}) become reports of the same speaker.
 */
final class IndirectQuotes {
    /** Names recorded on the reports made here, like the direct quotes' sieves. */
    static final String REPORTED = "reported-speech", IN_VIEW = "in-view-of", ENUMERATED = "enumerated-point";
    /** Characters after the verb read for what it takes. */
    private static final int REST = 16;
    /** 在 stands at most this far before 看来. */
    private static final int VIEW_REACH = 12;
    /** A bare verb's speaker ends at most this far before it, or starts this near the sentence's start. */
    private static final int BARE_GAP = 4, BARE_HEAD = 2;
    /** Characters read for an enumeration at a paragraph's start. */
    private static final int ENUM_WINDOW = 6;
    private static final Pattern COUNTED_INTRO = QuoteRules.pattern("counted-intro");
    private static final Pattern BARE_ATTITUDE = QuoteRules.pattern("bare-attitude");
    private static final Pattern BARE_NOT_REPORT = QuoteRules.pattern("bare-not-report");
    private static final Pattern BARE_NOT_OPINION = QuoteRules.pattern("bare-not-opinion");
    private static final Pattern OCCASION_BEFORE = QuoteRules.pattern("occasion-before");
    private static final Pattern OCCASION_GAP = QuoteRules.pattern("occasion-gap");
    private static final Pattern ENUM_START = QuoteRules.pattern("enum-start");
    private static final Pattern VIEW_SUBJECT = QuoteRules.pattern("view-subject");
    private static final Pattern DOCUMENT_ENDING = QuoteRules.pattern("document-ending");
    private static final Pattern NOT_PROPOSER = QuoteRules.pattern("not-proposer");
    /** The numerals of a point count, one to ten, as in {@code counted-intro}. */
    private static final String POINT_NUMERALS = QuoteRules.chars("point-numerals");
    /** 两, two, as a count. */
    private static final char TWO = QuoteRules.character("two");
    /** More points than this are not read as paragraphs. */
    private static final int MAX_POINTS = 10;
    /** The listener of 告诉 and the comma after it (告诉记者，). */
    private static final Pattern ADDRESSEE = Pattern.compile("^[^，。：；\\n]{1,8}?[，：,:]");
    private static final String COORDINATE_ADVERBS = QuoteRules.chars("coordinate-adverbs");
    private static final char VIEW_OF = QuoteRules.character("view-of");

    private final QuoteContext x;

    IndirectQuotes(QuoteContext x) {
        this.x = x;
    }

    /** Whether a report would start at cue {@code c}. */
    boolean opensAt(Cue c) {
        return run(c, true) >= 0;
    }

    /** Makes the report(s) cue {@code c} starts; returns the position after them, or -1 when it starts none. */
    int take(Cue c) {
        return run(c, false);
    }

    private int run(Cue c, boolean dryRun) {
        if (!c.has("report") || !x.cues.valid(c, false)) return -1;
        int k = c.end();
        String rest = x.t.substring(k, Math.min(x.z, k + REST));
        Who continued = continuing(c);
        int start = continued != null && !rest.isEmpty() && TextChars.isHanScript(rest.charAt(0)) && !notReport(c, rest)
                ? k : reportStart(c, rest);
        if (start < 0) return -1;
        boolean bare = start == k;
        while (start < x.z && (x.t.charAt(start) == ' ' || x.t.charAt(start) == '\n') && start == k + 1) start++;
        // 他提出了两点建议：⏎…⏎…: the counted points are the paragraphs that follow
        boolean pointsFollow = c.has("counted") && (start >= x.z || x.t.charAt(start) == '\n');
        if (!pointsFollow && (start >= x.z || x.t.charAt(start) == '\n')) return -1;
        QuotedSpan s = x.text.quoteOpeningAt(start);
        if (s != null && x.direct.opensQuote(s)) return -1;   // a direct quote follows: handled as direct
        if (c.has("in-view")) return inView(c, start, dryRun);
        if (viewAsSubject(c)) return -1;
        Who w = continued != null ? continued : x.speakers.before(c, x.text.sentenceStart(c.begin()));
        if (w == null) return -1;
        if (bare && continued == null && !bareSpeakerFits(c, w)) return -1;
        if (c.has("proposes") && continued == null && !proposerFits(c, w)) return -1;
        if (w.mention() == null && w.role() == null) return -1;
        if (dryRun) return start;
        if (pointsFollow) return countedPoints(c, w, start, pointCount(rest));
        int e = x.reports.end(start, w.mention());
        e = x.reports.concessiveEnd(c, start, e);
        if (documentSubject(c) && (w.mention() == null || w.mention().type() != EntityType.PERSON)) {
            e = Math.min(e, x.reports.trimEnd(start, x.text.sentenceEnd(start)));
        }
        if (e <= start) return -1;
        EventMention ev = x.eventLinker.eventFor(w, c);
        x.found.add(false, start, e, c.word(), w, ev, REPORTED);
        int pe = x.text.paragraphEnd(start);
        return e >= pe || c.has("counted") ? enumeratedPoints(c, w, ev, pe, e) : e;
    }

    /**
     * 某某表示，…，称…: a verb right after a comma (over 又) whose sentence holds a quote of one
     * speaker ending at that comma continues that speaker; null otherwise.
     */
    private Who continuing(Cue c) {
        int p = c.begin();
        while (p > x.a && COORDINATE_ADVERBS.indexOf(x.t.charAt(p - 1)) >= 0) p--;
        if (p <= x.a || x.t.charAt(p - 1) != '，' || x.inQuotes(p - 1)) return null;
        if (!x.reports.restatesAfter(p - 1, Math.min(x.z, c.end() + 1))) return null;
        Quotation q = x.coreference.lastQuoteBefore(c.begin());
        if (q == null || q.speaker() == null || q.begin() < x.text.sentenceStartOverQuotes(c.begin())) return null;
        String between = x.t.substring(Math.min(q.end(), p - 1), p - 1);
        if (!between.matches("[”」』’\\s]*")) return null;
        return Who.carried(q.speaker(), q.speakerRole(), Confidence.PRONOUN_OR_PREVIOUS);
    }

    /** 有观点认为, 一些分析称: a view, not a person, says it; whose it is the text does not tell. */
    private boolean viewAsSubject(Cue c) {
        int cs = x.text.clauseStart(x.text.sentenceStart(c.begin()), c.begin());
        return VIEW_SUBJECT.matcher(x.t.substring(cs, c.begin())).find();
    }

    /** Where the report of cue {@code c} starts, {@code c.end()} for a bare verb; -1 when it starts none. */
    private int reportStart(Cue c, String rest) {
        int k = c.end();
        if (c.has("counted")) {
            Matcher m = COUNTED_INTRO.matcher(rest);
            if (m.find()) return k + m.end();
        }
        if (c.has("addressee")) {
            Matcher m = ADDRESSEE.matcher(rest);
            return m.find() ? k + m.end() : -1;
        }
        if (!rest.isEmpty() && "，：,:".indexOf(rest.charAt(0)) >= 0) return k + 1;
        if (takesBareClause(c) && !rest.isEmpty() && TextChars.isHanScript(rest.charAt(0)) && !notReport(c, rest)) {
            if (c.has("attitude") && BARE_ATTITUDE.matcher(rest).find()) return -1;   // 表示感谢: an attitude, not speech
            return k;
        }
        return -1;
    }

    /** A bare verb, or a verb right after its speech occasion (致辞时提及…, 讲话时，表示…). */
    private boolean takesBareClause(Cue c) {
        if (c.has("bare")) return true;
        return c.has("occasion") && afterOccasion(c);
    }

    private boolean afterOccasion(Cue c) {
        int from = Math.max(x.text.sentenceStart(c.begin()), c.begin() - BARE_HEAD - 4);
        return OCCASION_BEFORE.matcher(x.t.substring(from, c.begin())).find();
    }

    /** Whether what follows a bare verb is no reported clause (说了, 认为是); an opinion may open with 这. */
    private static boolean notReport(Cue c, String rest) {
        return (c.has("opinion") ? BARE_NOT_OPINION : BARE_NOT_REPORT).matcher(rest).matches();
    }

    /**
     * Whether a speaker stands right before cue {@code c} in the sentence from {@code from}
     * (某某则相信“…”, 她笑称…), whatever follows the verb: such a sentence starts its own statement.
     */
    boolean speakerNextTo(Cue c, int from) {
        return speakerRightBefore(c, from) != null;
    }

    /** The speaker standing right before cue {@code c} (see {@link #speakerNextTo}), or null. */
    Mention speakerRightBefore(Cue c, int from) {
        if (!c.has("report") || !x.cues.valid(c, true)) return null;
        Who w = x.speakers.before(c, from);
        return w != null && w.mention() != null && adjacent(c, w) ? w.mention() : null;
    }

    private boolean adjacent(Cue c, Who w) {
        return w.begin() >= 0 && c.begin() - w.end() <= BARE_GAP && c.begin() >= w.end()
                && !x.t.substring(w.end(), c.begin()).matches(".*[，。；].*");
    }

    /**
     * A bare verb's speaker must be next to it, or head the sentence before a comma, or stand before
     * the speech occasion that leads to the verb (某某致辞时，表示…; 某某出席典礼，致辞时提及…).
     */
    private boolean bareSpeakerFits(Cue c, Who w) {
        boolean adjacent = adjacent(c, w);
        // a name heading a dateline (某台消息：…) heads no sentence of the report
        boolean heads = w.begin() >= 0 && w.begin() - x.text.sentenceStart(c.begin()) <= BARE_HEAD && x.t.charAt(c.begin() - 1) == '，'
                && c.begin() > w.end() && x.t.substring(w.end(), c.begin()).matches("[^：:]*");
        boolean occasion = w.begin() >= 0 && c.begin() >= w.end() && OCCASION_GAP.matcher(x.t.substring(w.end(), c.begin())).matches();
        return adjacent || heads || occasion || nextAct(c, w);
    }

    /**
     * 某某表示，…。又形容…，建议…: in a sentence that goes on with the previous speaker's next act
     * (no subject of its own), a verb right after a comma takes its clause, for that speaker.
     */
    private boolean nextAct(Cue c, Who w) {
        int ss = x.text.sentenceStart(c.begin());
        if (w.begin() >= 0 || x.t.charAt(c.begin() - 1) != '，') return false;
        if (!ReportBoundaries.SUBJECT_ACT.matcher(x.t.substring(ss, Math.min(x.z, ss + 4))).find()) return false;
        Quotation q = x.coreference.lastQuoteBefore(ss);
        return q != null && q.speaker() != null && q.speaker().equals(w.mention()) && x.t.substring(q.end(), ss).matches("[。！？!?”」』\\s]*");
    }

    /** 在某某看来，…: the last person or organization between 在 and 看来 speaks. */
    private int inView(Cue c, int start, boolean dryRun) {
        int zai = x.t.lastIndexOf(VIEW_OF, c.begin());
        if (zai < 0 || c.begin() - zai > VIEW_REACH || zai < x.text.sentenceStart(c.begin())) return -1;
        Who w = null;
        List<Mention> in = x.candidates.mentionsIn(zai + 1, c.begin());
        for (Mention m : in) w = Who.at(m, Confidence.NAME_NEXT_TO_CUE);
        if (w == null) return -1;
        if (dryRun) return start;
        int e = x.reports.end(start);
        x.found.add(false, start, e, c.word(), w, null, IN_VIEW);
        return e;
    }

    /**
     * 提出，: what proposes may be a plan, a meeting or a document between the speaker and the verb
     * (某某消息：某规划纲要提出，, 党的某次全会提出，); the mention before them is then no proposer.
     */
    private boolean proposerFits(Cue c, Who w) {
        if (w.begin() < 0 || w.end() > c.begin()) return true;
        String gap = x.t.substring(w.end(), c.begin());
        return gap.indexOf('：') < 0 && gap.indexOf(':') < 0 && !NOT_PROPOSER.matcher(gap.strip()).matches();
    }

    /** Whether the subject of cue {@code c} is a document (某市政府工作报告指出，): a body's document report is that one sentence. */
    private boolean documentSubject(Cue c) {
        int cs = x.text.clauseStart(x.text.sentenceStart(c.begin()), c.begin());
        return DOCUMENT_ENDING.matcher(x.t.substring(cs, c.begin()).strip()).matches();
    }

    /** The number of points a counted introduction announces (两点建议：), 0 when it does not say. */
    private static int pointCount(String rest) {
        Matcher m = COUNTED_INTRO.matcher(rest);
        if (!m.find()) return 0;
        String n = m.group(1).replace(TWO, POINT_NUMERALS.charAt(1));
        if (n.matches("[0-9]+")) return Math.min(MAX_POINTS, Integer.parseInt(n));
        int v = POINT_NUMERALS.indexOf(n.charAt(n.length() - 1)) + 1;
        if (n.length() > 1) v = n.charAt(0) == POINT_NUMERALS.charAt(9) ? 10 + v : 0;
        return Math.min(MAX_POINTS, Math.max(0, v));
    }

    /**
     * The {@code count} paragraphs after a counted introduction at a paragraph's end (提出了两点建议：)
     * are reports of its speaker, one each, unless one starts an attribution of its own or is a quote;
     * returns the end of the last.
     */
    private int countedPoints(Cue c, Who w, int from, int count) {
        int last = from;
        int np = from;
        for (int n = 0; n < count; n++) {
            while (np < x.z && Character.isWhitespace(x.t.charAt(np))) np++;
            if (np >= x.z || x.reports.startsNewAttribution(np)) break;
            QuotedSpan q = x.text.quoteOpeningAt(np);
            if (q != null && q.speechLike()) break;
            int ee = x.reports.end(np, w.mention());
            if (ee <= np) break;
            x.found.add(false, np, ee, c.word(), w, null, ENUMERATED);
            last = ee;
            np = x.text.paragraphEnd(np);
        }
        return last;
    }

    /** Following paragraphs that open an enumeration (第二，…, 二是…) are reports of the same speaker; returns the end of the last. */
    private int enumeratedPoints(Cue c, Who w, EventMention ev, int pe, int last) {
        int np = pe;
        while (true) {
            while (np < x.z && (x.t.charAt(np) == '\n' || x.t.charAt(np) == ' ')) np++;
            if (np >= x.z) break;
            int npe = x.text.paragraphEnd(np);
            if (!ENUM_START.matcher(x.t.substring(np, Math.min(x.z, np + ENUM_WINDOW))).find()) break;
            if (x.reports.startsNewAttribution(np)) break;
            int ee = x.reports.end(np, w.mention());
            if (ee <= np) break;
            x.found.add(false, np, ee, c.word(), w, ev, ENUMERATED);
            last = ee;
            if (ee < npe) break;
            np = npe;
        }
        return last;
    }
}
