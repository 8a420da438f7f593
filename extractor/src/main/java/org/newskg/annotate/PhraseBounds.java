package org.newskg.annotate;

import org.newskg.lexicon.Lexicon;
import org.newskg.model.Mention;

/**
 * Where a title phrase found by {@link PositionParser} really begins, where the scan back from the
 * name cannot tell: a body named after a person, written right after that person's mention
 * (某某中学校监某某: the body is the person's name and the ending), and a clause of a headline that
 * ends in a role before a space (某某为主任委员 某某、某某在列: the role is the clause's, not the next
 * name's title).
 */
final class PhraseBounds {
    private static final String SPACES = " \u3000";
    /** Characters after which a phrase before a space may still be a title (a line, a sentence or a list begins). */
    private static final String OPENINGS = "\n，。；：！？、 \u3000|｜/（(";

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
}
