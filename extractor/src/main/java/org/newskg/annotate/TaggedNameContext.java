package org.newskg.annotate;

import java.util.List;

import org.newskg.lexicon.Lexicon;

/**
 * Context around a name HanLP tags that decides it, for PersonRecognizer: a preposition surname
 * glued to the word before (将于|下周) makes no name; an official's act after a short name opening a
 * clause (某某主持会议) confirms one.
 */
final class TaggedNameContext {
    private static final String PREPOSITION_SURNAMES = PersonRecognizer.CONTEXT.chars("preposition-surnames");
    private static final String JOINING_BEFORE_NAME = PersonRecognizer.CONTEXT.chars("joining-before-name");
    private static final Lexicon OFFICIAL_ACTS = PersonRecognizer.CONTEXT.lexicon("official-acts");

    private TaggedNameContext() {
    }

    /**
     * 将于|下周, 相较于|某方, 某某于|信中: a tagged name opening with a preposition surname glued to a
     * word before it that takes no person as object (no verb, no title, no conjunction) is the
     * preposition and the words after it.
     */
    static boolean prepositionGlued(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i == 0 || PREPOSITION_SURNAMES.indexOf(t.text().charAt(0)) < 0) return false;
        Token before = tokens.get(i - 1);
        return before.end() == t.begin() && Character.isIdeographic(text.charAt(t.begin() - 1)) && !before.pos().isVerb()
                && JOINING_BEFORE_NAME.indexOf(text.charAt(t.begin() - 1)) < 0;
    }

    /** 某某主持会议 opening a sentence or clause: a short tagged name acting as an official does. */
    static boolean chairsAtClauseStart(String text, Token t) {
        boolean clauseStart = t.begin() == 0 || "，。；！？\n：”」 ".indexOf(text.charAt(t.begin() - 1)) >= 0;
        return clauseStart && t.end() < text.length() && OFFICIAL_ACTS.longestAt(text, t.end()) != null;
    }
}
