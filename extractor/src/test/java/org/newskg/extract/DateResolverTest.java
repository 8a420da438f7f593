package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.model.NewsDate;

class DateResolverTest {

    private static String start(String ref, String expr) {
        return iso(new DateResolver(NewsDate.parse(ref)).resolveStart(expr));
    }

    private static String iso(NewsDate date) {
        return date == null ? null : date.toString();
    }

    @Test
    void full_dates_resolve_without_reference() {
        assertEquals("2025-04-28", start(null, "2025年4月28日"));
        assertEquals("2025-04", start(null, "2025年4月"));
        assertEquals("2025", start(null, "2025年"));
        assertEquals("2025-11-08", start(null, "二〇二五年十一月八日"));
        assertEquals("2021-03-05", start(null, "2021-03-05"));
    }

    @Test
    void month_day_takes_the_year_of_the_reference() {
        assertEquals("2025-04-28", start("2025-05-02", "4月28日"));
        assertEquals("2025-04-27", start("2025-04-27", "27日"));
    }

    @Test
    void month_day_near_new_year_goes_to_the_closest_year() {
        assertEquals("2024-12-30", start("2025-01-03", "12月30日"));
    }

    @Test
    void day_after_the_reference_day_is_last_month() {
        assertEquals("2025-03-28", start("2025-04-02", "28日"));
    }

    @Test
    void relative_words_use_the_reference() {
        assertEquals("2025-02-28", start("2025-03-01", "昨天"));
        assertEquals("2025-03-03", start("2025-03-01", "后天"));
        assertEquals("2025", start("2025-04-27", "今年"));
        assertEquals("2024", start("2025-04-27", "去年"));
        assertEquals("2025-04", start("2025-04-27", "近日"));
    }

    @Test
    void explicit_day_in_brackets_wins_over_the_relative_word() {
        assertEquals("2025-04-14", start("2025-04-15", "昨日（14日）"));
        assertEquals("2025-04-14", start("2025-04-16", "昨日（14日）"));
    }

    @Test
    void unknown_reference_leaves_relative_dates_unresolved() {
        DateResolver.DateSpan s = new DateResolver(null).resolve("昨日（14日）");
        assertTrue(s != null && s.startDate() == null);
        assertNull(start(null, "4月28日"));
    }

    @Test
    void default_year_completes_a_month_day() {
        DateResolver r = new DateResolver(null).withDefaultYear(2023);
        assertEquals("2023-11-08", iso(r.resolveStart("11月8日")));
        assertEquals("2023-05", iso(r.resolveStart("5月")));
    }

    @Test
    void ranges_give_start_and_end() {
        DateResolver.DateSpan s = new DateResolver(null).withDefaultYear(2023).resolve("11月8日至10日");
        assertEquals("2023-11-08", iso(s.startDate()));
        assertEquals("2023-11-10", iso(s.endDate()));
        s = new DateResolver(null).resolve("2023年12月30日至2024年1月2日");
        assertEquals("2023-12-30", iso(s.startDate()));
        assertEquals("2024-01-02", iso(s.endDate()));
        s = new DateResolver(NewsDate.parse("2022-06-01")).resolve("6月28日—7月3日");
        assertEquals("2022-06-28", iso(s.startDate()));
        assertEquals("2022-07-03", iso(s.endDate()));
    }

    @Test
    void spaces_from_pdf_layout_are_tolerated() {
        assertEquals("2024-11-20", iso(new DateResolver(NewsDate.parse("2024-11-21")).resolveStart("11月 20日")));
        assertEquals("2024", start(null, "2024 年"));
    }

    @Test
    void counts_are_not_dates() {
        assertTrue(new DateResolver(NewsDate.parse("2025-01-01")).find("连续5年位列第二，一连两日举行，吸引50多个国家", 0, 26).isEmpty());
    }

    @Test
    void anaphoric_words_are_marked_for_the_caller() {
        DateResolver.DateSpan s = new DateResolver(NewsDate.parse("2025-01-01")).resolve("当天");
        assertEquals(DateResolver.Kind.ANAPHORIC, s.kind());
        assertNull(s.startDate());
    }

    @Test
    void find_returns_spans_in_text_order() {
        String text = "3月5日，第二届论坛开幕；6日，代表团参观了园区。";
        List<DateResolver.DateSpan> all = new DateResolver(NewsDate.parse("2024-03-10")).find(text, 0, text.length());
        assertEquals(2, all.size());
        assertEquals(0, all.get(0).begin());
        assertEquals("3月5日", text.substring(all.get(0).begin(), all.get(0).end()));
        assertEquals("2024-03-05", iso(all.get(0).startDate()));
        assertEquals("2024-03-06", iso(all.get(1).startDate()));
    }

    @Test
    void month_half_a_year_away_stays_in_the_reference_year() {
        // read in late October, March and May are this year's, not next year's
        assertEquals("2021-03", start("2021-10-20", "3月"));
        assertEquals("2021-05-06", start("2021-10-20", "5月6日"));
        // only a date close across the new year moves to the neighbouring year
        assertEquals("2022-01-10", start("2021-12-20", "1月10日"));
    }

    @Test
    void year_word_fixes_the_year_of_the_following_month() {
        // without 今年, February read on 20 November would be next February
        assertEquals("2022-02", start("2021-11-20", "2月"));
        assertEquals("2021-02", start("2021-11-20", "今年2月"));
        assertEquals("2020-12-03", start("2021-01-05", "去年12月3日"));
        DateResolver.DateSpan s = new DateResolver(NewsDate.parse("2021-06-01")).resolve("明年1月8日至10日");
        assertEquals("2022-01-08", iso(s.startDate()));
        assertEquals("2022-01-10", iso(s.endDate()));
        assertEquals(0, s.begin());
        assertEquals("明年1月8日至10日".length(), s.end());
        // no reference: the year word stays unresolved and the month is not guessed
        List<DateResolver.DateSpan> none = new DateResolver(null).find("今年3月", 0, 4);
        assertTrue(none.stream().noneMatch(DateResolver.DateSpan::resolved));
    }
}
