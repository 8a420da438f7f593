package org.newskg.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the year of a dateline that gives only month and day (新华社香港4月27日电). News rarely
 * writes the full date but names the current year often (2025年春季…, 2025碳达峰…论坛), while years
 * it mentions otherwise are mostly earlier ones (statistics, history). So the year is, in order: the
 * year of a full date in the article with the same month and day; the latest year the article
 * mentions; the latest year the file mentions. Years of plans and ranges (到2035年, 2035年前,
 * 2023—2025年) do not count. Null when no year is mentioned.
 */
final class YearResolver {

    /** A year before 年 or a name (2025碳达峰…), not inside a longer number, code or range. */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\dA-Za-z\\-—~～/.])((?:19|20)\\d{2})(?=年|\\p{IsHan}|[)）])");
    private static final String[] PLAN_BEFORE = {"到", "至", "力争", "预计", "计划", "争取", "目标"};
    private static final String VERB_BEFORE_DAO = "提得达来受收遇想看听感回谈说写";
    private static final String[] PLAN_AFTER = {"年前", "年以前", "年底前", "年后"};

    private YearResolver() {
    }

    static Integer resolve(int month, int day, CharSequence article, CharSequence file) {
        Integer y = sameDate(article, month, day);
        if (y != null) return y;
        y = latestMentioned(article);
        if (y != null) return y;
        return latestMentioned(file);
    }

    private static Integer sameDate(CharSequence s, int month, int day) {
        Matcher m = Pattern.compile("((?:19|20)\\d{2})年\\s*0?" + month + "月\\s*0?" + day + "日").matcher(s);
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
            if (p.equals("到") && before.length() == 2 && VERB_BEFORE_DAO.indexOf(before.charAt(0)) >= 0) continue;
            return true;
        }
        String after = s.subSequence(end, Math.min(s.length(), end + 4)).toString();
        for (String p : PLAN_AFTER) {
            if (after.startsWith(p)) return true;
        }
        return false;
    }
}
