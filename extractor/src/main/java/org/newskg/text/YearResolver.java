package org.newskg.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.lexicon.Lexicon;
import org.newskg.model.NewsDate;

/**
 * Finds the year of a dateline that gives only month and day (新华社香港4月27日电). News rarely
 * writes the full date but names the current year often (2025年春季…, 2025碳达峰…论坛), while years
 * it mentions otherwise are mostly earlier ones (statistics, history). So the year is, in order: the
 * year of a full date in the article with the same month and day; the latest year the article
 * mentions; the latest year the file mentions. Years of plans and ranges (到2035年, 2035年前,
 * 2023—2025年) do not count: the words that make a year a plan's are in {@code date-plan-words.txt}.
 * Null when no year is mentioned.
 */
final class YearResolver {

    /** A year before 年 or a name (2025碳达峰…), not inside a longer number, code or range. */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\dA-Za-z\\-—~～/.])((?:19|20)\\d{2})(?=\\p{IsHan}|[)）])");
    private static final String PLAN_WORDS = "date-plan-words.txt";
    private static final List<String> PLAN_BEFORE = words("before");
    private static final List<String> PLAN_AFTER = words("after");
    private static final List<String> COMPLEMENT_VERBS = words("complement-verbs");
    /** The word that, after a complement verb, means "reached" rather than "by" (提到2022年). */
    private static final String BY = PLAN_BEFORE.get(0);
    private static final String Y = unit("year"), M = unit("month"), D = unit("day");

    private YearResolver() {
    }

    static Integer resolve(int month, int day, CharSequence article, CharSequence file) {
        NewsDate dated = dated(NewsDate.ofDayWithoutYear(month, day), article, file);
        return dated == null ? null : dated.year();
    }

    /** The day of a dateline's month and day in the year the article and its file point at, or null. */
    static NewsDate dated(NewsDate monthDay, CharSequence article, CharSequence file) {
        Integer y = sameDate(article, monthDay);
        if (y == null) y = latestMentioned(article);
        if (y == null) y = latestMentioned(file);
        return y == null ? null : monthDay.inYear(y);
    }

    private static Integer sameDate(CharSequence s, NewsDate monthDay) {
        Matcher m = Pattern.compile("((?:19|20)\\d{2})" + Y + "\\s*0?" + monthDay.month() + M + "\\s*0?" + monthDay.day() + D)
                .matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Integer latestMentioned(CharSequence s) {
        Integer best = null;
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            if (isPlan(s, m.start(), m.end())) continue;
            int y = Integer.parseInt(m.group(1));
            if (best == null || y > best) best = y;
        }
        return best;
    }

    private static boolean isPlan(CharSequence s, int start, int end) {
        String before = s.subSequence(Math.max(0, start - 2), start).toString();
        for (String p : PLAN_BEFORE) {
            if (!before.endsWith(p)) continue;
            // 到 after a verb is a complement (提到2022年 "mentioned 2022"), not a target
            if (p.equals(BY) && before.length() == 2 && COMPLEMENT_VERBS.contains(before.substring(0, 1))) continue;
            return true;
        }
        String after = s.subSequence(end, Math.min(s.length(), end + 4)).toString();
        for (String p : PLAN_AFTER) {
            if (after.startsWith(p)) return true;
        }
        return false;
    }

    private static List<String> words(String kind) {
        for (List<String> row : Lexicon.rows(PLAN_WORDS)) if (row.get(0).equals(kind)) return row.subList(1, row.size());
        throw new IllegalStateException(PLAN_WORDS + " has no line " + kind);
    }

    /** The first mark of a date unit in date-units.txt (年 for year). */
    private static String unit(String kind) {
        for (List<String> row : Lexicon.rows("date-units.txt")) if (row.get(0).equals(kind)) return row.get(1);
        throw new IllegalStateException("date-units.txt has no line " + kind);
    }
}
