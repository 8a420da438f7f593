package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;
import org.newskg.text.TextChars;

/**
 * Titles a verb of holding a post states, elsewhere than right before the name: 曾任某院院长的某会
 * 理事长某某 (the title between the verb and 的 is the person's too), and 某会由某某担任主任委员
 * (the role after the name; its body is the one the phrase names, or the body before 由). A role
 * with no body named this way is left out. Verbs: position-words.txt.
 */
final class HeldTitles {
    private static final LexiconTable WORDS = LexiconTable.of("position-words.txt");
    private static final Lexicon VERBS = WORDS.lexicon("holding-verbs");
    /** Verbs that also qualify the role (时任): kept before it, as the parser keeps them (时任主席). */
    private static final Lexicon QUALIFIERS = WORDS.lexicon("qualifiers");
    /** Verbs after a name that say the post is held now (某某担任…, 某某现任…). */
    private static final Lexicon CURRENT_VERBS = WORDS.lexicon("current-holding-verbs");
    private static final char OF = '的';
    private static final char BY = '由';
    /** The longest body name before 由 at a clause's start (某会由…担任…). */
    private static final int MAX_BODY = 20;
    /** Bodies this short (外交部, 国防部) name no state: after a name they are left out. */
    private static final int BARE_BODY = 3;

    private final Lexicon roles;

    HeldTitles(Lexicon roles) {
        this.roles = roles;
    }

    /** 曾任X的…某某: the titles X gives the person, X being the text between the verb and the last 的 of the clause before the name. */
    List<PositionMention> beforeOf(String text, int floor, Mention person, TitlePhrases phrases) {
        int start = clauseStart(text, floor, person.begin());
        int of = text.lastIndexOf(OF, person.begin() - 1);
        if (of < start) return List.of();
        int verbEnd = -1;
        String verb = null;
        for (int i = start; i < of; i++) {
            String v = VERBS.longestAt(text, i);
            if (v != null) {
                verb = v;
                verbEnd = i + v.length();
            }
        }
        if (verbEnd < 0 || verbEnd >= of || roles.longestSuffixOf(text.substring(verbEnd, of)) == null) return List.of();
        List<PositionMention> titles = phrases.titles(verbEnd, of, person);
        if (!QUALIFIERS.contains(verb)) return titles;
        List<PositionMention> out = new ArrayList<>();
        for (PositionMention p : titles) {
            boolean bare = p.qualifier() == null;
            out.add(new PositionMention(person, bare ? verb + p.role() : p.role(), p.organization(), p.parentOrganization(),
                    bare ? verb : p.qualifier(), p.begin() - verb.length(), p.end()));
        }
        return out;
    }

    /** 某会由…某某担任主任委员: the role written after the name and a verb of holding, with the body it or the clause names. */
    List<PositionMention> afterName(String text, Mention person, TitlePhrases phrases) {
        String verb = CURRENT_VERBS.longestAt(text, person.end());
        if (verb == null) return List.of();
        int begin = person.end() + verb.length();
        int end = begin;
        while (end < text.length() && TitlePhrases.CLAUSE_MARKS.indexOf(text.charAt(end)) < 0) end++;
        String role = roles.longestSuffixOf(text.substring(begin, end));
        if (role == null || end - begin > MAX_BODY) return List.of();
        List<PositionMention> out = new ArrayList<>();
        String clauseBody = null;
        for (PositionMention p : phrases.titles(begin, end, person)) {
            String body = p.organization();
            // 某某接任国防部长: a bare national body after the name may be any state's; only a longer name is taken
            if (body != null && body.length() <= BARE_BODY) continue;
            if (body == null) {
                if (clauseBody == null) clauseBody = bodyBeforeBy(text, person, phrases);
                if (clauseBody == null) continue;
                body = clauseBody;
            }
            // the statement spans the name, the verb and the role after them
            out.add(new PositionMention(person, p.role(), body, p.parentOrganization(), p.qualifier(), person.begin(), end));
        }
        return out;
    }

    /** 某会由…: the body written between the clause's start and 由, when the clause reaches the name through it. */
    private static String bodyBeforeBy(String text, Mention person, TitlePhrases phrases) {
        int start = person.begin();
        while (start > 0 && !TextChars.isClauseEnd(text.charAt(start - 1))) start--;
        int by = text.indexOf(BY, start);
        if (by < 0 || by >= person.begin() || by - start > MAX_BODY || by - start < 2) return null;
        return phrases.body(start, by);
    }

    private static int clauseStart(String text, int floor, int from) {
        int i = from;
        while (i > floor && TitlePhrases.CLAUSE_MARKS.indexOf(text.charAt(i - 1)) < 0) i--;
        return i;
    }
}
