package org.newskg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Chinese date expressions in text and resolves them to ISO 8601 strings as precise as the
 * text allows ({@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}).
 *
 * <p>Handles absolute dates ({@code 2025年4月28日}, {@code 二〇二三年十一月}), partial dates completed
 * from a reference date ({@code 4月28日}, {@code 27日}), ranges ({@code 11月8日至10日},
 * {@code 4月28日—5月2日}), relative words ({@code 昨日}, {@code 今天}, {@code 前天}, {@code 今年},
 * {@code 去年}, {@code 本月}, {@code 近日}/{@code 日前}), a relative word followed by an explicit day in
 * brackets ({@code 昨日（14日）}: the explicit day wins) and anaphoric words ({@code 当天},
 * {@code 当日}, {@code 同日}), which are returned with {@link Kind#ANAPHORIC} and no date: the caller
 * resolves them against the last date it saw.
 *
 * <p>The reference date is the article's date (ISO, any precision, or null). When it is null, or
 * lacks the month/year a partial date needs, the {@linkplain #withDefaultYear default year} (if
 * any) supplies the year; parts that cannot be told leave the result null rather than guessed. A
 * month-day without a year is placed in the reference year, or in the neighbouring one when that
 * puts it within a quarter of the reference date across a new year.
 * Whitespace between the parts ({@code 11月 20日}) is tolerated, as PDF extraction leaves it.
 */
public final class DateResolver {

    /** How a found expression relates to the reference date. */
    public enum Kind { ABSOLUTE, RELATIVE, ANAPHORIC }

    /**
     * One date expression: its span in the text, start and end ISO strings (null when they cannot
     * be resolved; {@code end} is null for a single date), and how it was resolved.
     */
    public record DateSpan(int begin, int end, String startDate, String endDate, Kind kind) {
        public boolean resolved() {
            return startDate != null;
        }
    }

    private static final String NUM = "[0-9０-９]{1,4}|[〇零○一二三四五六七八九十两]{1,4}";
    private static final String S = "[ \\t\\u3000]*";
    private static final String YEAR = "(?<Y>[12][0-9]{3}|[12１２][0-9０-９]{3}|[〇零○一二][〇零○一二三四五六七八九]{3})" + S + "年";
    private static final String MONTH = "(?<M>" + NUM + ")" + S + "月";
    private static final String DAY = "(?<D>" + NUM + ")" + S + "[日号]";
    private static final String YEAR2 = "(?<Y2>[12][0-9]{3}|[〇零○一二][〇零○一二三四五六七八九]{3})" + S + "年";
    private static final String MONTH2 = "(?<M2>" + NUM + ")" + S + "月";
    private static final String DAY2 = "(?<D2>" + NUM + ")" + S + "[日号]";
    private static final String RANGE = S + "(?:至|到|—|–|-|－|～|~|〜)+" + S;
    private static final String REL = "(?<R>昨日|昨天|今日|今天|明日|明天|前日|前天|后天|今年|去年|明年|前年|本月|上月|下月|上个月|下个月|近日|日前|当天|当日|同日|翌日|次日)";

    /** Absolute or partial calendar date, optionally a range; at least one part must be present. */
    private static final Pattern CAL = Pattern.compile(
            "(?:" + YEAR + S + ")?(?:" + MONTH + S + ")?(?:" + DAY + ")?"
                    + "(?:" + RANGE + "(?:" + YEAR2 + S + ")?(?:" + MONTH2 + S + ")?(?:" + DAY2 + "))?");
    private static final Pattern RELP = Pattern.compile(REL + "(?:" + S + "[（(]" + S + "(?:(?<RM>" + NUM + ")" + S + "月" + S + ")?(?<RD>" + NUM + ")" + S + "[日号]" + S + "[）)])?");
    private static final Pattern ISO = Pattern.compile("(?<![0-9])([12][0-9]{3})-([01]?[0-9])-([0-3]?[0-9])(?![0-9])");

    private final Integer refYear;
    private final Integer refMonth;
    private final Integer refDay;
    private final Integer defaultYear;

    /** @param referenceDate the article's date, ISO yyyy-MM-dd / yyyy-MM / yyyy, or null */
    public DateResolver(String referenceDate) {
        this(parseYear(referenceDate), parseMonth(referenceDate), parseDay(referenceDate), null);
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

    /** The reference date as given (normalised), or null. */
    public String reference() {
        return iso(refYear, refMonth, refDay);
    }

    /** Resolves a whole expression; the first date found in it, or null when none resolves. */
    public DateSpan resolve(String expression) {
        List<DateSpan> all = find(expression, 0, expression.length());
        return all.isEmpty() ? null : all.get(0);
    }

    /** Resolves an expression to its start date ISO string, or null. */
    public String resolveStart(String expression) {
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
                if (YEAR_WORDS.contains(rel.group("R")) && cal.region(rel.end(), s.length()).lookingAt()
                        && cal.group("Y") == null && cal.group("M") != null) {
                    found = monthOfYearWord(found, cal);
                }
            } else if (isDigitLike(c) && (pos == 0 || !isDigitLike(s.charAt(pos - 1)))) {
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

    /** Relative words naming a year, which fix the year of a month written right after them. */
    private static final Set<String> YEAR_WORDS = Set.of("今年", "去年", "明年", "前年");

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

    private static boolean isDigitLike(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || "〇零○一二三四五六七八九十两".indexOf(c) >= 0;
    }

    private DateSpan isoDate(Matcher m) {
        Integer y = Integer.parseInt(m.group(1));
        Integer mo = Integer.parseInt(m.group(2));
        Integer d = Integer.parseInt(m.group(3));
        if (!valid(y, mo, d)) return null;
        return new DateSpan(m.start(), m.end(), iso(y, mo, d), null, Kind.ABSOLUTE);
    }

    private DateSpan calendar(Matcher m) {
        Integer y = year(m.group("Y"));
        Integer mo = number(m.group("M"));
        Integer d = number(m.group("D"));
        if (y == null && mo == null && d == null) return null;
        if (m.group("Y") != null && y == null) return null;
        // Chinese numerals alone are too often counts (两日, 三月份, 一月间): need month and day
        if (y == null && "〇零○一二三四五六七八九十两".indexOf(m.group().charAt(0)) >= 0 && (mo == null || d == null)) return null;
        if (mo != null && (mo < 1 || mo > 12)) return null;
        if (d != null && (d < 1 || d > 31)) return null;
        // A bare number of years ("5年") is not a date; YEAR already requires 4 digits.
        Kind kind = y != null ? Kind.ABSOLUTE : Kind.RELATIVE;
        int[] start = complete(y, mo, d);
        String startIso = start == null ? null : iso(start[0] == 0 ? null : start[0], start[1] == 0 ? null : start[1], start[2] == 0 ? null : start[2]);
        String endIso = null;
        if (m.group("D2") != null) {
            Integer y2 = year(m.group("Y2"));
            Integer mo2 = number(m.group("M2"));
            Integer d2 = number(m.group("D2"));
            if (d2 != null && d2 >= 1 && d2 <= 31 && (mo2 == null || (mo2 >= 1 && mo2 <= 12))) {
                if (start != null && start[0] != 0) {
                    int ey = y2 != null ? y2 : start[0];
                    int em = mo2 != null ? mo2 : start[1];
                    if (em != 0) {
                        if (mo2 != null && y2 == null && mo2 < start[1]) ey++; // 12月30日至1月2日
                        endIso = valid(ey, em, d2) ? iso(ey, em, d2) : null;
                    }
                }
            } else {
                // not a valid range end: give up the range part
                return new DateSpan(m.start(), rangeStart(m), startIso, null, kind);
            }
        }
        if (startIso == null && y == null && mo == null && d != null && refMonth == null) {
            // day only, no month known: still a date expression, unresolved
            return new DateSpan(m.start(), m.end(), null, null, kind);
        }
        return new DateSpan(m.start(), m.end(), startIso, endIso, kind);
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
            if (refDay != null && d > refDay + 7) { // "27日" read on the 3rd of a month: last month
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
        LocalDate ref = LocalDate.of(refYear, refMonth, refDay == null ? 15 : refDay);
        long sameYear = distance(ref, refYear, mo, d);
        for (int y : new int[] {refYear - 1, refYear + 1}) {
            long dist = distance(ref, y, mo, d);
            if (dist <= NEAR_NEW_YEAR_DAYS && dist < sameYear) return y;
        }
        return refYear;
    }

    /** How far across a new year a month(-day) without a year may be read: about a quarter. */
    private static final int NEAR_NEW_YEAR_DAYS = 92;

    /** Days between {@code ref} and month {@code mo} (day {@code d}, mid-month when null) of year {@code y}. */
    private static long distance(LocalDate ref, int y, int mo, Integer d) {
        int dd = d == null ? 15 : Math.min(d, YearMonth.of(y, mo).lengthOfMonth());
        return Math.abs(ChronoUnit.DAYS.between(ref, LocalDate.of(y, mo, dd)));
    }

    private DateSpan relative(Matcher m) {
        String w = m.group("R");
        Integer explicitDay = number(m.group("RD"));
        Integer explicitMonth = number(m.group("RM"));
        int b = m.start(), e = m.end();
        switch (w) {
            case "当天", "当日", "同日":
                return new DateSpan(b, e, null, null, Kind.ANAPHORIC);
            case "翌日", "次日":
                return new DateSpan(b, e, null, null, Kind.ANAPHORIC);
            case "今年": return new DateSpan(b, e, yearOffset(0), null, Kind.RELATIVE);
            case "去年": return new DateSpan(b, e, yearOffset(-1), null, Kind.RELATIVE);
            case "前年": return new DateSpan(b, e, yearOffset(-2), null, Kind.RELATIVE);
            case "明年": return new DateSpan(b, e, yearOffset(1), null, Kind.RELATIVE);
            case "本月": return new DateSpan(b, e, monthOffset(0), null, Kind.RELATIVE);
            case "上月", "上个月": return new DateSpan(b, e, monthOffset(-1), null, Kind.RELATIVE);
            case "下月", "下个月": return new DateSpan(b, e, monthOffset(1), null, Kind.RELATIVE);
            case "近日", "日前": return new DateSpan(b, e, monthOffset(0), null, Kind.RELATIVE);
            default: break;
        }
        int offset = switch (w) {
            case "昨日", "昨天" -> -1;
            case "前日", "前天" -> -2;
            case "明日", "明天" -> 1;
            case "后天" -> 2;
            default -> 0;
        };
        if (explicitDay != null) {
            int[] c = complete(null, explicitMonth, explicitDay);
            String iso = c == null ? null : iso(c[0], c[1], c[2]);
            return new DateSpan(b, e, iso, null, Kind.RELATIVE);
        }
        if (refYear == null || refMonth == null || refDay == null) return new DateSpan(b, e, null, null, Kind.RELATIVE);
        LocalDate d = LocalDate.of(refYear, refMonth, refDay).plusDays(offset);
        return new DateSpan(b, e, d.toString(), null, Kind.RELATIVE);
    }

    private String yearOffset(int k) {
        Integer y = refYear != null ? refYear : defaultYear;
        return y == null ? null : String.format("%04d", y + k);
    }

    private String monthOffset(int k) {
        if (refYear == null || refMonth == null) return null;
        YearMonth ym = YearMonth.of(refYear, refMonth).plusMonths(k);
        return ym.toString();
    }

    // ------------------------------------------------------------------ numbers and ISO helpers

    /** Parses Arabic, full-width or Chinese numerals up to 9999 (一, 十一, 二十, 廿 not supported). */
    static Integer number(String s) {
        if (s == null) return null;
        s = s.strip();
        if (s.isEmpty()) return null;
        StringBuilder ascii = new StringBuilder();
        boolean allDigits = true;
        for (char c : s.toCharArray()) {
            if (c >= '0' && c <= '9') ascii.append(c);
            else if (c >= '０' && c <= '９') ascii.append((char) ('0' + (c - '０')));
            else { allDigits = false; break; }
        }
        if (allDigits) return Integer.parseInt(ascii.toString());
        int total = 0, current = 0;
        boolean any = false;
        for (char c : s.toCharArray()) {
            int v = "〇零○一二三四五六七八九".indexOf(c);
            if (c == '两') v = 2;
            if (v >= 0) {
                if (v >= 3) v -= 2; // 〇零○ map to 0
                else v = 0;
                current = v;
                any = true;
                continue;
            }
            if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
                any = true;
            } else {
                return null;
            }
        }
        return any ? total + current : null;
    }

    /** Year digits, Arabic or Chinese digit by digit (二〇二五). */
    private static Integer year(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '0' && c <= '9') b.append(c);
            else if (c >= '０' && c <= '９') b.append((char) ('0' + (c - '０')));
            else {
                int v = "〇零○一二三四五六七八九".indexOf(c);
                if (v < 0) return null;
                b.append(v >= 3 ? v - 2 : 0);
            }
        }
        int y = Integer.parseInt(b.toString());
        return y >= 1900 && y <= 2100 ? y : null;
    }

    private static boolean valid(Integer y, Integer m, Integer d) {
        if (y == null || m == null || d == null) return true;
        if (m < 1 || m > 12 || d < 1) return false;
        return d <= YearMonth.of(y, m).lengthOfMonth();
    }

    static String iso(Integer y, Integer m, Integer d) {
        if (y == null || y == 0) return null;
        if (m == null || m == 0) return String.format("%04d", y);
        if (d == null || d == 0) return String.format("%04d-%02d", y, m);
        return String.format("%04d-%02d-%02d", y, m, d);
    }

    private static Integer parseYear(String iso) {
        return field(iso, 0, 4);
    }

    private static Integer parseMonth(String iso) {
        return field(iso, 5, 7);
    }

    /** The day of a full ISO date, or null unless it is a real calendar date. */
    private static Integer parseDay(String iso) {
        if (iso == null || iso.length() < 10) return null;
        try {
            LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
        return field(iso, 8, 10);
    }

    /** The number at [begin, end) of an ISO string, or null when the string is too short or not numeric there. */
    private static Integer field(String iso, int begin, int end) {
        if (iso == null || iso.length() < end) return null;
        try {
            return Integer.parseInt(iso.substring(begin, end));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Adds {@code days} to a full ISO date; returns null when {@code iso} is not a full date. */
    public static String plusDays(String iso, int days) {
        if (iso == null || iso.length() != 10) return null;
        try {
            return LocalDate.parse(iso).plusDays(days).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The year of an ISO string, or null. */
    public static Integer yearOf(String iso) {
        return parseYear(iso);
    }
}
