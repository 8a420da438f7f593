package org.newskg.annotate;

import java.util.List;

/**
 * Where the segmenter put word boundaries. A span read as a name by a context rule must not cut
 * through a word, nor contain an ordinary word of two characters or more (计划将 is 计划 + 将, not a
 * person called 计划将); names HanLP did tag are always allowed.
 */
final class WordBoundaries {
    private final List<Token> tokens;

    WordBoundaries(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * Used after a title, where the context is strong: the span cuts through no word, and a word
     * inside it can only be the given name after the surname (任 + 贤良), never a verb (区 + 建设) nor
     * a word that starts at the surname (计划 + 将).
     */
    boolean keeps(int begin, int end) {
        for (Token t : tokens) {
            if (t.end() <= begin || t.begin() >= end || t.isPerson()) continue;
            if (t.begin() < begin || t.end() > end) return false;
            if (t.text().length() >= 2 && (t.begin() == begin || t.pos().isVerb())) return false;
        }
        return true;
    }

    /** The span cuts through no word and holds no ordinary word of two characters or more. */
    boolean couldBeName(int begin, int end) {
        for (Token t : tokens) {
            if (t.end() <= begin || t.begin() >= end) continue;
            if (t.isPerson()) continue;
            if (t.begin() < begin || t.end() > end) return false;
            if (t.text().length() >= 2) return false;
        }
        return true;
    }

    /** 但|仍 before a speech verb: every word of the span is a function word, so it is no name. */
    boolean onlyFunctionWords(int begin, int end) {
        boolean any = false;
        for (Token t : tokens) {
            if (t.end() <= begin || t.begin() >= end) continue;
            if (!t.pos().isVerbOrFunctionWord()) return false;
            any = true;
        }
        return any;
    }

    /** The span cuts through no word and every word in it is a noun (某云|龙). */
    boolean onlyNouns(int begin, int end) {
        for (Token t : tokens) {
            if (t.end() <= begin || t.begin() >= end || t.isPerson()) continue;
            if (t.begin() < begin || t.end() > end || !t.pos().isNoun()) return false;
        }
        return true;
    }
}
