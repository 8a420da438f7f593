package org.newskg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newskg.lexicon.Lexicon;

/**
 * The words Chinese dates are written with, read once from the {@code date-*} lexicons: numerals
 * ({@code date-numerals.txt}), the characters marking year, month, day and ranges
 * ({@code date-units.txt}) and the words naming a date relative to another ({@code date-relative.txt}).
 * It gives them as regular-expression parts to {@link DateResolver} and reads numbers written with
 * them ({@code 二〇二五}, {@code 十一}, {@code ２８}).
 */
public final class DateWords {

    /** How a relative word is read: from the reference date, or from the last date before it. */
    public enum Reading { RELATIVE, ANAPHORIC }

    /** The unit a relative word moves the reference by. */
    public enum Unit { DAY, MONTH, YEAR }

    /** A word naming a date relative to the reference: 昨日 is (RELATIVE, DAY, -1); unit null for anaphoric ones. */
    public record Relative(String word, Reading reading, Unit unit, int offset) {
    }

    private static final String NUMERALS = "date-numerals.txt";
    private static final Map<Character, Integer> DIGITS = new LinkedHashMap<>();
    private static final StringBuilder ALL_NUMERALS = new StringBuilder();
    private static final StringBuilder YEAR_FIRST_DIGITS = new StringBuilder();
    private static final StringBuilder YEAR_DIGITS = new StringBuilder();
    private static final Map<Character, Integer> COUNTS = new LinkedHashMap<>();
    private static char tens;

    static {
        for (List<String> row : Lexicon.rows(NUMERALS)) {
            char c = row.get(0).charAt(0);
            int value = Integer.parseInt(row.get(1));
            ALL_NUMERALS.append(c);
            switch (row.get(2)) {
                case "digit" -> {
                    DIGITS.put(c, value);
                    YEAR_DIGITS.append(c);
                    if (value <= 2) YEAR_FIRST_DIGITS.append(c); // years of news: 1900–2100
                }
                case "count" -> COUNTS.put(c, value);
                case "tens" -> tens = c;
                default -> throw new IllegalStateException(NUMERALS + ": unknown role " + row.get(2));
            }
        }
    }

    /** The words of date-relative.txt in file order. */
    public static final List<Relative> RELATIVE = Lexicon.rows("date-relative.txt").stream()
            .map(r -> r.get(1).equals("anaphoric")
                    ? new Relative(r.get(0), Reading.ANAPHORIC, null, 0)
                    : new Relative(r.get(0), Reading.RELATIVE, Unit.valueOf(r.get(2).toUpperCase()), Integer.parseInt(r.get(3))))
            .toList();

    private static final Map<String, List<String>> UNITS = new LinkedHashMap<>();

    static {
        for (List<String> row : Lexicon.rows("date-units.txt")) UNITS.put(row.get(0), row.subList(1, row.size()));
    }

    private DateWords() {
    }

    /** The relative word {@code word}, or null. */
    public static Relative relative(String word) {
        for (Relative r : RELATIVE) if (r.word().equals(word)) return r;
        return null;
    }

    /** Regex alternation of the relative words. */
    static String relativeWords() {
        return RELATIVE.stream().map(r -> Pattern.quote(r.word())).collect(Collectors.joining("|"));
    }

    /** Regex character class of the Chinese numerals (digits, counting digits and tens). */
    static String numeralClass() {
        return "[" + ALL_NUMERALS + "]";
    }

    /** Regex of a year spelled in Chinese digits (二〇二五): four digits, the first at most 二. */
    static String chineseYear() {
        return "[" + YEAR_FIRST_DIGITS + "][" + YEAR_DIGITS + "]{3}";
    }

    /** Regex matching one character of the date unit {@code kind} (year, month, day). */
    static String unit(String kind) {
        List<String> chars = UNITS.get(kind);
        return chars.size() == 1 ? Pattern.quote(chars.get(0)) : "[" + String.join("", chars) + "]";
    }

    /** Regex alternation of the marks between the ends of a range. */
    static String rangeMarks() {
        return UNITS.get("range").stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The first character of the date unit {@code kind} (年 for year). */
    static String unitWord(String kind) {
        return UNITS.get(kind).get(0);
    }

    /** Whether {@code c} is a Chinese numeral of dates. */
    static boolean isNumeral(char c) {
        return ALL_NUMERALS.indexOf(String.valueOf(c)) >= 0;
    }

    /** Whether {@code c} is a digit, Arabic, full-width or Chinese. */
    static boolean isDigitLike(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || isNumeral(c);
    }

    /** Parses Arabic, full-width or Chinese numerals up to 9999 (一, 十一, 二十; 廿 not supported); null when not a number. */
    public static Integer number(String s) {
        if (s == null) return null;
        s = s.strip();
        if (s.isEmpty()) return null;
        String ascii = arabic(s);
        if (ascii != null) return Integer.parseInt(ascii);
        int total = 0, current = 0;
        boolean any = false;
        for (char c : s.toCharArray()) {
            Integer v = DIGITS.containsKey(c) ? DIGITS.get(c) : COUNTS.get(c);
            if (v != null) {
                current = v;
                any = true;
            } else if (c == tens) {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
                any = true;
            } else {
                return null;
            }
        }
        return any ? total + current : null;
    }

    /** A year written in Arabic or Chinese digits, digit by digit (二〇二五); null outside 1900–2100 or when not digits. */
    static Integer year(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '0' && c <= '9') b.append(c);
            else if (c >= '０' && c <= '９') b.append((char) ('0' + (c - '０')));
            else if (DIGITS.containsKey(c)) b.append(DIGITS.get(c));
            else return null;
        }
        int y = Integer.parseInt(b.toString());
        return y >= 1900 && y <= 2100 ? y : null;
    }

    /** The ASCII digits of a string of Arabic or full-width digits, or null when it holds anything else. */
    private static String arabic(String s) {
        StringBuilder ascii = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '0' && c <= '9') ascii.append(c);
            else if (c >= '０' && c <= '９') ascii.append((char) ('0' + (c - '０')));
            else return null;
        }
        return ascii.toString();
    }
}
