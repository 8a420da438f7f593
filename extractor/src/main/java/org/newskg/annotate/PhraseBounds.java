package org.newskg.annotate;

import java.util.List;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.Mention;

/**
 * Where a title phrase before a name begins, for {@link PositionParser}: scanning back from the name
 * to a stop, a clause break of the segmenter or a verb of the sentence, past leading function words
 * (在, 由…); and where that scan cannot tell: a body named after a person, written right after that person's mention
 * (某某中学校监某某: the body is the person's name and the ending), and a clause of a headline that
 * ends in a role before a space (某某为主任委员 某某、某某在列: the role is the clause's, not the next
 * name's title).
 */
final class PhraseBounds {
    private static final LexiconTable WORDS = LexiconTable.of("position-words.txt");
    private static final String SPACES = " \u3000";
    /** Characters after which a phrase before a space may still be a title (a line, a sentence or a list begins). */
    private static final String OPENINGS = "\n，。；：！？、 \u3000|｜/（(";

    /** Characters that end a title phrase when scanning back from a name. */
    private static final String HARD_STOPS = "，。；：！？\n“”「」『』（）()《》,;:!? 　";
    /** Words before a title phrase that are not part of it. */
    private static final Lexicon LEADING_NOISE = WORDS.lexicon("leading-noise");
    /** Verbs of the sentence that a title phrase never starts before, as words of their own (应|国家主席某某邀请). */
    private static final Lexicon SENTENCE_VERBS = WORDS.lexicon("sentence-verbs");

    private PhraseBounds() {
    }

    /**
     * 某某中学校监某某: where the phrase begins when its head is only an organization ending written
     * right after the previous person's mention — at that mention; else {@code phraseBegin}.
     */
    static int withNamesake(String text, int phraseBegin, Mention previous, int nameBegin, Lexicon orgSuffixes, Lexicon roles) {
        if (previous == null || previous.end() != phraseBegin) return phraseBegin;
        String ending = orgSuffixes.longestAt(text, phraseBegin);
        if (ending == null || ending.length() < 2) return phraseBegin;
        String role = roles.longestAt(text, phraseBegin + ending.length());
        boolean whole = role != null && text.substring(phraseBegin + ending.length() + role.length(), nameBegin).isBlank();
        return whole ? previous.begin() : phraseBegin;
    }

    /** Whether a phrase set off from the name by a space starts inside a clause (after 为, 是…), which is no title's start. */
    static boolean isClauseBeforeSpace(String text, int phraseBegin, int nameBegin) {
        if (nameBegin <= phraseBegin || SPACES.indexOf(text.charAt(nameBegin - 1)) < 0 || phraseBegin == 0) return false;
        return OPENINGS.indexOf(text.charAt(phraseBegin - 1)) < 0;
    }

    /** Scans back from the name to the start of its title phrase. */
    static int start(String text, int floor, int nameBegin, TitleContext words) {
        int i = nameBegin;
        while (i > floor && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u3000')) i--;
        while (i > floor && HARD_STOPS.indexOf(text.charAt(i - 1)) < 0 && !words.clauseBreaks().contains(i)) i--;
        // 某银行（1234）董事总经理: a stock code in brackets sits between the body and its role
        for (int code = TitleShapes.stockCodeBefore(text, i); code >= 0 && code > floor; code = TitleShapes.stockCodeBefore(text, i)) {
            i = code;
            while (i > floor && HARD_STOPS.indexOf(text.charAt(i - 1)) < 0 && !words.clauseBreaks().contains(i)) i--;
        }
        // 导致包括|某组织副主席某某: a verb of the sentence, segmented as a word, is not part of the title
        // 首先来到|某科学院原副院长某某, 并质疑|某党党首某某: a verb right before a place or body is the sentence's
        List<Token> tokens = words.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.begin() >= nameBegin) break;
            if (t.begin() < i || t.end() >= nameBegin) continue;
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            // …政府|创新|科技及工业局: a verb glued to a noun before it is part of a body's name
            Token prev = k > 0 ? tokens.get(k - 1) : null;
            boolean afterNoun = prev != null && prev.end() == t.begin() && prev.pos().isNoun() && !prev.isPerson();
            boolean beforeBody = next != null && next.begin() == t.end() && t.pos() == PartOfSpeech.VERB && t.text().length() >= 2
                    && !afterNoun && (next.isPlace() || next.isOrganization() || next.pos() == PartOfSpeech.ABBREVIATION);
            if (SENTENCE_VERBS.contains(t.text()) || beforeBody) i = t.end();
        }
        // drop leading function words (在…, 由…) that belong to the sentence, not the title
        for (boolean again = true; again; ) {
            again = false;
            String w = LEADING_NOISE.longestAt(text, i);
            if (w != null && i + w.length() < nameBegin) {
                i += w.length();
                again = true;
            }
        }
        return i;
    }

}
