package org.newskg.extract.quote;

import java.util.List;
import java.util.regex.Pattern;

import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * The speaker of a speech verb: the candidate ending nearest before it in its sentence (a mention, a
 * pronoun, a bare title, a side, a collective), else an unnamed official of an organization the
 * mention stage missed, a document's author, or — when the clause has no subject — the previous
 * speaker. Rules: {@code quote-zero-subject.txt}, {@code quote-roles.txt}, {@code quote-patterns.txt}.
 */
final class Speakers {
    private static final Pattern TRAILING_TIME_ADVERB = QuoteRules.pattern("trailing-time-adverb");
    private static final Pattern ADVERBIAL_CHARS = QuoteRules.pattern("adverbial-chars");
    private static final Pattern SUBJECTLESS_OPENING = QuoteRules.pattern("subjectless-opening");
    private static final Pattern OFFICIAL_ENDING = QuoteRules.pattern("official-ending");
    private static final Pattern DOCUMENT_SUBJECT = QuoteRules.pattern("document-subject");
    private static final Pattern OFFICIAL_ORG_ENDING = QuoteRules.pattern("official-org-ending");
    private static final String ADVERB_SECONDS = QuoteRules.chars("adverb-seconds");
    private static final String ADVERBIAL_END = QuoteRules.chars("adverbial-end");
    private static final String OFFICIAL_LEADING = QuoteRules.chars("official-leading");
    private static final List<String> SPOKESPERSON_ROLES = QuoteRules.words("spokesperson-roles");
    private static final String DETERMINERS = QuoteRules.chars("determiners");
    /** A body named only by its place before a spokesperson has at most this many characters. */
    private static final int SPOKESPERSON_BODY_MAX = 8;
    /** A role word ends at most this far before the verb (某局负责人当天介绍). */
    private static final int ROLE_REACH = 4;
    /** Length of an organization name read before a role word. */
    private static final int ORG_MIN = 3, ORG_MAX = 24;
    /** Length of a name nobody tagged between a title and its verb. */
    private static final int NAME_MIN = 2, NAME_MAX = 8;

    private final QuoteContext x;

    Speakers(QuoteContext x) {
        this.x = x;
    }

    /** The speaker of cue {@code c}: the nearest candidate in [regionStart, c.begin), or null. */
    Who before(Cue c, int regionStart) {
        int cb = c.begin();
        int rs = Math.max(regionStart, x.text.sentenceStart(cb));
        // 当时内容提到，: a document speaks, for its author only, not for a name earlier in the sentence
        if (documentSubject(c, rs)) return x.documents.authorOf(rs, cb);
        SpeakerCandidates cand = x.candidates;
        int bestEnd = -1;
        Who best = null;
        for (Mention m : cand.mentionsIn(rs, cb)) {
            if (m.end() > bestEnd) {
                bestEnd = m.end();
                best = cand.forMention(m, c);
            }
        }
        int pr = cand.lastPronounIn(rs, cb);
        if (pr >= 0 && pr + 1 > bestEnd) {
            bestEnd = pr + 1;
            best = x.coreference.pronounWho(pr);
            if (best == null) return null;
        }
        int[] tt = cand.lastTitleIn(rs, cb);
        if (tt != null && tt[1] > bestEnd) {
            // 某国总理某某表示 with the name untagged: the title is not the one attached to another person
            if (untaggedNameBetween(tt[1], cb)) return null;
            Mention p = x.coreference.resolveTitle(x.t.substring(tt[0], tt[1]), tt[0]);
            if (p != null) {
                bestEnd = tt[1];
                best = new Who(p, null, Confidence.TITLE_OR_CONTEXT, tt[0], tt[1]);
            }
        }
        int[] side = cand.lastSideIn(rs, cb);
        if (side != null && side[1] > bestEnd) {
            Mention m = cand.orgMentionAt(side[0], side[1]);
            if (m == null) m = new Mention(EntityType.ORGANIZATION, side[0], side[1], x.t.substring(side[0], side[1]));
            bestEnd = side[1];
            best = cand.forMention(m, c);
        }
        int[] col = cand.lastCollectiveIn(rs, cb);
        if (col != null && col[1] > bestEnd) {
            return new Who(null, x.t.substring(col[0], col[1]), Confidence.NONE, col[0], col[1]);
        }
        return best != null ? best : withoutCandidate(rs, cb);
    }

    /** Whether the clause right before cue {@code c} (in the region from {@code rs}) is a document (文章, 报告, 内容). */
    boolean documentSubject(Cue c, int rs) {
        int cs = x.text.clauseStart(Math.max(rs, x.text.sentenceStart(c.begin())), c.begin());
        return DOCUMENT_SUBJECT.matcher(x.t.substring(cs, c.begin()).strip()).matches();
    }

    /** An unnamed official, a document's author, or the previous speaker when the clause has no subject. */
    private Who withoutCandidate(int rs, int cb) {
        Who unnamed = unnamedOfficial(rs, cb);
        if (unnamed != null) return unnamed;
        Who author = x.documents.authorOf(rs, cb);
        if (author != null) return author;
        if (zeroSubject(rs, cb)) return x.coreference.previousSpeaker(cb);
        return null;
    }

    /**
     * Whether [b, e), between a title and its verb, reads as a name nobody tagged (总统某某3日表示):
     * a few characters of a name, once a trailing time or adverb is removed, with none of the
     * function characters an adverbial phrase has (深情地, 笑着, 在会上, 再次).
     */
    private boolean untaggedNameBetween(int b, int e) {
        String gap = TRAILING_TIME_ADVERB.matcher(x.t.substring(b, e).strip()).replaceAll("");
        if (gap.length() < NAME_MIN || gap.length() > NAME_MAX || !gap.matches("[\\p{IsHan}·]+")) return false;
        if (ADVERBIAL_CHARS.matcher(gap).matches()) return false;
        return !QuoteRules.ZERO_SUBJECT_WORDS.contains(gap);
    }

    /** Whether the clause before a cue has no subject of its own (…，语重心长地告诉, 当天表示). */
    boolean zeroSubject(int rs, int cb) {
        String clause = x.t.substring(x.text.clauseStart(rs, cb), cb).strip();
        // a short clause is an adverb or a time (还说, 当天表示), not a name the mention stage missed
        if (clause.length() <= 1) return true;
        if (clause.length() == 2 && (QuoteRules.ZERO_SUBJECT_WORDS.contains(clause) || ADVERB_SECONDS.indexOf(clause.charAt(1)) >= 0)) return true;
        if (clause.endsWith(ADVERBIAL_END)) return true;
        return SUBJECTLESS_OPENING.matcher(clause).matches() && !OFFICIAL_ENDING.matcher(clause).matches();
    }

    /**
     * 某某国际发言人回复，: a spokesperson speaks for a body, so a short name opening the clause right
     * before the role is that body's even without an organization ending; not a determiner
     * (该公司, 一名) nor a word with function characters.
     */
    private static boolean bodyBeforeSpokesperson(String org, String role, boolean opensClause) {
        if (!opensClause || !SPOKESPERSON_ROLES.contains(role) || org.length() > SPOKESPERSON_BODY_MAX) return false;
        if (ADVERBIAL_CHARS.matcher(org).matches()) return false;
        return org.matches("[\\p{IsHan}A-Za-z]+");
    }

    /** ORG负责人 before the cue with no organization mention: an organization mention is made over ORG. */
    private Who unnamedOfficial(int rs, int cb) {
        int k = x.text.clauseStartAfterColon(rs, cb);
        String clause = x.t.substring(k, cb);
        for (String r : QuoteRules.ROLE_WORDS) {
            int i = clause.lastIndexOf(r);
            if (i <= 0 || clause.length() - (i + r.length()) > ROLE_REACH) continue;
            String org = clause.substring(0, i);
            int lead = 0;
            while (lead < org.length() && OFFICIAL_LEADING.indexOf(org.charAt(lead)) >= 0) lead++;
            org = org.substring(lead);
            if (org.isEmpty() || DETERMINERS.indexOf(org.charAt(0)) >= 0) continue;   // 该公司负责人: a body named elsewhere, not by these words
            boolean named = OFFICIAL_ORG_ENDING.matcher(org).matches() || bodyBeforeSpokesperson(org, r, lead == 0);
            if (org.length() < ORG_MIN || org.length() > ORG_MAX || !named) continue;
            if (!org.matches("[\\p{IsHan}A-Za-z0-9·（）()]+")) continue;
            int b = k + lead;
            Mention m = new Mention(EntityType.ORGANIZATION, b, b + org.length(), org);
            return new Who(m, r, Confidence.TITLE_OR_CONTEXT, b, b + org.length());
        }
        return null;
    }
}
