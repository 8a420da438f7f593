package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;

/**
 * Titles shared by a list of names: a role and a colon before names separated by 、 (某会委员：
 * 甲、乙、丙 — each holds the role in the body the phrase names), and names separated by 、 then 等
 * and a role (甲、乙、丙等院士 — each holds the role; the body only when the phrase names one). Read
 * by {@link PositionParser} after the titles written before each name; a byline (记者：某某) is not a list.
 */
final class MemberLists {
    private static final String COLONS = "：:";
    private static final Pattern LIST_GAP = Pattern.compile("[ 　]*、[ 　]*");
    private static final char ETC = '等';
    private static final int MAX_PHRASE = 24;
    private static final Lexicon INTRODUCERS = LexiconTable.of("position-words.txt").lexicon("list-introducers");
    private static final String SENTENCE_STOPS = "。！？；\n";
    private static final char BY = '由';

    private final Lexicon roles;

    MemberLists(Lexicon roles) {
        this.roles = roles;
    }

    /** The positions of the list members, for persons in text order, given the positions already found. */
    List<PositionMention> find(String text, int articleBegin, List<Mention> persons, TitlePhrases phrases) {
        List<PositionMention> out = new ArrayList<>();
        int previousEnd = articleBegin;
        for (int i = 0; i < persons.size(); i++) {
            Mention first = persons.get(i);
            int last = listEnd(text, persons, i);
            List<PositionMention> shared = new ArrayList<>(afterColon(text, previousEnd, first, phrases));
            if (shared.isEmpty() && last > i) shared.addAll(beforeEtc(text, persons.get(last), first, phrases));
            share(shared, persons.subList(i, last + 1), out);
            // 委员既有甲、乙等院士，丙、丁等学者: every list of the sentence after the introducer
            int listed = sentenceListEnd(text, persons, i);
            List<PositionMention> introduced = listed > i ? afterIntroducer(text, previousEnd, first, phrases) : List.of();
            share(introduced, persons.subList(i, listed + 1), out);
            previousEnd = persons.get(last).end();
            i = last;
        }
        return out;
    }

    /** Each member holds each shared position; the statement spans the role phrase and the member's name, whichever comes first. */
    private static void share(List<PositionMention> shared, List<Mention> members, List<PositionMention> out) {
        for (Mention m : members) {
            for (PositionMention p : shared) {
                out.add(new PositionMention(m, p.role(), p.organization(), p.parentOrganization(), p.qualifier(),
                        Math.min(p.begin(), m.begin()), Math.max(p.end(), m.end())));
            }
        }
    }

    /** The index of the last person of the 、 list that starts at person {@code i} (i itself when no list follows). */
    private static int listEnd(String text, List<Mention> persons, int i) {
        int last = i;
        while (last + 1 < persons.size()
                && LIST_GAP.matcher(text.substring(persons.get(last).end(), Math.max(persons.get(last).end(), persons.get(last + 1).begin()))).matches()) {
            last++;
        }
        return last;
    }

    /** The last person of the sentence after person {@code i} that stands in a list (next to 、 or before 等). */
    private static int sentenceListEnd(String text, List<Mention> persons, int i) {
        int last = i;
        for (int k = i + 1; k < persons.size(); k++) {
            Mention m = persons.get(k);
            String gap = text.substring(persons.get(k - 1).end(), Math.max(persons.get(k - 1).end(), m.begin()));
            if (gap.chars().anyMatch(c -> SENTENCE_STOPS.indexOf(c) >= 0)) break;
            boolean listed = text.charAt(m.begin() - 1) == '、' || m.end() < text.length() && "、等".indexOf(text.charAt(m.end())) >= 0;
            if (listed) last = k;
            else break;
        }
        return last;
    }

    /**
     * 首批委员既有甲…: the titles of the role phrase before an introducer (既有, 包括) right before the
     * first name; a phrase naming no body takes the one the sentence opens with before 由 (某会由…).
     */
    private List<PositionMention> afterIntroducer(String text, int floor, Mention first, TitlePhrases phrases) {
        int start = first.begin();
        while (start > floor && TitlePhrases.CLAUSE_MARKS.indexOf(text.charAt(start - 1)) < 0) start--;
        String clause = text.substring(start, first.begin());
        String introducer = null;
        for (int k = 1; k < clause.length() && introducer == null; k++) {
            String w = INTRODUCERS.longestAt(clause, k);
            if (w != null && k + w.length() == clause.length()) introducer = w;
        }
        if (introducer == null) return List.of();
        int end = first.begin() - introducer.length();
        String role = roles.longestSuffixOf(text.substring(start, end));
        if (role == null || end - start > MAX_PHRASE || BylineRoles.isByline(role) || phrases.verbWithin(start, end)) return List.of();
        List<PositionMention> out = new ArrayList<>();
        String topic = null;
        for (PositionMention p : phrases.titles(start, end, first)) {
            String body = p.organization();
            if (body == null) {
                if (topic == null) topic = sentenceTopic(text, start, phrases);
                if (topic == null) continue;
                body = topic;
            }
            out.add(new PositionMention(first, role, body, null, p.qualifier(), start, end));
        }
        return out;
    }

    /** The body a sentence opens with before 由 (某会由…), read as a body; else null. */
    private static String sentenceTopic(String text, int before, TitlePhrases phrases) {
        int start = before;
        while (start > 0 && SENTENCE_STOPS.indexOf(text.charAt(start - 1)) < 0) start--;
        int by = text.indexOf(BY, start);
        if (by < 0 || by >= before || by - start < 2 || by - start > MAX_PHRASE) return null;
        return phrases.body(start, by);
    }

    /** 某会委员：甲…: the titles of the role phrase ending in a colon right before the first name. */
    private List<PositionMention> afterColon(String text, int floor, Mention first, TitlePhrases phrases) {
        int colon = first.begin() - 1;
        while (colon > floor && Character.isWhitespace(text.charAt(colon))) colon--;
        if (colon <= floor || COLONS.indexOf(text.charAt(colon)) < 0) return List.of();
        int start = colon;
        while (start > floor && TitlePhrases.CLAUSE_MARKS.indexOf(text.charAt(start - 1)) < 0) start--;
        String phrase = text.substring(start, colon).strip();
        String role = roles.longestSuffixOf(phrase);
        if (role == null || phrase.length() > MAX_PHRASE || BylineRoles.isByline(role) || phrases.verbWithin(start, colon)) return List.of();
        return phrases.titles(start, colon, first);
    }

    /** 甲、乙等院士: the role of the phrase after 等 (up to the clause's end, after its last 的), the body only where it names one. */
    private List<PositionMention> beforeEtc(String text, Mention last, Mention first, TitlePhrases phrases) {
        if (last.end() >= text.length() || text.charAt(last.end()) != ETC) return List.of();
        int begin = last.end() + 1;
        int end = begin;
        while (end < text.length() && TitlePhrases.CLAUSE_MARKS.indexOf(text.charAt(end)) < 0) end++;
        if (end - begin > MAX_PHRASE) return List.of();
        int of = text.lastIndexOf('的', end - 1);
        if (of >= begin) begin = of + 1;
        String role = roles.longestSuffixOf(text.substring(begin, end));
        if (role == null || role.length() < 2 || BylineRoles.isByline(role) || phrases.verbWithin(last.end() + 1, end)) return List.of();
        List<PositionMention> out = new ArrayList<>();
        for (PositionMention p : phrases.titles(begin, end, first)) {
            out.add(p.organization() != null ? new PositionMention(first, p.role(), p.organization(), p.parentOrganization(), p.qualifier(), begin, end)
                    : new PositionMention(first, role, null, null, null, begin, end));
        }
        return out;
    }
}
