package org.newskg.extract.event;

import static org.newskg.extract.event.NameChars.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.DateResolver;
import org.newskg.extract.DateWords;
import org.newskg.model.NewsDate;

/**
 * Slot filler for dates. Takes an event's mention and its sentence; the date is the expression
 * ({@link DateResolver}, against the article's date and with the event's year as default year)
 * nearest the mention in its sentence: before it (unless another event stands between, or the date
 * opens the sentence), or after it within its clause. 当天-like words take the last date before
 * them; a month and day no year completes is kept without year (--09-08). A date finer than the one found so far and inside it replaces it; {@code 一连两日/为期N天}
 * gives the end (event-patterns.txt {@code duration}); the date of a name followed by 闭幕 is its
 * end ({@code closing-verb}). A party congress or plenum, mostly cited
 * long after, is dated only by a date that writes its year. An undated first edition (首届X) takes the
 * year that {@code 今年，X迈入第N个年头} implies ({@code nth-year}). Adds: start and end dates.
 */
final class DateFiller {
    /** A date after a name belongs to it only this close (and within its clause). */
    private static final int MAX_DATE_AFTER = 8;
    /** Durations (为期N天) outside (1, 60) days are no event's. */
    private static final int MAX_DURATION_DAYS = 60;
    /** Days without year this close to a day of known year are read in its year (about a quarter). */
    private static final int NEAR_DAYS = 92;
    /** Series names shorter than this are too vague to match a first edition. */
    private static final int MIN_SERIES_LENGTH = 4;

    private static final Pattern DURATION = EventWords.pattern("duration");
    private static final Pattern NTH_YEAR = EventWords.pattern("nth-year");
    private static final Pattern DATE_THEN_COMMA = EventWords.pattern("date-then-comma");
    private static final Pattern MONTH_DAY = EventWords.pattern("month-day");
    private static final Pattern CLOSING = EventWords.pattern("closing-verb");
    private static final Pattern ATTENDING_BEFORE = EventWords.pattern("attending-before");
    private static final Pattern ATTENDING_NOW = EventWords.pattern("attending-now");
    private static final String FIRST_EDITION = EventWords.word("first-edition");

    private final EventText in;
    private final String t;
    private final Clusters clusters;

    DateFiller(EventText in, Clusters clusters) {
        this.in = in;
        this.t = in.text();
        this.clusters = clusters;
    }

    /** Dates from mention {@code r} of event {@code g}, in its sentence {@code sent}. */
    void fill(Cluster g, EventSlots s, NameMention r, int[] sent, Integer defYear) {
        // a mention of X开幕式 dates the ceremony (its own event), not X
        if (r.subSuffix() != null && !g.isSub()) return;
        NewsDate[] d = dateNear(r, sent, defYear, g.party());
        Integer known = g.knownYear();
        if (d != null && known != null && !known.equals(d[0].year())) d = null;
        // 某会9月9日圆满闭幕: that day is its end
        if (d != null && d[1] == null && !g.isSub() && CLOSING.matcher(t).region(r.outerEnd(), in.end()).lookingAt()) {
            if (s.end == null) s.end = d[0];
            return;
        }
        if (d != null && better(d[0], s.start)) {
            s.start = d[0];
            if (d[1] != null) s.end = d[1];
        } else if (d != null && d[0].equals(s.start) && s.end == null && d[1] != null) {
            s.end = d[1];
        }
    }

    /**
     * An undated event someone is attending as the article reports (某某出席X期间已经会见…): the
     * month of {@code now} (the article's date, else the day of the occasion it reports), since the
     * text says it is under way but not since when (event-patterns.txt {@code attending-before},
     * {@code attending-now}).
     */
    void ongoing(Cluster g, EventSlots s, NameMention r, int[] sent, NewsDate now) {
        if (s.start != null || r.bare() || g.party() || now == null || !now.precision().hasYear()
                || now.precision() == NewsDate.Precision.YEAR || (g.year() != null && g.year() != now.year())) return;
        if (ATTENDING_BEFORE.matcher(t.substring(sent[0], r.begin())).find()
                && ATTENDING_NOW.matcher(t).region(r.outerEnd(), sent[1]).lookingAt()) {
            s.start = now.truncatedTo(NewsDate.Precision.YEAR_MONTH);
        }
    }

    /**
     * In an article without a date, days without year (--04-11) take the year of the day that an
     * event whose name carries its year is dated on (2022年某某活动 on 4月8日), when they lie within
     * {@link #NEAR_DAYS} of it: an article reports days close together. Nothing when no event or
     * two events with different years give one.
     */
    void yearsFromNamedDays(EventSlots[] slots) {
        if (in.reference() != null) return;
        NewsDate anchor = null;
        for (Cluster g : clusters.all()) {
            NewsDate d = slots[g.id()].start;
            if (g.knownYear() == null || d == null || !d.isCalendarDay() || d.year() != g.knownYear()) continue;
            if (anchor != null && anchor.year() != d.year()) return;
            anchor = d;
        }
        if (anchor == null) return;
        for (EventSlots e : slots) {
            e.start = nearDay(e.start, anchor);
            e.end = nearDay(e.end, anchor);
        }
    }

    /** Day {@code d} without year in the year that puts it nearest {@code anchor}, if within {@link #NEAR_DAYS}; else {@code d}. */
    private static NewsDate nearDay(NewsDate d, NewsDate anchor) {
        if (d == null || d.precision() != NewsDate.Precision.DAY_WITHOUT_YEAR) return d;
        for (int y = anchor.year() - 1; y <= anchor.year() + 1; y++) {
            NewsDate c = d.inYear(y);
            if (c.isCalendarDay() && Math.abs(c.toLocalDate().toEpochDay() - anchor.toLocalDate().toEpochDay()) <= NEAR_DAYS) return c;
        }
        return d;
    }

    /** The end a duration in sentence {@code sent} gives a dated event (为期三天). */
    void duration(EventSlots s, int[] sent) {
        if (s.start == null || s.end != null || s.start.precision() != NewsDate.Precision.DAY) return;
        Matcher dm = DURATION.matcher(t.substring(sent[0], sent[1]));
        if (!dm.find()) return;
        Integer n = DateWords.number(dm.group(1));
        if (n != null && n > 1 && n < MAX_DURATION_DAYS && s.start.isCalendarDay()) s.end = s.start.plusDays(n - 1);
    }

    /** Whether {@code cand} says more than {@code cur} of the same period (a day of its month). */
    static boolean better(NewsDate cand, NewsDate cur) {
        if (cur == null) return true;
        return cand.finerThan(cur) && cand.within(cur);
    }

    /** {start, end} of the date expression that goes with mention {@code r}, or null; start is never null. */
    private NewsDate[] dateNear(NameMention r, int[] sent, Integer defYear, boolean party) {
        DateResolver dr = new DateResolver(in.reference()).withDefaultYear(defYear);
        DateResolver.DateSpan best = null;
        int bestDist = Integer.MAX_VALUE;
        int mb = r.begin(), me = r.outerEnd();
        for (DateResolver.DateSpan d : dr.find(t, sent[0], sent[1])) {
            if (d.begin() >= mb && d.end() <= me) continue;              // the year inside the name
            if (insideAnyName(d.begin())) continue;
            int dist;
            if (d.end() <= mb) {
                boolean sentenceInitial = (d.begin() - sent[0] <= 1 || "，）)".indexOf(t.charAt(d.begin() - 1)) >= 0)
                        && DATE_THEN_COMMA.matcher(t.substring(d.end(), Math.min(sent[1], d.end() + 4))).matches();
                if (!sentenceInitial && otherEventBetween(d.end(), mb, r)) continue;
                // a date before the name belongs to it only within its clause (not "2023年度…；…某会议")
                if (!sentenceInitial && t.substring(d.end(), mb).matches(".*[；;].*")) continue;
                dist = mb - d.end();
            } else if (d.begin() >= me) {
                // a date after the name belongs to it only within its clause (not "论坛；4月，…")
                if (d.begin() - me > MAX_DATE_AFTER || t.substring(me, d.begin()).matches(".*[；;：:].*")) continue;
                dist = d.begin() - me;
            } else continue;
            if (dist < bestDist) { bestDist = dist; best = d; }
        }
        // a party congress is mostly cited long after it was held: only a date that writes its year dates it
        if (best == null || (party && best.kind() != DateResolver.Kind.ABSOLUTE)) return null;
        NewsDate s = best.startDate() != null ? best.startDate() : withoutYear(best);
        if (best.kind() == DateResolver.Kind.ANAPHORIC) s = lastDateBefore(best.begin(), dr);
        if (s == null) return null;
        return new NewsDate[] {s, best.endDate()};
    }

    /** 9月8日 where no year is known: a day without year (--09-08), or null. */
    private NewsDate withoutYear(DateResolver.DateSpan d) {
        Matcher m = MONTH_DAY.matcher(t.substring(d.begin(), d.end()));
        if (!m.lookingAt()) return null;
        int month = Integer.parseInt(m.group(1)), day = Integer.parseInt(m.group(2));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? NewsDate.ofDayWithoutYear(month, day) : null;
    }

    private boolean insideAnyName(int pos) {
        for (NameMention r : clusters.mentions()) if (!r.bare() && pos >= r.begin() && pos < r.end()) return true;
        return false;
    }

    private boolean otherEventBetween(int from, int to, NameMention self) {
        Cluster own = clusters.of(self);
        for (NameMention r : clusters.mentions()) {
            if (r == self || r.bare()) continue;
            if (r.begin() >= from && r.end() <= to && (own == null || clusters.of(r) != own)) return true;
        }
        return false;
    }

    /** The day 当天 refers to: the last day written before {@code pos} (a year or month alone is no day). */
    private NewsDate lastDateBefore(int pos, DateResolver dr) {
        NewsDate last = null;
        for (DateResolver.DateSpan d : dr.find(t, in.begin(), pos)) {
            NewsDate s = d.startDate();
            if (s != null && d.kind() != DateResolver.Kind.ANAPHORIC && s.precision() == NewsDate.Precision.DAY) last = s;
        }
        return last;
    }

    /**
     * An undated first edition ({@code 首届X}) takes its year from a statement that X is in its
     * N-th year ({@code 今年，X迈入第N个年头}): the year of the statement minus N−1. X may carry a
     * qualifier after the series name ({@code X乌镇峰会}); the year of {@code 今年} comes from the
     * reference date, else from the year of the event X names.
     */
    void dateFirstEditions(EventSlots[] slots) {
        Matcher m = NTH_YEAR.matcher(t).region(in.begin(), in.end());
        while (m.find()) {
            String series = clean(m.group("X"));
            Integer n = DateWords.number(m.group("N"));
            Integer now = statementYear(m.group("Y"), series);
            if (n == null || n < 1 || now == null) continue;
            for (Cluster g : clusters.named()) {
                String first = firstEditionSeries(g);
                if (slots[g.id()].start == null && first != null && first.length() >= MIN_SERIES_LENGTH && series.startsWith(first)) {
                    slots[g.id()].start = NewsDate.ofYear(now - n + 1);
                }
            }
        }
    }

    /** The year a {@code 今年}/{@code 2024年} statement about event series {@code series} speaks of, or null. */
    private Integer statementYear(String yearWord, String series) {
        NewsDate stated = new DateResolver(in.reference()).resolveStart(yearWord);
        if (stated != null) return stated.year();
        for (Cluster g : clusters.named()) {
            for (String name : g.names()) if (series.equals(Clustering.base(name)) && g.year() != null) return g.year();
        }
        return null;
    }

    /** The series a 首届 event is the first edition of (首届X → X), or null for other events. */
    private static String firstEditionSeries(Cluster g) {
        for (String name : g.names()) {
            String b = Clustering.base(name);
            if (b.startsWith(FIRST_EDITION)) return b.substring(FIRST_EDITION.length());
        }
        return null;
    }
}
