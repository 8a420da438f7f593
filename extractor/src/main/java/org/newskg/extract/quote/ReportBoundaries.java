package org.newskg.extract.quote;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.extract.QuotedSpan;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Report boundaries: where a report (indirect quote) that starts at an offset ends — its sentence,
 * and the following sentences of the paragraph until a new attribution (also one after a
 * semicolon inside a sentence: …；某某则说，…), a direct quote, a narrative
 * turn ({@code narrative-turn}) or a sentence naming the speaker in the third person; a clause
 * introducing a direct quote with a colon (并指着屏幕说：“…”) is cut off, and so is the writer's
 * main clause after a conceded report (虽然…，不过…).
 */
final class ReportBoundaries {
    private static final Pattern NARRATIVE_TURN = QuoteRules.pattern("narrative-turn");
    private static final Pattern MAIN_CLAUSE = QuoteRules.pattern("main-clause");
    /** A sentence opening with 又/亦 and a verb that is no speech verb: the subject's next act (又形容…), told by the writer. */
    static final Pattern SUBJECT_ACT = QuoteRules.pattern("subject-act-opening");
    private static final Pattern CONCESSION = QuoteRules.pattern("concession");
    private static final String TITLE_COMPOUND_NEXT = QuoteRules.chars("title-compound-next");
    private static final String SEMICOLONS = QuoteRules.chars("semicolons");
    private static final String COORDINATE_ADVERBS = QuoteRules.chars("coordinate-adverbs");
    private static final List<String> RESTATING_VERBS = QuoteRules.words("restating-verbs");
    /** Letters of a cited saying at most (独行快，众行远). */
    private static final int SAYING_MAX = 12;
    /** Characters of a headline's subject before its verb (乌方称…). */
    private static final int HEADLINE_SUBJECT = 8;
    /** A clause this short before a comma is a connective (另外，), not a statement of its own. */
    private static final int CONNECTIVE_MAX = 2;
    /** Characters read for a narrative turn at a sentence's start. */
    private static final int TURN_WINDOW = 4;
    /** How far before a colon a near cue may stand (并告诉大家：“…”). */
    static final int NEAR_CUE_REACH = 8;

    private final QuoteContext x;

    ReportBoundaries(QuoteContext x) {
        this.x = x;
    }

    /** End of a report starting at {@code start} with no known speaker. */
    int end(int start) {
        return end(start, null);
    }

    /** End of a report of {@code speaker} starting at {@code start}. */
    int end(int start, Mention speaker) {
        int e = x.text.sentenceEnd(start);
        // the first place where the first sentence stops being this report
        int stop = firstOf(firstOf(newAttributionAfterSemicolon(start, e, speaker), coordinatedCue(start, e)), quoteIntroCut(start, e));
        if (stop >= 0) return trimEnd(start, stop);
        int pe = x.text.paragraphEnd(start);
        while (e < pe) {
            int k = e;
            while (k < pe && (x.t.charAt(k) == ' ' || "”」』".indexOf(x.t.charAt(k)) >= 0 && !x.inQuotes(k))) k++;
            if (k >= pe) { e = pe; break; }
            if (startsNewAttribution(k)) break;
            QuotedSpan s = x.text.quoteOpeningAt(k);
            if (s != null && s.speechLike() && !citedSaying(s)) break;
            if (NARRATIVE_TURN.matcher(x.t.substring(k, Math.min(x.z, k + TURN_WINDOW))).find()) break;
            if (SUBJECT_ACT.matcher(x.t.substring(k, Math.min(x.z, k + TURN_WINDOW))).find()) break;
            int se = x.text.sentenceEnd(k);
            if (namesSpeaker(k, se, speaker) || anotherSpeaks(k, se, speaker)) break;
            int semi = firstOf(newAttributionAfterSemicolon(k, se, speaker), coordinatedCue(k, se));
            int cut = quoteIntroCut(k, se);
            if (cut >= 0 && (semi < 0 || cut <= semi)) {
                if (cut > k) e = cut;
                break;
            }
            if (semi >= 0) {
                e = semi;
                break;
            }
            e = se;
        }
        return trimEnd(start, e);
    }

    /** The smaller of two offsets where -1 stands for none. */
    private static int firstOf(int p, int q) {
        return p < 0 ? q : q < 0 ? p : Math.min(p, q);
    }

    /**
     * The first semicolon in the sentence [b, e), outside quotation marks, after which a clause
     * starts its own attribution (…；某某则说，…): the report stops there. -1 when there is none.
     */
    private int newAttributionAfterSemicolon(int b, int e) {
        return newAttributionAfterSemicolon(b, e, null);
    }

    /**
     * As {@link #newAttributionAfterSemicolon(int, int)}, and also a semicolon after which the
     * clause names {@code speaker} again (…；今天某某再以…): that is the writer speaking of them.
     */
    private int newAttributionAfterSemicolon(int b, int e, Mention speaker) {
        for (int k = b; k < e; k++) {
            if (SEMICOLONS.indexOf(x.t.charAt(k)) < 0 || x.inQuotes(k)) continue;
            if (k + 1 < e && startsNewAttribution(k + 1)) return k;
            if (k + 1 < e && namesSpeaker(k + 1, clauseEnd(k + 1, e), speaker)) return k;
        }
        return -1;
    }

    /** The next semicolon outside quotes in [b, e), or {@code e}. */
    private int clauseEnd(int b, int e) {
        for (int k = b; k < e; k++) if (SEMICOLONS.indexOf(x.t.charAt(k)) >= 0 && !x.inQuotes(k)) return k;
        return e;
    }

    /**
     * The first comma in [b, e), outside quotation marks, after which a clause starts a statement
     * of its own: a report verb right after it (over a coordinating adverb) continues the same
     * subject (…，称…, …，又强调…; verbs other than {@code restating-verbs} only after the
     * adverb, since …，强调… mostly goes on with one statement), or a speaker stands right before the clause's verb (…，另外，她称…).
     * -1 when there is none.
     */
    int coordinatedCue(int b, int e) {
        for (int k = b; k < e; k++) {
            if (headlineBreak(k, e)) return k;
            if (x.t.charAt(k) != '，' || x.inQuotes(k)) continue;
            if (restatesAfter(k, e)) return k;
            Cue next = firstCueInClause(k + 1, e);
            // the verb must open a report there: 某方提出“术语” inside a statement is no new statement
            if (next != null && x.indirect.speakerNextTo(next, k + 1) && x.indirect.opensAt(next)) return k;
        }
        return -1;
    }

    /**
     * 某国称甲事 乙方称乙事: in a line of headlines a space between Han characters followed, within a
     * short subject, by a report verb starts the next headline's statement.
     */
    private boolean headlineBreak(int k, int e) {
        char ch = x.t.charAt(k);
        if (ch != ' ' && ch != '\u3000' || k == 0 || !Character.isIdeographic(x.t.charAt(k - 1)) || x.inQuotes(k)) return false;
        int from = k + 1;
        while (from < e && (x.t.charAt(from) == ' ' || x.t.charAt(from) == '\u3000')) from++;
        for (int i = from + 1; i < e && i - from <= HEADLINE_SUBJECT && Character.isIdeographic(x.t.charAt(i)); i++) {
            Cue c = x.cues.at(i);
            if (c != null) return c.has("report") && x.cues.valid(c, false);
        }
        return false;
    }

    /** Whether a report verb continuing the subject stands right after the comma at {@code comma} (…，称…, …，又强调…). */
    boolean restatesAfter(int comma, int e) {
        int p = comma + 1;
        while (p < e && COORDINATE_ADVERBS.indexOf(x.t.charAt(p)) >= 0) p++;
        Cue c = x.cues.at(p);
        boolean restates = p > comma + 1 || c != null && RESTATING_VERBS.contains(c.word());
        return c != null && restates && c.has("report") && x.cues.valid(c, false) && c.end() < e;
    }

    /**
     * The first cue in the clause starting at {@code b}, before its next comma and before {@code e},
     * or in the clause after it when the first is a short connective (另外，她称…); or null.
     */
    private Cue firstCueInClause(int b, int e) {
        int i = b;
        for (; i < e && "，,；;".indexOf(x.t.charAt(i)) < 0; i++) {
            if (x.inQuotes(i)) return null;
            Cue c = x.cues.at(i);
            if (c != null) return c;
        }
        return i - b <= CONNECTIVE_MAX && i < e && x.t.charAt(i) == '，' ? firstCueInClause(i + 1, e) : null;
    }

    /** 虽然某某透露…，不过…: the writer's main clause after 但/不过/然而 is not the report; it ends at the comma before it. */
    int concessiveEnd(Cue c, int start, int e) {
        String before = x.t.substring(x.text.sentenceStartOverQuotes(c.begin()), c.begin());
        if (!CONCESSION.matcher(before).matches()) return e;
        Matcher m = MAIN_CLAUSE.matcher(x.t.substring(start, e));
        return m.find() ? trimEnd(start, start + m.start()) : e;
    }

    /** {@code e} moved back over trailing spaces and commas. */
    int trimEnd(int start, int e) {
        while (e > start && (Character.isWhitespace(x.t.charAt(e - 1)) || "，,".indexOf(x.t.charAt(e - 1)) >= 0)) e--;
        return e;
    }

    /**
     * Where a report must stop in the sentence [b, e) because a clause of it introduces a direct
     * quote with a verb and a colon, or a verb right before quoted words of speech length: after the comma before that clause, or {@code b} when the
     * sentence opens with it; -1 when there is none.
     */
    private int quoteIntroCut(int b, int e) {
        for (QuotedSpan s : x.text.quotedSpans()) {
            if (s.open() < b) continue;
            if (s.open() >= e) break;
            if (s.depth() != 0 || !s.speechLike()) continue;
            int p = s.open();
            while (p > b && x.t.charAt(p - 1) == ' ') p--;
            if (p <= b) continue;
            Cue c;
            if ("：:".indexOf(x.t.charAt(p - 1)) >= 0) {
                c = x.cues.endingAt(p - 1);
                if (c == null) c = x.cues.near(p - 1, NEAR_CUE_REACH);
            } else {
                // …，并称“…”: a verb right before quoted words of speech length introduces them too
                c = x.cues.endingAt(p);
                if (c != null && (!wordsFollow(c) || !x.cues.valid(c, true))) c = null;
            }
            if (c == null || c.begin() < b) continue;
            return x.text.clauseStart(b, c.begin());
        }
        return -1;
    }

    /** Whether in the sentence [b, e) someone other than {@code speaker} stands right before a report verb (…。某某则相信“…”). */
    private boolean anotherSpeaks(int b, int e, Mention speaker) {
        if (speaker == null) return false;
        for (int i = b; i < e; i++) {
            if (x.inQuotes(i)) continue;
            Cue c = x.cues.at(i);
            if (c == null) continue;
            Mention m = x.indirect.speakerRightBefore(c, b);
            if (m != null && (x.indirect.opensAt(c) || wordsFollow(c)) && !m.text().equals(speaker.text()) && !x.coreference.personKey(m).equals(x.coreference.personKey(speaker))) return true;
            i = c.end() - 1;
        }
        return false;
    }

    /** Whether the sentence [b, e) names {@code speaker} outside quotation marks, by name or by a title standing for them. */
    boolean namesSpeaker(int b, int e, Mention speaker) {
        if (speaker == null || speaker.type() != EntityType.PERSON) return false;
        SpeakerCoreference coref = x.coreference;
        String key = coref.personKey(speaker);
        for (Mention m : x.persons) {
            if (m.begin() < b) continue;
            if (m.end() > e) break;
            if (!x.inQuotes(m.begin()) && coref.personKey(m).equals(key)) return true;
        }
        int end = e;
        int[] tt;
        while ((tt = x.candidates.lastTitleIn(b, end)) != null) {
            // a title word inside a compound (轮值主席国, 主席团) names no one
            char next = tt[1] < x.z ? x.t.charAt(tt[1]) : ' ';
            Mention p = TITLE_COMPOUND_NEXT.indexOf(next) >= 0 ? null : coref.resolveTitle(x.t.substring(tt[0], tt[1]), tt[0]);
            if (p != null && coref.personKey(p).equals(key)) return true;
            end = tt[0];
        }
        return false;
    }

    /**
     * Whether the quoted words opening a sentence at {@code s} are a saying the speaker cites
     * (“…，…”，接着说下去…): short, followed by a comma, and the sentence after them attributes
     * nothing. Such words do not end the report they stand in, and are not its speaker's own words.
     */
    boolean citedSaying(QuotedSpan s) {
        int after = s.close() + 1;
        if (after + 1 >= x.z || "，,".indexOf(x.t.charAt(after)) < 0) return false;
        long letters = x.t.substring(s.begin(), s.end()).codePoints().filter(Character::isLetter).count();
        return letters <= SAYING_MAX && !startsNewAttribution(after + 1);
    }

    /** Whether quoted words of speech length follow cue {@code c} (某某则相信“…”), not a short term (某方提出“…”). */
    private boolean wordsFollow(Cue c) {
        int k = c.end();
        if (k < x.z && "：:，,".indexOf(x.t.charAt(k)) >= 0) k++;
        QuotedSpan s = x.text.quoteOpeningAt(k);
        if (s == null) return false;
        long letters = x.t.substring(s.begin(), s.end()).codePoints().filter(Character::isLetter).count();
        return letters >= SpeechOrTerm.MIN_SPEECH_LETTERS;
    }

    /** Whether the sentence at {@code k} starts its own attribution (a verb with a speaker). */
    boolean startsNewAttribution(int k) {
        int se = x.text.sentenceEnd(k);
        for (int i = k; i < se; i++) {
            if (x.inQuotes(i)) continue;
            Cue c = x.cues.at(i);
            if (c == null) continue;
            if (x.indirect.opensAt(c) || x.indirect.speakerNextTo(c, k) && wordsFollow(c)) return true;
            // 某某说：“…” / “…”某某说 handled as direct; a verb with colon also starts anew
            if (c.end() < x.z && "：:".indexOf(x.t.charAt(c.end())) >= 0 && x.speakers.before(c, k) != null) return true;
            if (x.subjects.of(c, k) != null) return true;
            i = c.end() - 1;
        }
        return false;
    }
}
