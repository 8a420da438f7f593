package org.newskg.bench;

import java.util.ArrayList;
import java.util.List;
import org.newskg.annotate.EntityLabel;
import org.newskg.annotate.Token;
import org.newskg.annotate.Tokenizer;
import org.newskg.annotate.hanlp.HanlpTokenizer;

/**
 * Finds what the scaler may replace in an item's text: the persons, transliterated persons and
 * places HanLP recognizes (two characters or more), and the runs of ASCII digits that are not part of a
 * date or a time. HTML tags and Markdown link lines ({@code [text](url)}) are left alone. One instance per
 * thread.
 */
final class NameSpans {
    enum Kind { PERSON, FOREIGN_PERSON, PLACE, NUMBER }

    /** A span of the text, end exclusive. */
    record Span(int begin, int end, Kind kind) {
    }

    private static final String DATE_UNITS = DayFile.FRAME.chars("date-units");

    private final Tokenizer tokenizer = new HanlpTokenizer();

    /** The spans of {@code text}, in text order, none overlapping. */
    List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (!text.startsWith("[", lineStart)) findInLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** Runs of the line outside HTML tags, each segmented on its own. */
    private void findInLine(String text, int begin, int end, List<Span> out) {
        int i = begin;
        while (i < end) {
            int tag = text.indexOf('<', i);
            int runEnd = tag < 0 || tag > end ? end : tag;
            if (runEnd > i) findInRun(text, i, runEnd, out);
            if (runEnd == end) break;
            int close = text.indexOf('>', runEnd);
            i = close < 0 || close >= end ? end : close + 1;
        }
    }

    private void findInRun(String text, int begin, int end, List<Span> out) {
        List<Span> run = new ArrayList<>();
        for (Token t : tokenizer.tokenize(text, begin, end)) {
            Kind kind = kindOf(t);
            if (kind != null && t.end() - t.begin() >= 2) run.add(new Span(t.begin(), t.end(), kind));
        }
        int i = begin;
        while (i < end) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < end && isDigit(text.charAt(j))) j++;
            if (j >= text.length() || DATE_UNITS.indexOf(text.charAt(j)) < 0) run.add(new Span(i, j, Kind.NUMBER));
            i = j;
        }
        run.sort(java.util.Comparator.comparingInt(Span::begin));
        out.addAll(run);
    }

    private static Kind kindOf(Token t) {
        if (t.entity() == EntityLabel.TRANSLITERATED_PERSON) return Kind.FOREIGN_PERSON;
        if (t.entity() == EntityLabel.PERSON) return Kind.PERSON;
        if (t.entity() == EntityLabel.PLACE) return Kind.PLACE;
        return null;
    }

    /** ASCII digits; a run followed by a date or time unit (9月, 24日, 19时) is kept as it is. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
