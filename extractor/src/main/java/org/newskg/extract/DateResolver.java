package org.newskg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.NewsDate;

/**
 * Finds Chinese date expressions in text and resolves them to {@link NewsDate}s as precise as the
 * text allows (a day, a month or a year).
 *
 * <p>Handles absolute dates ({@code 2025年4月28日}, {@code 二〇二三年十一月}), partial dates completed
 * from a reference date ({@code 4月28日}, {@code 27日}), ranges ({@code 11月8日至10日},
 * {@code 4月28日—5月2日}), relative words ({@code 昨日}, {@code 今天}, {@code 前天}, {@code 今年},
 * {@code 去年}, {@code 本月}, {@code 近日}/{@code 日前}), a relative word followed by an explicit day in
 * brackets ({@code 昨日（14日）}: the explicit day wins) and anaphoric words ({@code 当天},
 * {@code 当日}, {@code 同日}), which are returned with {@link Kind#ANAPHORIC} and no date: the caller
 * resolves them against the last date it saw.
 *
 * <p>The reference date is the article's date (any precision, or null). When it is null, or
 * lacks the month/year a partial date needs, the {@linkplain #withDefaultYear default year} (if
 * any) supplies the year; parts that cannot be told leave the result null rather than guessed. A
 * month-day without a year is placed in the reference year, or in the neighbouring one when that
 * puts it within a quarter of the reference date across a new year.
 * Whitespace between the parts ({@code 11月 20日}) is tolerated, as PDF extraction leaves it.
 *
 * <p>The words (numerals, units, relative words) are data: {@link DateWords} reads them from the
 * {@code date-*} lexicons.
 */
public final class DateResolver {

    /** How a found expression relates to the reference date. */
    public enum Kind { ABSOLUTE, RELATIVE, ANAPHORIC }

    /**
     * One date expression: its span in the text, start and end dates (null when they cannot be
     * resolved; {@code endDate} is null for a single date), and how it was resolved.
     */
    public record DateSpan(int begin, int end, NewsDate startDate, NewsDate endDate, Kind kind) {
        public boolean resolved() {
            return startDate != null;
        }
    }

    private static final String NUM = "[0-9０-９]{1,4}|" + DateWords.numeralClass() + "{1,4}";
    private static final String S = "[ \\t\\u3000]*";
    private static final String Y_MARK = DateWords.unit("year");
    private static final String M_MARK = DateWords.unit("month");
    private static final String D_MARK = DateWords.unit("day");
    private static final String YEAR = "(?<Y>[12][0-9]{3}|[12１２][0-9０-９]{3}|" + DateWords.chineseYear() + ")" + S + Y_MARK;
    private static final String MONTH = "(?<M>" + NUM + ")" + S + M_MARK;
    private static final String DAY = "(?<D>" + NUM + ")" + S + D_MARK;
    private static final String YEAR2 = "(?<Y2>[12][0-9]{3}|" + DateWords.chineseYear() + ")" + S + Y_MARK;
    private static final String MONTH2 = "(?<M2>" + NUM + ")" + S + M_MARK;
    private static final String DAY2 = "(?<D2>" + NUM + ")" + S + D_MARK;
    private static final String RANGE = S + "(?:" + DateWords.rangeMarks() + ")+" + S;
    private static final String REL = "(?<R>" + DateWords.relativeWords() + ")";

    /** Absolute or partial calendar date, optionally a range; at least one part must be present. */
    private static final Pattern CAL = Pattern.compile(
            "(?:" + YEAR + S + ")?(?:" + MONTH + S + ")?(?:" + DAY + ")?"
                    + "(?:" + RANGE + "(?:" + YEAR2 + S + ")?(?:" + MONTH2 + S + ")?(?:" + DAY2 + "))?");
    /** A relative word, optionally followed by the day it means in brackets: 昨日（14日）. */
    private static final Pattern RELP = Pattern.compile(REL + "(?:" + S + "[（(]" + S + "(?:(?<RM>" + NUM + ")" + S
            + M_MARK + S + ")?(?<RD>" + NUM + ")" + S + D_MARK + S + "[）)])?");
    private static final Pattern ISO = Pattern.compile("(?<![0-9])([12][0-9]{3})-([01]?[0-9])-([0-3]?[0-9])(?![0-9])");

    /** How far across a new year a month(-day) without a year may be read: about a quarter. */
    private static final int NEAR_NEW_YEAR_DAYS = 92;
    /** A bare day this far past the reference day is read in the month before ("27日" on the 3rd). */
    private static final int DAYS_AHEAD_OF_REFERENCE = 7;
    /** The day a month without one is taken to mean when distances are measured. */
    private static final int MID_MONTH = 15;

    private final Integer refYear;
    private final Integer refMonth;
    private final Integer refDay;
    private final Integer defaultYear;

    /** @param reference the article's date, of any precision, or null */
    public DateResolver(NewsDate reference) {
        this(yearOf(reference), monthOf(reference), reference != null && reference.isCalendarDay() ? reference.day() : null, null);
    }

    private DateResolver(Integer y, Integer m, Integer d, Integer defaultYear) {
        this.refYear = y;
        this.refMonth = m;
        this.refDay = d;
        this.defaultYear = defaultYear;
    }

    /** A resolver that uses {@code year} when neither the expression nor the reference gives one. */
    public DateResolver withDefaultYear(Integer year) {
        return new DateResolver(refYear, refMonth, refDay, year);
    }

    /** Resolves a whole expression; the first date found in it, or null when none resolves. */
    public DateSpan resolve(String expression) {
        List<DateSpan> all = find(expression, 0, expression.length());
        return all.isEmpty() ? null : all.get(0);
    }

    /** Resolves an expression to its start date, or null. */
    public NewsDate resolveStart(String expression) {
        DateSpan s = resolve(expression);
        return s == null ? null : s.startDate();
    }

    /** All date expressions in {@code text[from, to)}, in text order, not overlapping. */
    public List<DateSpan> find(CharSequence text, int from, int to) {
        List<DateSpan> out = new ArrayList<>();
        String s = text.subSequence(0, Math.min(to, text.length())).toString();
        int pos = Math.max(0, from);
        Matcher rel = RELP.matcher(s);
        Matcher cal = CAL.matcher(s);
        Matcher iso = ISO.matcher(s);
        while (pos < s.length()) {
            char c = s.charAt(pos);
            DateSpan found = null;
            if (rel.region(pos, s.length()).lookingAt()) {
                found = relative(rel);
                if (DateWords.relative(rel.group("R")).unit() == DateWords.Unit.YEAR
                        && cal.region(rel.end(), s.length()).lookingAt() && cal.group("Y") == null && cal.group("M") != null) {
                    found = monthOfYearWord(found, cal);
                }
            } else if (DateWords.isDigitLike(c) && (pos == 0 || !DateWords.isDigitLike(s.charAt(pos - 1)))) {
                if (iso.region(pos, s.length()).lookingAt()) {
                    found = isoDate(iso);
                } else if (cal.region(pos, s.length()).lookingAt() && cal.end() > pos) {
                    found = calendar(cal);
                }
            }
            if (found != null) {
                out.add(found);
                pos = found.end();
            } else {
                pos++;
            }
        }
        return out;
    }

    /**
     * {@code 今年2月}, {@code 去年11月8日}: the month (and day, or range) read in the year the word
     * names, rather than in the year nearest the reference. The year word alone when that year is
     * unknown or the month is not a date.
     */
    private DateSpan monthOfYearWord(DateSpan yearWord, Matcher cal) {
        Integer y = yearOf(yearWord.startDate());
        DateSpan month = y == null ? null : new DateResolver(y, null, null, null).calendar(cal);
        if (month == null || month.startDate() == null) return yearWord;
        return new DateSpan(yearWord.begin(), month.end(), month.startDate(), month.endDate(), Kind.RELATIVE);
    }

    private DateSpan isoDate(Matcher m) {
        Integer y = Integer.parseInt(m.group(1));
        Integer mo = Integer.parseInt(m.group(2));
        Integer d = Integer.parseInt(m.group(3));
        if (!valid(y, mo, d)) return null;
        return new DateSpan(m.start(), m.end(), date(y, mo, d), null, Kind.ABSOLUTE);
    }

    private DateSpan calendar(Matcher m) {
        Integer y = DateWords.year(m.group("Y"));
        Integer mo = DateWords.number(m.group("M"));
        Integer d = DateWords.number(m.group("D"));
        if (y == null && mo == null && d == null) return null;
        if (m.group("Y") != null && y == null) return null;
        // Chinese numerals alone are too often counts (两日, 三月份, 一月间): need month and day
        if (y == null && DateWords.isNumeral(m.group().charAt(0)) && (mo == null || d == null)) return null;
        if (mo != null && (mo < 1 || mo > 12)) return null;
        if (d != null && (d < 1 || d > 31)) return null;
        // A bare number of years ("5年") is not a date; YEAR already requires 4 digits.
        Kind kind = y != null ? Kind.ABSOLUTE : Kind.RELATIVE;
        int[] start = complete(y, mo, d);
        NewsDate startDate = start == null ? null : date(start[0], start[1], start[2]);
        NewsDate endDate = null;
        if (m.group("D2") != null) {
            Integer d2 = DateWords.number(m.group("D2"));
            Integer mo2 = DateWords.number(m.group("M2"));
            // not a valid range end: give up the range part
            if (d2 == null || d2 < 1 || d2 > 31 || (mo2 != null && (mo2 < 1 || mo2 > 12))) {
                return new DateSpan(m.start(), rangeStart(m), startDate, null, kind);
            }
            endDate = rangeEnd(start, DateWords.year(m.group("Y2")), mo2, d2);
        }
        if (startDate == null && y == null && mo == null && d != null && refMonth == null) {
            // day only, no month known: still a date expression, unresolved
            return new DateSpan(m.start(), m.end(), null, null, kind);
        }
        return new DateSpan(m.start(), m.end(), startDate, endDate, kind);
    }

    /** The end of a range whose start is {@code start} ({y, m, d}, 0 for unknown): its missing parts are the start's. */
    private static NewsDate rangeEnd(int[] start, Integer y2, Integer mo2, int d2) {
        if (start == null || start[0] == 0) return null;
        int ey = y2 != null ? y2 : start[0];
        int em = mo2 != null ? mo2 : start[1];
        if (em == 0) return null;
        if (mo2 != null && y2 == null && mo2 < start[1]) ey++; // 12月30日至1月2日
        return valid(ey, em, d2) ? date(ey, em, d2) : null;
    }

    private static int rangeStart(Matcher m) {
        int e = m.start();
        for (String g : new String[] {"Y", "M", "D"}) if (m.group(g) != null) e = Math.max(e, m.end(g) + 1);
        return e;
    }

    /** Fills missing parts of y/m/d from the reference; returns {y,m,d} with 0 for unknown, or null. */
    private int[] complete(Integer y, Integer mo, Integer d) {
        if (y != null) {
            if (mo == null && d != null) return new int[] {y, 0, 0};
            if (mo != null && d != null && !valid(y, mo, d)) return null;
            return new int[] {y, mo == null ? 0 : mo, d == null ? 0 : d};
        }
        if (mo != null) {
            Integer yy = yearFor(mo, d);
            if (yy == null) return null;
            if (d != null && !valid(yy, mo, d)) return null;
            return new int[] {yy, mo, d == null ? 0 : d};
        }
        // day only
        if (refYear != null && refMonth != null) {
            int yy = refYear, mm = refMonth;
            if (refDay != null && d > refDay + DAYS_AHEAD_OF_REFERENCE) { // "27日" read on the 3rd of a month: last month
                mm--;
                if (mm == 0) { mm = 12; yy--; }
            }
            if (!valid(yy, mm, d)) return null;
            return new int[] {yy, mm, d};
        }
        return null;
    }

    /**
     * Year for a month(-day) without one: the reference year, unless the date lies close across a
     * new year ({@code 12月30日} read on 3 January). News writes "明年"/"去年" for dates further off,
     * so a month half a year away ({@code 4月} read in November) stays in the reference year.
     */
    private Integer yearFor(int mo, Integer d) {
        if (refYear == null) return defaultYear;
        if (refMonth == null) return refYear;
        LocalDate ref = LocalDate.of(refYear, refMonth, refDay == null ? MID_MONTH : refDay);
        long sameYear = distance(ref, refYear, mo, d);
        for (int y : new int[] {refYear - 1, refYear + 1}) {
            long dist = distance(ref, y, mo, d);
            if (dist <= NEAR_NEW_YEAR_DAYS && dist < sameYear) return y;
        }
        return refYear;
    }

    /** Days between {@code ref} and month {@code mo} (day {@code d}, mid-month when null) of year {@code y}. */
    private static long distance(LocalDate ref, int y, int mo, Integer d) {
        int dd = d == null ? MID_MONTH : Math.min(d, YearMonth.of(y, mo).lengthOfMonth());
        return Math.abs(ChronoUnit.DAYS.between(ref, LocalDate.of(y, mo, dd)));
    }

    /**
     * A relative word: an anaphoric one unresolved; a year or month word moved from the reference
     * (or default) year; a day word from the reference day, unless a day in brackets follows it.
     */
    private DateSpan relative(Matcher m) {
        DateWords.Relative w = DateWords.relative(m.group("R"));
        int b = m.start(), e = m.end();
        if (w.reading() == DateWords.Reading.ANAPHORIC) return new DateSpan(b, e, null, null, Kind.ANAPHORIC);
        if (w.unit() == DateWords.Unit.YEAR) return new DateSpan(b, e, yearOffset(w.offset()), null, Kind.RELATIVE);
        if (w.unit() == DateWords.Unit.MONTH) return new DateSpan(b, e, monthOffset(w.offset()), null, Kind.RELATIVE);
        Integer explicitDay = DateWords.number(m.group("RD"));
        if (explicitDay != null) {
            int[] c = complete(null, DateWords.number(m.group("RM")), explicitDay);
            return new DateSpan(b, e, c == null ? null : date(c[0], c[1], c[2]), null, Kind.RELATIVE);
        }
        if (refYear == null || refMonth == null || refDay == null) return new DateSpan(b, e, null, null, Kind.RELATIVE);
        LocalDate d = LocalDate.of(refYear, refMonth, refDay).plusDays(w.offset());
        return new DateSpan(b, e, NewsDate.of(d), null, Kind.RELATIVE);
    }

    private NewsDate yearOffset(int k) {
        Integer y = refYear != null ? refYear : defaultYear;
        return y == null ? null : NewsDate.ofYear(y + k);
    }

    private NewsDate monthOffset(int k) {
        if (refYear == null || refMonth == null) return null;
        return NewsDate.of(YearMonth.of(refYear, refMonth).plusMonths(k));
    }

    private static boolean valid(Integer y, Integer m, Integer d) {
        if (y == null || m == null || d == null) return true;
        if (m < 1 || m > 12 || d < 1) return false;
        return d <= YearMonth.of(y, m).lengthOfMonth();
    }

    /** The date of the known parts (0 or null for unknown): a year, a month or a day; null without a year. */
    private static NewsDate date(Integer y, Integer m, Integer d) {
        if (y == null || y == 0) return null;
        if (m == null || m == 0) return NewsDate.ofYear(y);
        if (d == null || d == 0) return NewsDate.ofMonth(y, m);
        return NewsDate.ofDay(y, m, d);
    }

    /** The year of a date, or null when it has none. */
    private static Integer yearOf(NewsDate date) {
        return date == null || !date.precision().hasYear() ? null : date.year();
    }

    /** The month of a date stating one with its year, or null. */
    private static Integer monthOf(NewsDate date) {
        return yearOf(date) == null || date.precision() == NewsDate.Precision.YEAR ? null : date.month();
    }
}
