package org.newskg.extract.quote;

import java.util.HashMap;
import java.util.Map;

import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Quotation;

/**
 * Speaker coreference: who a pronoun (他/她), a bare title (总书记) or a shortened name stands for,
 * who spoke last, and the article's dominant person. Reads the mentions and the quotations found
 * so far; rules: {@code quote-titles.txt}, {@code quote-roles.txt} (person roles).
 */
final class SpeakerCoreference {
    /** The dominant person is named at least this many times… */
    private static final int DOMINANT_MIN = 4;
    /** …and this many times as often as the next person. */
    private static final int DOMINANT_RATIO = 2;

    private final QuoteContext x;
    private Mention dominant;
    private boolean dominantDone;

    SpeakerCoreference(QuoteContext x) {
        this.x = x;
    }

    /** The person a title at {@code pos} was attached to: the last such before it, else the first after; or null. */
    Mention resolveTitle(String title, int pos) {
        Mention found = null;
        for (Mention m : x.persons) {
            if (m.begin() > pos) break;
            if (titleNextTo(m, title)) found = m;
        }
        if (found != null) return found;
        for (Mention m : x.persons) {
            if (m.begin() > pos && titleNextTo(m, title)) return m;
        }
        return null;
    }

    private boolean titleNextTo(Mention m, String title) {
        if (m.text().length() > title.length() && (m.text().endsWith(title) || m.text().startsWith(title))) return true;
        String after = x.t.substring(m.end(), Math.min(x.z, m.end() + title.length() + 1));
        if (after.startsWith(title)) return true;
        int b = m.begin() - title.length();
        if (b >= x.a && x.t.startsWith(title, b)) return true;
        return b - 1 >= x.a && x.t.startsWith(title, b - 1);
    }

    /** {@code s} without a title at its start. */
    static String stripTitle(String s) {
        for (String title : QuoteRules.TITLES) if (s.startsWith(title)) return s.substring(title.length());
        return s;
    }

    /** The name a person mention stands for: a shorter person name it contains (某某总书记 → 某某), through titles. */
    String personKey(Mention m) {
        String best = m.text();
        for (Mention o : x.persons) {
            String s = o.text();
            if (s.length() >= 2 && s.length() < best.length() && best.contains(s) && !QuoteRules.TITLES.contains(s)) best = s;
        }
        if (QuoteRules.TITLES.contains(best)) {
            Mention p = resolveTitle(best, m.begin());
            if (p != null && !QuoteRules.TITLES.contains(p.text())) return personKey(p);
        }
        return best;
    }

    /**
     * The speaker a pronoun at {@code pr} stands for: the unnamed official of the last quote (某机构
     * 发言人表示，…。她说，…) when no person was named since, else {@link #resolvePronoun}.
     */
    Who pronounWho(int pr) {
        Quotation q = lastQuoteBefore(pr);
        if (q != null && q.speaker() != null && q.speaker().type() == EntityType.ORGANIZATION && q.speakerRole() != null
                && QuoteRules.PERSON_ROLES.contains(q.speakerRole()) && !personBetween(q.begin(), pr)) {
            return new Who(q.speaker(), q.speakerRole(), Confidence.PRONOUN_OR_PREVIOUS, pr, pr + 1);
        }
        Mention p = x.pronouns.resolve(pr);
        return p == null ? null : new Who(p, null, Confidence.PRONOUN_OR_PREVIOUS, pr, pr + 1);
    }

    /** The last quotation before {@code pos} that ends in its paragraph or the previous one, or null. */
    Quotation lastQuoteBefore(int pos) {
        int ps = x.text.paragraphStart(pos);
        int pps = ps > x.a ? x.text.paragraphStart(ps - 1) : ps;
        for (int k = x.found.all().size() - 1; k >= 0; k--) {
            Quotation q = x.found.all().get(k);
            if (q.begin() >= pos) continue;
            return q.end() < pps ? null : q;
        }
        return null;
    }

    boolean personBetween(int b, int e) {
        for (Mention m : x.persons) {
            if (m.begin() >= b && m.end() <= e && !x.inQuotes(m.begin())) return true;
        }
        return false;
    }

    /** The last speaker, when the quote that named them is in this paragraph or the previous one. */
    Who previousSpeaker(int pos) {
        Quotation q = lastQuoteBefore(pos);
        if (q != null && q.speaker() != null) return Who.carried(q.speaker(), q.speakerRole(), Confidence.TITLE_OR_CONTEXT);
        return null;
    }

    /** The person named most in the article (titles count for whom they were attached to), if clearly so; or null. */
    Mention dominant() {
        if (dominantDone) return dominant;
        dominantDone = true;
        Map<String, Integer> count = new HashMap<>();
        Map<String, Mention> first = new HashMap<>();
        for (Mention m : x.persons) {
            String key = personKey(m);
            count.merge(key, 1, Integer::sum);
            if (m.text().equals(key) || !first.containsKey(key)) {
                Mention prev = first.get(key);
                if (prev == null || !prev.text().equals(key)) first.put(key, m);
            }
        }
        countBareTitles(count);
        String best = null;
        int bc = 0, second = 0;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() > bc) { second = bc; bc = e.getValue(); best = e.getKey(); }
            else if (e.getValue() > second) second = e.getValue();
        }
        if (best != null && bc >= DOMINANT_MIN && bc >= DOMINANT_RATIO * second) dominant = first.get(best);
        return dominant;
    }

    private void countBareTitles(Map<String, Integer> count) {
        for (String title : QuoteRules.COUNTED_TITLES) {
            int k = x.t.indexOf(title, x.a);
            while (k >= 0 && k < x.z) {
                boolean isMention = false;
                for (Mention m : x.persons) if (m.begin() <= k && k < m.end()) isMention = true;
                if (!isMention && x.candidates.personAdjacentTo(k, title.length()) == null) {
                    Mention p = resolveTitle(title, k);
                    if (p != null) count.merge(personKey(p), 1, Integer::sum);
                }
                k = x.t.indexOf(title, k + title.length());
            }
        }
    }
}
