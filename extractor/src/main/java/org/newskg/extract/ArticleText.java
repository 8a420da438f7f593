package org.newskg.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newskg.text.TextChars;

/**
 * One article's text as the extraction stages read it: its bounds in the analysis text, its pairs
 * of quotation marks, and the units the rules speak of — paragraphs, sentences and clauses — each
 * defined once here, by name. Several sentence notions exist because the rules need them (a speaker
 * is sought after the last quoted statement, a report runs over quoted words); they are kept apart
 * rather than merged, since each decides some output.
 *
 * <p>Takes the analysis text and the article's bounds; adds the quotation-mark pairs (a quote may
 * run over one line break when it closes in the next paragraph) and which offsets they cover.
 */
public final class ArticleText {
    /** Marks that end a sentence. */
    static final String SENTENCE_MARKS = "。！？!?";

    private final String t;
    private final int a, z;
    private final List<QuotedSpan> spans = new ArrayList<>();
    private final Map<Integer, QuotedSpan> byOpen = new HashMap<>();
    private final boolean[] quoted;

    private ArticleText(String text, int begin, int end) {
        this.t = text;
        this.a = begin;
        this.z = end;
        this.quoted = new boolean[end - begin];
    }

    /** The article [begin, end) of {@code text}, with its quotation marks paired. */
    public static ArticleText of(String text, int begin, int end) {
        ArticleText x = new ArticleText(text, begin, end);
        x.pairMarks();
        return x;
    }

    /** The whole analysis text (offsets are into it). */
    public String text() { return t; }

    /** First offset of the article. */
    public int begin() { return a; }

    /** End offset (exclusive) of the article. */
    public int end() { return z; }

    /** The pairs of quotation marks, by opening offset. */
    public List<QuotedSpan> quotedSpans() { return spans; }

    /** The pair opening at {@code k}, or null. */
    public QuotedSpan quoteOpeningAt(int k) { return byOpen.get(k); }

    /** Whether offset {@code k} lies within a pair of quotation marks (marks included). */
    public boolean inQuotes(int k) { return quoted[k - a]; }

    private void pairMarks() {
        Deque<Integer> stack = new ArrayDeque<>();
        for (int k = a; k < z; k++) {
            char c = t.charAt(k);
            if (c == '\n' && !stack.isEmpty()) {
                if (!closesInNextParagraph(stack.peek(), k)) stack.clear();
                continue;
            }
            if (TextChars.isOpenQuote(c)) {
                stack.push(k);
            } else if (TextChars.isCloseQuote(c)) {
                Integer found = null;
                for (Integer o : stack) if (t.charAt(o) == TextChars.openQuoteFor(c)) { found = o; break; }
                if (found == null) continue;
                while (!stack.isEmpty() && !stack.peek().equals(found)) stack.pop();
                stack.pop();
                spans.add(new QuotedSpan(found, k, stack.size()));
            }
        }
        spans.sort(Comparator.comparingInt(QuotedSpan::open));
        Deque<QuotedSpan> open = new ArrayDeque<>();
        for (QuotedSpan s : spans) {
            while (!open.isEmpty() && open.peek().close() < s.open()) open.pop();
            if (!open.isEmpty()) s.parent(open.peek());
            open.push(s);
            byOpen.put(s.open(), s);
            for (int k = s.open(); k <= s.close(); k++) quoted[k - a] = true;
        }
    }

    /** A quote may run over one paragraph break (layout), if it closes in the next paragraph. */
    private boolean closesInNextParagraph(int top, int lineBreak) {
        char want = TextChars.closeQuoteFor(t.charAt(top));
        int nextBreak = t.indexOf('\n', lineBreak + 1);
        if (nextBreak < 0 || nextBreak > z) nextBreak = z;
        int close = t.indexOf(want, lineBreak + 1);
        int reopen = t.indexOf(t.charAt(top), lineBreak + 1);
        return !(close < 0 || close >= nextBreak || (reopen >= 0 && reopen < close));
    }

    // ------------------------------------------------------------------ paragraphs

    /** Start of the paragraph (line) holding {@code pos}. */
    public int paragraphStart(int pos) {
        int k = Math.min(pos, z);
        while (k > a && t.charAt(k - 1) != '\n') k--;
        return k;
    }

    /** End of the paragraph (line) holding {@code pos}: its line break, or the article's end. */
    public int paragraphEnd(int pos) {
        int k = pos;
        while (k < z && t.charAt(k) != '\n') k++;
        return k;
    }

    // ------------------------------------------------------------------ sentences

    /**
     * Start of the sentence before {@code pos} as a speaker is sought in it: after a sentence mark or
     * a line break, and also after the closing mark of quoted speech (which ends what came before); a
     * quoted term or name (连线“某某一号”平台) is stepped over. Reads the pairs' classification.
     */
    public int sentenceStart(int pos) {
        int k = pos;
        while (k > a) {
            char ch = t.charAt(k - 1);
            if ("。！？!?\n".indexOf(ch) >= 0) break;
            if (TextChars.isCloseQuote(ch) && quoted[k - 1 - a]) {
                QuotedSpan term = termClosingAt(k - 1);
                if (term == null) break;
                k = term.open();
                continue;
            }
            k--;
        }
        return k;
    }

    /** Start of the sentence around {@code pos} over quoted words: after a sentence mark or a line break only. */
    public int sentenceStartOverQuotes(int pos) {
        int k = pos;
        while (k > a && "。！？!?\n".indexOf(t.charAt(k - 1)) < 0) k--;
        return k;
    }

    /**
     * End of the sentence from {@code start} as a report reads it: after its sentence marks and the
     * closing marks that follow them, at a line break, or after quoted words that end their own
     * sentence when no punctuation follows them (…“…。”某某补充，).
     */
    public int sentenceEnd(int start) {
        int k = start;
        while (k < z) {
            char ch = t.charAt(k);
            QuotedSpan s = byOpen.get(k);
            if (s != null) {
                k = s.close() + 1;
                String inner = t.substring(s.begin(), s.end()).strip();
                boolean closed = !inner.isEmpty() && SENTENCE_MARKS.indexOf(inner.charAt(inner.length() - 1)) >= 0;
                if (closed && k < z && "，,、；;：:。！？!?”」』）)\n".indexOf(t.charAt(k)) < 0) return k;
                continue;
            }
            if (ch == '\n') return k;
            if (SENTENCE_MARKS.indexOf(ch) >= 0) {
                k++;
                while (k < z && "。！？!?…”」』".indexOf(t.charAt(k)) >= 0 && !byOpen.containsKey(k)) k++;
                return k;
            }
            k++;
        }
        return z;
    }

    /** The top-level quoted term or name (not speech, short, without sentence punctuation) closing at {@code close}. */
    public QuotedSpan termClosingAt(int close) {
        for (QuotedSpan s : spans) {
            if (s.close() != close) continue;
            if (s.depth() != 0 || s.speechLike()) return null;
            String inner = t.substring(s.begin(), s.end());
            if (inner.length() > 16 || inner.matches("(?s).*[，。！？；,!?;].*")) return null;
            return s;
        }
        return null;
    }

    // ------------------------------------------------------------------ clauses

    /** Start of the clause ending at {@code pos}: after the last comma or semicolon in [from, pos). */
    public int clauseStart(int from, int pos) {
        int k = pos;
        while (k > from && "，,；;".indexOf(t.charAt(k - 1)) < 0) k--;
        return k;
    }

    /** Start of the clause ending at {@code pos} when a colon also ends a clause (a subject before 表示：). */
    public int clauseStartAfterColon(int from, int pos) {
        int k = pos;
        while (k > from && "，,；;：:".indexOf(t.charAt(k - 1)) < 0) k--;
        return k;
    }

    /** Start of the clause ending at {@code pos}, bounded by the article rather than a sentence. */
    public int clauseOrSentenceStart(int pos) {
        int k = pos;
        while (k > a && "，,；;。！？\n".indexOf(t.charAt(k - 1)) < 0) k--;
        return k;
    }
}
