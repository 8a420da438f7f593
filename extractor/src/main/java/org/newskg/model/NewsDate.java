package org.newskg.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as a text states it: a year ({@code 2025年}), a month of a year
 * ({@code 2025年4月}), a day ({@code 2025年4月28日}) or a day without its year ({@code 4月28日电}
 * of a dateline, before the year is found). Fields the precision does not cover are 0.
 *
 * <p>The text form is ISO 8601 as XML Schema writes it, one form per precision, and this class is
 * the one place that reads and writes it: {@code yyyy} (xsd:gYear), {@code yyyy-MM} (xsd:gYearMonth),
 * {@code yyyy-MM-dd} (xsd:date), {@code --MM-dd} (xsd:gMonthDay). A day is kept as written even when
 * the calendar has no such day (a dateline's 2月30日); {@link #isCalendarDay} tells.
 *
 * <p>Dates order as their text forms do: by year, month and day, a coarser date before the finer
 * ones it contains ({@code 2025} &lt; {@code 2025-04} &lt; {@code 2025-04-28}).
 */
public record NewsDate(int year, int month, int day, Precision precision) implements Comparable<NewsDate> {

    /** How much of a date the text stated. */
    public enum Precision {
        YEAR, YEAR_MONTH, DAY, DAY_WITHOUT_YEAR;

        /** Whether a date of this precision names its year. */
        public boolean hasYear() {
            return this != DAY_WITHOUT_YEAR;
        }
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|--(\\d{2})-(\\d{2})");

    public NewsDate {
        if (precision == null) throw new IllegalArgumentException("a date needs its precision");
    }

    public static NewsDate ofYear(int year) {
        return new NewsDate(year, 0, 0, Precision.YEAR);
    }

    public static NewsDate ofMonth(int year, int month) {
        return new NewsDate(year, month, 0, Precision.YEAR_MONTH);
    }

    public static NewsDate ofDay(int year, int month, int day) {
        return new NewsDate(year, month, day, Precision.DAY);
    }

    public static NewsDate ofDayWithoutYear(int month, int day) {
        return new NewsDate(0, month, day, Precision.DAY_WITHOUT_YEAR);
    }

    public static NewsDate of(LocalDate day) {
        return ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    public static NewsDate of(YearMonth month) {
        return ofMonth(month.getYear(), month.getMonthValue());
    }

    /**
     * The date of its text form ({@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd} or {@code --MM-dd}),
     * null for null; any other text is an error, since every date the extractor holds was written here.
     */
    public static NewsDate parse(String iso) {
        if (iso == null) return null;
        Matcher m = ISO.matcher(iso);
        if (!m.matches()) throw new IllegalArgumentException("not a date: " + iso);
        if (m.group(4) != null) return ofDayWithoutYear(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) return ofYear(y);
        if (m.group(3) == null) return ofMonth(y, Integer.parseInt(m.group(2)));
        return ofDay(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The text form of this date (see the class comment). */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> padded(year, 4);
            case YEAR_MONTH -> padded(year, 4) + "-" + padded(month, 2);
            case DAY -> padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
            case DAY_WITHOUT_YEAR -> "--" + padded(month, 2) + "-" + padded(day, 2);
        };
    }

    /** {@code n} as String.format's %0{width}d writes it, without a formatter per call (the mapper asks often). */
    private static String padded(int n, int width) {
        String digits = Integer.toString(n);
        if (n < 0 || digits.length() >= width) return n < 0 ? String.format("%0" + width + "d", n) : digits;
        return "0".repeat(width - digits.length()) + digits;
    }

    /** Whether this is a full date that the calendar has (not 2025-02-30). */
    public boolean isCalendarDay() {
        if (precision != Precision.DAY) return false;
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** This full date as a calendar day; an error for other precisions or days the calendar lacks. */
    public LocalDate toLocalDate() {
        if (precision != Precision.DAY) throw new IllegalStateException("not a full date: " + this);
        try {
            return LocalDate.parse(toString());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("no such day: " + this, e);
        }
    }

    /** This full date moved by {@code days}. */
    public NewsDate plusDays(int days) {
        return of(toLocalDate().plusDays(days));
    }

    /** Whether this date states more than {@code other} (a day more than a month, a month more than a year). */
    public boolean finerThan(NewsDate other) {
        return other != null && precision.ordinal() > other.precision.ordinal() && precision.hasYear();
    }

    /**
     * Whether this date lies within {@code period}: the same date, or a finer one inside it
     * ({@code 2025-04-28} within {@code 2025-04} and within {@code 2025}).
     */
    public boolean within(NewsDate period) {
        if (period == null || !precision.hasYear() || !period.precision.hasYear()) return false;
        if (precision.ordinal() < period.precision.ordinal() || year != period.year) return false;
        if (period.precision == Precision.YEAR) return true;
        if (month != period.month) return false;
        return period.precision == Precision.YEAR_MONTH || day == period.day;
    }

    /** This date told no more precisely than {@code coarser} (a day as its month or year); itself when already so. */
    public NewsDate truncatedTo(Precision coarser) {
        if (!precision.hasYear() || coarser.ordinal() >= precision.ordinal()) return this;
        return coarser == Precision.YEAR ? ofYear(year) : ofMonth(year, month);
    }

    /** This day of a month and day in {@code year}. */
    public NewsDate inYear(int year) {
        if (precision != Precision.DAY_WITHOUT_YEAR) throw new IllegalStateException("has a year: " + this);
        return ofDay(year, month, day);
    }

    @Override
    public int compareTo(NewsDate o) {
        return toString().compareTo(o.toString());
    }
}
