package org.newskg.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.model.Quotation;

class QuotesInReportsTest {

    private String text;

    private List<String> inReport(String text, String person) {
        this.text = text;
        List<Quotation> qs = ChainRun.quotations(text, person);
        return qs.stream().filter(q -> "quoted-in-report".equals(q.attributedBy()))
                .map(q -> text.substring(q.begin(), q.end()) + "/" + q.speaker().text()).toList();
    }

    @Test
    void a_whole_clause_quoted_in_corner_brackets_inside_a_report_is_the_speakers() {
        assertEquals(List.of("只會兩敗俱傷/陳家榮"),
                inReport("陳家榮昨日表示，漁港搬遷拖延太久，又增加了成本，「只會兩敗俱傷」；他希望盡快解決。", "陳家榮"));
    }

    @Test
    void a_catchword_of_fewer_than_five_letters_is_left_alone() {
        assertEquals(List.of(), inReport("何志遠表示，這項計劃會帶來新氣象，「正能量」。", "何志遠"));
    }

    @Test
    void a_named_fund_or_slogan_inside_a_clause_is_no_quotation() {
        assertEquals(List.of(), inReport("何志遠表示，政府將成立的「青年創業扶持基金」，明年啟動。", "何志遠"));
        assertEquals(List.of(), inReport("何志遠表示，報告提及「低碳城市建設」和「海綿城市」外，還談到交通。", "何志遠"));
    }
}
