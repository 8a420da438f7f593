package org.newskg.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Repairs text layout so that sentences read as they were written:
 * <ul>
 *   <li>spaces at line starts and ends go; runs of spaces shrink to one;</li>
 *   <li>layout spaces go where Chinese typesetting has none: between a Han character and a digit
 *       ("11月 20日", "第 11个"), and next to Chinese punctuation ("说 ，"); in hard-wrapped text, a
 *       short line of spaced-out characters ("通 等 方 面 走", from justified text around a picture)
 *       loses its spaces. Spaces between Han characters are otherwise kept: they separate headline
 *       phrases and names;</li>
 *   <li>paragraphs broken by hard line breaks are joined: a line that does not end a sentence is
 *       joined to the next line (the break and blank line between them are dropped) when the next
 *       line continues it.</li>
 * </ul>
 *
 * <p>Whether a line break inside a paragraph is a wrap depends on the file. In hard-wrapped text
 * (PDF extraction: most lines end mid-sentence, as in a narrow newspaper column) every line that
 * does not end a sentence is joined to the next. In clean text (one paragraph per line) short
 * lines without final punctuation are headlines and section heads and stay apart; only a long
 * line with clause punctuation (，、) and no final punctuation is a broken paragraph and is joined.
 * Never joined: Markdown headings, bylines, credits, datelines, captions and continuation marks;
 * and in hard-wrapped text, a headline-shaped line far wider than the column (a headline above the
 * column) and two short headline-shaped lines standing before a credit or at the text's end (a
 * two-line headline).
 * Text that came from HTML keeps its paragraphs as marked up.
 */
final class LayoutRepairer {

    /** Lines (of at least this many characters) that decide whether a file is hard-wrapped. */
    private static final int MODE_MIN_LINE = 8;
    private static final int MODE_MIN_LINES = 8;
    private static final double HARD_WRAP_SHARE = 0.5;
    /** In clean text, a broken paragraph line has at least this many characters. */
    private static final int CLEAN_MIN_LENGTH = 12;
    /** A short spaced-out line: at most this many characters besides the spaces. */
    private static final int SPACED_MAX_CHARS = 12;

    private LayoutRepairer() {
    }

    /**
     * @param joinLines whether wrapped lines may be joined (false for text from HTML, whose
     *                  paragraphs are explicit)
     */
    static MappedText repair(MappedText in, boolean joinLines) {
        String s = in.text;
        int n = s.length();
        Lines lines = Lines.of(s);
        int count = lines.count();
        boolean hardWrapped = joinLines && isHardWrapped(s, lines);
        int columnWidth = hardWrapped ? columnWidth(lines) : Integer.MAX_VALUE;

        boolean[] joinNext = new boolean[count];
        if (joinLines) {
            int prev = -1;
            for (int i = 0; i < count; i++) {
                if (lines.isBlank(i)) continue;
                if (prev >= 0 && i - prev - 1 <= 1 && shouldJoin(s, lines, prev, i, hardWrapped, columnWidth)) {
                    joinNext[prev] = true;
                }
                prev = i;
            }
        }

        MappedText.Builder out = new MappedText.Builder(n);
        int i = 0;
        while (i < count) {
            if (!lines.isBlank(i)) {
                emitContent(s, in, lines, i, hardWrapped, out);
            }
            if (joinNext[i]) {
                int j = i + 1;
                while (lines.isBlank(j)) j++;
                int breakAt = lines.end(i); // the '\n' ending line i
                char last = s.charAt(lines.contentEnd(i) - 1);
                char next = s.charAt(lines.contentBegin(j));
                if (needsSpace(last, next)) out.append(' ', in.origin[breakAt]);
                i = j;
                continue;
            }
            if (lines.end(i) < n) out.append('\n', in.origin[lines.end(i)]);
            i++;
        }
        return out.build(in.origin[n]);
    }

    /** English words wrapped across lines need the space the break stood for. */
    private static boolean needsSpace(char last, char next) {
        return (TextChars.isAsciiLetter(last) || TextChars.isAsciiDigit(last) || last == ',' || last == '.')
                && (TextChars.isAsciiLetter(next) || TextChars.isAsciiDigit(next));
    }

    private static boolean isHardWrapped(String s, Lines lines) {
        int considered = 0;
        int open = 0;
        for (int i = 0; i < lines.count(); i++) {
            int b = lines.contentBegin(i);
            int e = lines.contentEnd(i);
            if (e - b < MODE_MIN_LINE || s.charAt(b) == '#') continue;
            considered++;
            if (!TextChars.endsSentence(s, b, e)) open++;
        }
        return considered >= MODE_MIN_LINES && open >= HARD_WRAP_SHARE * considered;
    }

    /** The usual length of a full line of hard-wrapped text: the median of the lines that decide the mode. */
    private static int columnWidth(Lines lines) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < lines.count(); i++) {
            int length = lines.contentEnd(i) - lines.contentBegin(i);
            if (length >= MODE_MIN_LINE) lengths.add(length);
        }
        if (lengths.isEmpty()) return Integer.MAX_VALUE;
        Collections.sort(lengths);
        return lengths.get(lengths.size() / 2);
    }

    private static boolean isClosingMark(char c) {
        return "”’」』）)》，。、；：？！,.;:?!".indexOf(c) >= 0;
    }

    private static boolean shouldJoin(String s, Lines lines, int a, int b, boolean hardWrapped, int columnWidth) {
        int ab = lines.contentBegin(a);
        int ae = lines.contentEnd(a);
        int bb = lines.contentBegin(b);
        int be = lines.contentEnd(b);
        String lineA = s.substring(ab, ae);
        String lineB = s.substring(bb, be);
        if (hardWrapped && (isHeadlineOfPage(s, lines, a, b, columnWidth) || isHeadlineOfPage(s, lines, b, b, columnWidth)
                || opensCreditedHeadline(s, lines, a, b, columnWidth))) {
            return false;
        }
        boolean blockFollows = Structure.startsBlock(lineB);
        // no paragraph starts with closing punctuation: the column broke before a mark (。|”某某说)
        if (hardWrapped && isClosingMark(lineB.charAt(0)) && !blockFollows) return true;
        // a sentence that ends at the column's edge need not end the paragraph
        if (TextChars.endsSentence(s, ab, ae)) return hardWrapped && ae - ab >= columnWidth && !blockFollows;
        if (Structure.isStructural(lineA) || blockFollows) return false;
        char first = lineB.charAt(0);
        if (hardWrapped) return true;
        // clean text: only a long, clause-punctuated line without final punctuation is a wrap
        if (TextChars.endsWithCloser(s, ab, ae) || TextChars.isOpener(first)
                || TextChars.isCjkPunctuation(first)) {
            return false;
        }
        return ae - ab >= CLEAN_MIN_LENGTH && (lineA.indexOf('，') >= 0 || lineA.indexOf('、') >= 0);
    }

    /**
     * In hard-wrapped text, a headline-shaped line well over the column's width is no line of the
     * column: a headline set across columns (or a web headline above a wrapped story), which the
     * next line does not continue unless it opens with a subtitle dash. A line with clause
     * punctuation (a caption's long line) is not taken for one.
     */
    private static boolean isHeadlineOfPage(String s, Lines lines, int a, int next, int columnWidth) {
        int b = lines.contentBegin(a);
        int e = lines.contentEnd(a);
        String line = s.substring(b, e);
        boolean wide = e - b > columnWidth * 3 / 2 || (e - b > columnWidth && hasPhraseSpace(line));
        return wide && PageLine.isHeadlineShaped(line, PageLine.MAX_HEADLINE_BEFORE_CREDIT)
                && line.indexOf('，') < 0 && line.indexOf('；') < 0 && line.indexOf('、') < 0
                && s.charAt(lines.contentBegin(next)) != '—';
    }

    /**
     * Whether Han phrases of two or more characters stand apart on the line (首次在港举办 把握机遇), as
     * headline phrases do; running text has no such spaces, and justified lines space out single
     * characters. A line with Latin letters or digits is not judged: their half widths and spaces
     * make a column line longer in characters.
     */
    private static boolean hasPhraseSpace(String line) {
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c < 0x80 && c != ' ') return false;
        }
        int sp = line.indexOf(' ');
        if (sp < 0) return false;
        for (String phrase : line.split(" +")) {
            if (phrase.length() < 2) return false;
        }
        return true;
    }

    /**
     * In hard-wrapped text, two headline-shaped lines no longer than the column followed by a byline
     * or dateline, or ending the text, are a headline of two lines (主标题 / 副标题), not a wrapped
     * sentence: the credit shows where the story starts, and running text does not stand right
     * before it (a headline displaced to the page's end titles a story above it).
     */
    private static boolean opensCreditedHeadline(String s, Lines lines, int a, int b, int columnWidth) {
        if (!isShortHeadline(s, lines, a, columnWidth) || !isShortHeadline(s, lines, b, columnWidth)) return false;
        // a subtitle opening with a dash (——记…) reads on from its title
        if (s.charAt(lines.contentBegin(b)) == '—') return false;
        int c = b + 1;
        while (c < lines.count() && lines.isBlank(c)) c++;
        if (c >= lines.count()) return true;
        if (c - b - 1 > 2) return false;
        String next = s.substring(lines.contentBegin(c), lines.contentEnd(c));
        return Bylines.parse(next).isPresent() || Datelines.parse(next).isPresent();
    }

    private static boolean isShortHeadline(String s, Lines lines, int i, int columnWidth) {
        int b = lines.contentBegin(i);
        int e = lines.contentEnd(i);
        String line = s.substring(b, e);
        return e - b <= columnWidth && PageLine.isHeadlineShaped(line, PageLine.MAX_HEADLINE)
                && line.indexOf('，') < 0 && !Structure.startsBlock(line);
    }

    /** Emits line {@code i}'s content (trimmed), dropping layout spaces. */
    private static void emitContent(String s, MappedText in, Lines lines, int i, boolean hardWrapped,
                                    MappedText.Builder out) {
        int b = lines.contentBegin(i);
        int e = lines.contentEnd(i);
        boolean spacedOut = hardWrapped && isSpacedOut(s, b, e);
        int k = b;
        while (k < e) {
            char c = s.charAt(k);
            if (c != ' ') {
                out.append(c, in.origin[k]);
                k++;
                continue;
            }
            int runEnd = k;
            while (runEnd < e && s.charAt(runEnd) == ' ') runEnd++;
            // content is trimmed, so a space run always has characters on both sides
            char left = s.charAt(k - 1);
            char right = s.charAt(runEnd);
            // the space after Markdown heading marks is syntax, not layout
            boolean keep = left == '#' || (!spacedOut && !isLayoutSpace(left, right));
            if (keep) out.append(' ', in.origin[k]);
            k = runEnd;
        }
    }

    /** A space Chinese typesetting would not have: Han next to a digit, or next to Chinese punctuation. */
    static boolean isLayoutSpace(char left, char right) {
        if (TextChars.isCjkPunctuation(left) || TextChars.isCjkPunctuation(right)) return true;
        return (TextChars.isHan(left) && TextChars.isAsciiDigit(right))
                || (TextChars.isAsciiDigit(left) && TextChars.isHan(right));
    }

    /** A short line of one- or two-character tokens ("尔 代", "通 等 方 面 走"): justification spacing. */
    private static boolean isSpacedOut(String s, int b, int e) {
        int chars = 0;
        int tokens = 0;
        int tokenLength = 0;
        for (int k = b; k < e; k++) {
            char c = s.charAt(k);
            if (c == ' ') {
                if (tokenLength > 0) tokens++;
                tokenLength = 0;
                continue;
            }
            if (!TextChars.isHan(c) && !TextChars.isCjkPunctuation(c)) return false;
            chars++;
            if (++tokenLength > 2) return false;
        }
        if (tokenLength > 0) tokens++;
        return tokens >= 2 && chars <= SPACED_MAX_CHARS;
    }

    /** Line boundaries of a text split at {@code '\n'}, with trimmed content bounds. */
    static final class Lines {
        private final int[] end;
        private final int[] contentBegin;
        private final int[] contentEnd;
        private final int count;

        private Lines(int[] end, int[] cb, int[] ce, int count) {
            this.end = end;
            this.contentBegin = cb;
            this.contentEnd = ce;
            this.count = count;
        }

        static Lines of(String s) {
            int n = s.length();
            int cap = 16;
            int[] b = new int[cap];
            int[] e = new int[cap];
            int count = 0;
            int start = 0;
            while (true) {
                int nl = s.indexOf('\n', start);
                int end = nl < 0 ? n : nl;
                if (count == b.length) {
                    b = java.util.Arrays.copyOf(b, count * 2);
                    e = java.util.Arrays.copyOf(e, count * 2);
                }
                b[count] = start;
                e[count] = end;
                count++;
                if (nl < 0) break;
                start = nl + 1;
            }
            int[] cb = new int[count];
            int[] ce = new int[count];
            for (int i = 0; i < count; i++) {
                int x = b[i];
                int y = e[i];
                while (x < y && s.charAt(x) == ' ') x++;
                while (y > x && s.charAt(y - 1) == ' ') y--;
                cb[i] = x;
                ce[i] = y;
            }
            return new Lines(e, cb, ce, count);
        }

        int count() {
            return count;
        }

        /** Index of the {@code '\n'} that ends line {@code i}, or the text length for the last line. */
        int end(int i) {
            return end[i];
        }

        int contentBegin(int i) {
            return contentBegin[i];
        }

        int contentEnd(int i) {
            return contentEnd[i];
        }

        boolean isBlank(int i) {
            return contentBegin[i] == contentEnd[i];
        }
    }
}
