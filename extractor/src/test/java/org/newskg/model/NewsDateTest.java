package org.newskg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newskg.model.NewsDate.Precision;

class NewsDateTest {

    @Test
    void each_text_form_parses_to_its_precision_and_back() {
        for (String form : new String[] {"2025", "2025-04", "2025-04-28", "--04-28"}) {
            assertEquals(form, NewsDate.parse(form).toString());
        }
        assertEquals(Precision.YEAR, NewsDate.parse("2025").precision());
        assertEquals(Precision.YEAR_MONTH, NewsDate.parse("2025-04").precision());
        assertEquals(Precision.DAY, NewsDate.parse("2025-04-28").precision());
        assertEquals(Precision.DAY_WITHOUT_YEAR, NewsDate.parse("--04-28").precision());
    }

    @Test
    void formatting_pads_every_part() {
        assertEquals("0987-03-05", NewsDate.ofDay(987, 3, 5).toString());
        assertEquals("2024-07", NewsDate.ofMonth(2024, 7).toString());
        assertEquals("--12-01", NewsDate.ofDayWithoutYear(12, 1).toString());
        assertEquals("2024-02-29", NewsDate.of(LocalDate.of(2024, 2, 29)).toString());
    }

    @Test
    void null_parses_to_null_and_other_text_is_refused() {
        assertNull(NewsDate.parse(null));
        assertThrows(IllegalArgumentException.class, () -> NewsDate.parse("2025-4-28"));
        assertThrows(IllegalArgumentException.class, () -> NewsDate.parse("4月28日"));
    }

    @Test
    void a_day_the_calendar_lacks_is_kept_but_known_as_such() {
        NewsDate feb30 = NewsDate.parse("2025-02-30");
        assertEquals("2025-02-30", feb30.toString());
        assertFalse(feb30.isCalendarDay());
        assertTrue(NewsDate.parse("2024-02-29").isCalendarDay());
        assertFalse(NewsDate.parse("2024-02").isCalendarDay());
    }

    @Test
    void a_finer_date_lies_within_the_coarser_ones_that_contain_it() {
        NewsDate day = NewsDate.parse("2025-04-28");
        assertTrue(day.within(NewsDate.parse("2025-04")));
        assertTrue(day.within(NewsDate.parse("2025")));
        assertTrue(day.within(day));
        assertFalse(day.within(NewsDate.parse("2025-05")));
        assertFalse(NewsDate.parse("2025").within(NewsDate.parse("2025-04")));
        assertFalse(NewsDate.parse("--04-28").within(NewsDate.parse("2025")));
        assertTrue(day.finerThan(NewsDate.parse("2024")));
        assertFalse(NewsDate.parse("2025").finerThan(day));
    }

    @Test
    void truncation_keeps_only_the_coarser_parts() {
        NewsDate day = NewsDate.parse("2025-04-28");
        assertEquals("2025-04", day.truncatedTo(Precision.YEAR_MONTH).toString());
        assertEquals("2025", day.truncatedTo(Precision.YEAR).toString());
        assertEquals("2025", NewsDate.parse("2025").truncatedTo(Precision.YEAR_MONTH).toString());
    }

    @Test
    void dates_order_coarser_first_then_by_time() {
        assertTrue(NewsDate.parse("2025").compareTo(NewsDate.parse("2025-04")) < 0);
        assertTrue(NewsDate.parse("2025-04").compareTo(NewsDate.parse("2025-04-01")) < 0);
        assertTrue(NewsDate.parse("2024-12-31").compareTo(NewsDate.parse("2025")) < 0);
    }

    @Test
    void a_day_without_year_is_placed_in_a_year_and_days_are_moved() {
        assertEquals("2025-04-28", NewsDate.ofDayWithoutYear(4, 28).inYear(2025).toString());
        assertEquals("2025-03-01", NewsDate.parse("2025-02-28").plusDays(1).toString());
    }
}
