package org.newskg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of an analysis text, classified by the role it plays on a news page. The splitter reads
 * article boundaries and credits from these roles.
 *
 * @param begin    offset of the line's first character (after the previous line break)
 * @param end      offset of the line's end (its line break, or the text end)
 * @param content  the trimmed line
 * @param kind     its role
 * @param level    Markdown heading level for {@link Kind#HEADING}, else 0
 * @param byline   the parsed byline for {@link Kind#BYLINE}, else null
 * @param dateline the parsed dateline for {@link Kind#DATELINE}, else null
 */
record PageLine(int begin, int end, String content, Kind kind, int level, Bylines.Byline byline,
                Datelines.Dateline dateline) {

    enum Kind {
        BLANK,
        /** Markdown heading. */
        HEADING,
        /** Short line without final punctuation: headline, sub-headline or section head. */
        HEADLINE,
        /** 本报记者 张 盼 and the like. */
        BYLINE,
        /** 主办方供图, 新华社记者 X 摄. */
        PHOTO_CREDIT,
        /** ▲…, 图为…. */
        CAPTION,
        /** (上接第二版). */
        CONTINUED_FROM,
        /** (下转第四版). */
        CONTINUES_ON,
        /** A paragraph opening with a dateline (新华社香港4月27日电…). */
        DATELINE,
        /** Running text. */
        TEXT
    }

    /** Longest line that counts as a headline on its own. */
    static final int MAX_HEADLINE = 40;
    /** Longest line that counts as a headline when a byline or dateline follows it. */
    static final int MAX_HEADLINE_BEFORE_CREDIT = 80;

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    boolean isCredit() {
        return kind == Kind.BYLINE || kind == Kind.DATELINE;
    }

    /** The text a title uses: heading marks removed. */
    String titleText() {
        return kind == Kind.HEADING ? Structure.headingText(content) : content;
    }

    /** Splits and classifies the lines of {@code text}. */
    static List<PageLine> of(String text) {
        List<PageLine> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            lines.add(classify(start, end, text.substring(start, end).strip()));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }

    private static PageLine classify(int begin, int end, String c) {
        if (c.isEmpty()) return new PageLine(begin, end, c, Kind.BLANK, 0, null, null);
        int level = Structure.headingLevel(c);
        if (level > 0) return new PageLine(begin, end, c, Kind.HEADING, level, null, null);
        if (Structure.isContinuedFrom(c)) return simple(begin, end, c, Kind.CONTINUED_FROM);
        if (Structure.isContinuesOn(c)) return simple(begin, end, c, Kind.CONTINUES_ON);
        if (Bylines.isPhotoCredit(c)) return simple(begin, end, c, Kind.PHOTO_CREDIT);
        var byline = Bylines.parse(c);
        if (byline.isPresent()) return new PageLine(begin, end, c, Kind.BYLINE, 0, byline.get(), null);
        if (Structure.isCaption(c)) return simple(begin, end, c, Kind.CAPTION);
        var dateline = Datelines.parse(c);
        if (dateline.isPresent()) return new PageLine(begin, end, c, Kind.DATELINE, 0, null, dateline.get());
        if (isHeadlineShaped(c, MAX_HEADLINE) && !Structure.isListItem(c)) return simple(begin, end, c, Kind.HEADLINE);
        return simple(begin, end, c, Kind.TEXT);
    }

    private static PageLine simple(int begin, int end, String c, Kind kind) {
        return new PageLine(begin, end, c, kind, 0, null, null);
    }

    /**
     * A line that can be a headline: at most {@code max} characters, no full stop inside, and not
     * ending with sentence, clause or introduction punctuation.
     */
    static boolean isHeadlineShaped(String c, int max) {
        if (c.length() > max || c.indexOf('。') >= 0) return false;
        char last = c.charAt(c.length() - 1);
        if (last == '，' || last == '、' || last == ',' || last == '…') return false;
        return !TextChars.endsSentence(c, 0, c.length());
    }
}
