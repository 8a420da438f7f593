package org.newskg.extract.event;

import org.newskg.text.TextChars;

/**
 * Where the event stages take a sentence, a clause and a quotation to be: sentences end at
 * {@code 。！？!?} and line breaks, clauses also at {@code ，；}; quotation marks are the Chinese
 * double and single marks and corner brackets. These are the events' own definitions, kept in one
 * place so they can be swapped for a shared view of the article's text.
 */
public final class EventTextBounds {
    private static final String SENTENCE_ENDS = "。！？!?\n";
    private static final String CLAUSE_ENDS = "，；";

    private final EventText in;

    EventTextBounds(EventText in) {
        this.in = in;
    }

    /** {begin, end} of the sentence around {@code pos}, inside the article. */
    int[] sentence(int pos) {
        int b = pos, e = pos;
        while (b > in.begin() && SENTENCE_ENDS.indexOf(in.at(b - 1)) < 0) b--;
        while (e < in.end() && SENTENCE_ENDS.indexOf(in.at(e)) < 0) e++;
        return new int[] {b, e};
    }

    /** The start of the clause that ends at {@code pos}, not before {@code sentenceStart}. */
    int clauseStart(int pos, int sentenceStart) {
        int b = pos;
        while (b > sentenceStart && CLAUSE_ENDS.indexOf(in.at(b - 1)) < 0) b--;
        return b;
    }

    /** Whether {@code pos} lies inside quotation marks opened after {@code from}. */
    boolean insideMarks(int pos, int from) {
        int depth = 0;
        for (int k = from; k < pos; k++) {
            if (TextChars.isOpenQuote(in.at(k))) depth++;
            else if (TextChars.isCloseQuote(in.at(k))) depth = Math.max(0, depth - 1);
        }
        return depth > 0;
    }

    /** The start of the text inside a short quote ({@code “…}) that opens within 20 characters before {@code i}, or -1. */
    int quotedStart(int i) {
        for (int k = i - 1; k >= Math.max(in.begin(), i - 20); k--) {
            char c = in.at(k);
            if (TextChars.isOpenQuote(c)) return k + 1;
            if (TextChars.isCloseQuote(c) || "，。！？；\n".indexOf(c) >= 0) return -1;
        }
        return -1;
    }

    /** The closing mark of the mark opening at {@code open}, within {@code max} characters and the line, or -1. */
    int closeOf(int open, int max) {
        char want = TextChars.closeQuoteFor(in.at(open));
        for (int k = open + 1; k < Math.min(in.end(), open + max); k++) {
            if (in.at(k) == want) return k;
            if (in.at(k) == '\n') return -1;
        }
        return -1;
    }

    /** The opening mark of the mark closing at {@code close}, within {@code max} characters and the line, or -1. */
    int openOf(int close, int max) {
        char want = TextChars.openQuoteFor(in.at(close));
        for (int k = close - 1; k >= Math.max(in.begin(), close - max); k--) {
            if (in.at(k) == want) return k;
            if (in.at(k) == '\n') return -1;
        }
        return -1;
    }
}
