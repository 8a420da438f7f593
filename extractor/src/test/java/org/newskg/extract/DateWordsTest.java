package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DateWordsTest {

    @Test
    void numbers_are_read_in_arabic_full_width_and_chinese_digits() {
        assertEquals(28, DateWords.number("28"));
        assertEquals(28, DateWords.number("２８"));
        assertEquals(11, DateWords.number("十一"));
        assertEquals(20, DateWords.number("二十"));
        assertEquals(31, DateWords.number("三十一"));
        assertNull(DateWords.number("1十"));
        assertNull(DateWords.number(""));
    }

    @Test
    void years_are_spelled_digit_by_digit_and_bounded() {
        assertEquals(2025, DateWords.year("二〇二五"));
        assertEquals(2023, DateWords.year("２０２３"));
        assertNull(DateWords.year("1850"));
        assertNull(DateWords.year("二十二五"));
    }

    @Test
    void relative_words_carry_their_unit_and_offset() {
        DateWords.Relative yesterday = DateWords.relative("昨天");
        assertEquals(DateWords.Unit.DAY, yesterday.unit());
        assertEquals(-1, yesterday.offset());
        assertEquals(DateWords.Unit.YEAR, DateWords.relative("去年").unit());
        assertEquals(DateWords.Reading.ANAPHORIC, DateWords.relative("当天").reading());
        assertNull(DateWords.relative("上周"));
    }
}
