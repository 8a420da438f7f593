package org.newskg.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.text.TextChars;

/**
 * Speaker candidates: what, in a stretch of text before a speech verb, may name its speaker — person
 * and organization mentions outside quoted words and not in an object phrase, the last pronoun, bare
 * title, side (中方) or collective (大家) — and how a mention followed by a role word becomes a
 * speaker with a role. Rules: {@code quote-roles.txt}, {@code quote-titles.txt},
 * {@code quote-collectives.txt}, {@code quote-chars.txt}.
 */
final class SpeakerCandidates {
    /** Gap between a mention and its verb beyond which the mention is not "next to" it. */
    private static final int ADJACENT_GAP = 20;
    /** How far back from an organization a preposition makes it an object. */
    private static final int OBJECT_PHRASE_REACH = 16;
    /** A collective ends at most this far before the verb. */
    private static final int COLLECTIVE_REACH = 6;
    /** Words after a person in an object phrase shorter than this make it no speaker (向某某表示). */
    private static final int OBJECT_TAIL = 12;
    private static final String PERSON_OBJECT_BEFORE = QuoteRules.chars("person-object-before");
    private static final String ORG_OBJECT_BEFORE = QuoteRules.chars("org-object-before");
    private static final String PRONOUNS = QuoteRules.chars("pronouns");
    private static final String PRONOUN_NOT_AFTER = QuoteRules.chars("pronoun-not-after");
    private static final String PRONOUN_NOT_BEFORE = QuoteRules.chars("pronoun-not-before");
    private static final String PRONOUN_OBJECT_BEFORE = QuoteRules.chars("pronoun-object-before");
    private static final char SIDE = QuoteRules.character("side");
    private static final String SIDE_PREFIXES = QuoteRules.chars("side-prefixes");
    private static final String SIDE_BOUNDARY_BEFORE = QuoteRules.chars("side-boundary-before");
    private static final String SIDE_NOT_NEXT = QuoteRules.chars("side-not-next");
    private static final String TITLE_PREFIXES = QuoteRules.chars("title-prefixes");
    private static final Pattern COLLECTIVE_PLACE = QuoteRules.pattern("collective-place");
    private static final Pattern SPEECH_NOUN_AFTER = QuoteRules.pattern("speech-noun-after");

    private final QuoteContext x;

    SpeakerCandidates(QuoteContext x) {
        this.x = x;
    }

    /** Person and organization mentions in [b, e) outside quoted words, by offset; a name tagged over the verb is cut back. */
    List<Mention> mentionsIn(int b, int e) {
        List<Mention> l = new ArrayList<>();
        boolean insideQuote = b > x.a && b < x.z && x.inQuotes(b);   // looking for a speaker quoted by a speaker
        for (Mention m : x.mentions) {
            if (m.begin() < b) continue;
            if (m.end() > e && m.begin() < e && m.type() == EntityType.PERSON) {
                Mention name = SpeakerNames.speakerName(m);
                if (name.end() <= e && name.end() - name.begin() >= 2 && !x.inQuotes(m.begin())) l.add(name);
                break;
            }
            if (m.end() > e) break;
            if (x.inQuotes(m.begin()) && !insideQuote) continue;
            // a place is a speaker only as the holder of an office (…局有关负责人)
            if (m.type() == EntityType.PLACE && roleAt(x.t.substring(m.end(), e)) == null) continue;
            // objects are not speakers: 向某某表示, 对某某说; nor places of action: 在某学院，…
            char prev = m.begin() > x.a ? x.t.charAt(m.begin() - 1) : ' ';
            if (m.type() != EntityType.PERSON && inObjectPhrase(m, b)) continue;
            if (m.type() == EntityType.PERSON && PERSON_OBJECT_BEFORE.indexOf(prev) >= 0 && m.end() < e) {
                String after = x.t.substring(m.end(), e);
                if (!after.isEmpty() && after.length() < OBJECT_TAIL) continue;
            }
            l.add(m);
        }
        return l;
    }

    /** Whether {@code s} opens with a speaker's speech noun (的话, 的重要讲话): its possessor is the speaker. */
    static boolean speechNounOpens(String s) {
        return SPEECH_NOUN_AFTER.matcher(s).find();
    }

    private static String roleAt(String s) {
        for (String r : QuoteRules.ROLE_WORDS) if (s.startsWith(r)) return r;
        return null;
    }

    /** Whether an organization mention sits in a 向/对/给/在… phrase (an object or a place, not a subject). */
    boolean inObjectPhrase(Mention m, int regionStart) {
        for (int k = m.begin() - 1; k >= Math.max(regionStart, m.begin() - OBJECT_PHRASE_REACH); k--) {
            char ch = x.t.charAt(k);
            if (TextChars.isClauseEnd(ch)) return false;
            if (ORG_OBJECT_BEFORE.indexOf(ch) >= 0) return true;
            if (x.inQuotes(k)) return false;
        }
        return false;
    }

    /** The speaker mention {@code m} gives for cue {@code c}: itself, or an organization with a role, or a collective; null for a bare place. */
    Who forMention(Mention m, Cue c) {
        String gap = x.t.substring(m.end(), c.begin());
        boolean adjacent = gap.length() <= ADJACENT_GAP && !gap.matches(".*[，。；：,;].*");
        double conf = adjacent ? Confidence.NAME_NEXT_TO_CUE : Confidence.NAME_IN_SENTENCE;
        if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PLACE) {
            String g = gap.strip();
            String r = roleAt(g);
            if (r != null && COLLECTIVE_PLACE.matcher(m.text()).matches()) {
                // 多国人士表示: a collective, not a body of a particular place
                return new Who(null, m.text() + r, Confidence.NONE, m.begin(), m.end());
            }
            if (r != null) {
                Mention org = m.type() == EntityType.ORGANIZATION ? m : new Mention(EntityType.ORGANIZATION, m.begin(), m.end(), m.text());
                return new Who(org, r, adjacent ? Confidence.NAME_IN_SENTENCE : Confidence.TITLE_OR_CONTEXT, m.begin(), m.end());
            }
            for (String title : QuoteRules.TITLES) {
                if (g.startsWith(title) || g.matches("^[" + TITLE_PREFIXES + "]" + title + ".*")) {
                    return new Who(m.type() == EntityType.ORGANIZATION ? m : null, title, Confidence.TITLE_OR_CONTEXT, m.begin(), m.end());
                }
            }
            if (m.type() == EntityType.PLACE) return null;
        }
        return new Who(m, null, conf, m.begin(), m.end());
    }

    /** The last third-person pronoun in [b, e) that stands as a subject, or -1. */
    int lastPronounIn(int b, int e) {
        for (int k = e - 1; k >= b; k--) {
            if (x.inQuotes(k)) continue;
            char ch = x.t.charAt(k);
            if (PRONOUNS.indexOf(ch) < 0) continue;
            char prev = k > x.a ? x.t.charAt(k - 1) : ' ';
            char next = k + 1 < x.z ? x.t.charAt(k + 1) : ' ';
            if (PRONOUN_NOT_AFTER.indexOf(prev) >= 0 || PRONOUN_NOT_BEFORE.indexOf(next) >= 0) continue;
            if (PRONOUN_OBJECT_BEFORE.indexOf(prev) >= 0) continue;
            return k;
        }
        return -1;
    }

    /** The last bare title in [b, e) (no name next to it, not after an organization), as {begin, end}, or null. */
    int[] lastTitleIn(int b, int e) {
        for (int k = e - 1; k >= b; k--) {
            if (x.inQuotes(k)) continue;
            for (String title : QuoteRules.TITLES) {
                int s = k - title.length() + 1;
                if (s < b || !x.t.startsWith(title, s)) continue;
                if (personAdjacentTo(s, title.length()) != null) continue;
                // not part of an organization's title chain (…局局长 is handled through the organization)
                boolean orgBefore = false;
                for (Mention m : x.mentions) if (m.end() >= s - 1 && m.end() <= s && m.type() != EntityType.PERSON) orgBefore = true;
                if (orgBefore) continue;
                return new int[] {s, s + title.length()};
            }
        }
        return null;
    }

    /** The last side (中方, 美方) in [b, e), as {begin, end}, or null. */
    int[] lastSideIn(int b, int e) {
        for (int k = e - 1; k > b; k--) {
            if (x.t.charAt(k) != SIDE || x.inQuotes(k)) continue;
            if (SIDE_PREFIXES.indexOf(x.t.charAt(k - 1)) < 0) continue;
            if (k - 2 >= b && TextChars.isHanScript(x.t.charAt(k - 2)) && "，。、；：".indexOf(x.t.charAt(k - 2)) < 0) {
                // 南方, 地方, 东方… are not sides: require a word boundary before the prefix
                if (SIDE_BOUNDARY_BEFORE.indexOf(x.t.charAt(k - 2)) < 0) continue;
            }
            char next = k + 1 < x.z ? x.t.charAt(k + 1) : ' ';
            if (SIDE_NOT_NEXT.indexOf(next) >= 0) continue;
            return new int[] {k - 1, k + 1};
        }
        return null;
    }

    /** The last collective (大家, 专家们) ending within a few characters of {@code e}, as {begin, end}, or null. */
    int[] lastCollectiveIn(int b, int e) {
        for (int k = e; k > b; k--) {
            for (String w : QuoteRules.COLLECTIVES) {
                int s = k - w.length();
                if (s < b || !x.t.startsWith(w, s) || x.inQuotes(s)) continue;
                if (e - k > COLLECTIVE_REACH) continue;
                return new int[] {s, k};
            }
        }
        return null;
    }

    /** The organization mention exactly over [b, e), or null. */
    Mention orgMentionAt(int b, int e) {
        for (Mention m : x.mentions) if (m.begin() == b && m.end() == e && m.type() == EntityType.ORGANIZATION) return m;
        return null;
    }

    /** A person mention right before or after a title at [s, s+len) (某某总书记, 总书记某某), or null. */
    Mention personAdjacentTo(int s, int len) {
        for (Mention m : x.persons) {
            if (m.end() == s || (m.end() < s && s - m.end() <= 1)) return m;
            if (m.begin() == s + len || (m.begin() > s + len && m.begin() - (s + len) <= 1)) return m;
        }
        return null;
    }

    /** Whether [b, e) names or refers to anyone outside quotation marks: a mention, a pronoun, a title, a side or a collective. */
    boolean anyoneNamedIn(int b, int e) {
        for (Mention m : x.mentions) {
            if (m.begin() >= b && m.end() <= e && !x.inQuotes(m.begin()) && m.type() != EntityType.PLACE) return true;
        }
        return lastPronounIn(b, e) >= 0 || lastTitleIn(b, e) != null || lastSideIn(b, e) != null || lastCollectiveIn(b, e) != null;
    }
}
