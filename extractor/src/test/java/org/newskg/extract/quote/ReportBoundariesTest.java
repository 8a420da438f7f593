package org.newskg.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.model.Quotation;

class ReportBoundariesTest {

    private String text;

    private List<Quotation> find(String text, String... persons) {
        this.text = text;
        return ChainRun.quotations(text, persons);
    }

    private String words(Quotation q) {
        return text.substring(q.begin(), q.end());
    }

    @Test
    void a_report_stops_at_a_semicolon_after_which_another_speaker_reports() {
        List<Quotation> qs = find("商会会长周立新表示，园区招商进展顺利；物流协会理事长范玉梅则说，运费仍在上涨。", "周立新", "范玉梅");
        Quotation first = qs.stream().filter(q -> q.speaker().text().equals("周立新")).findFirst().orElseThrow();
        assertEquals("园区招商进展顺利", words(first));
        assertTrue(qs.stream().anyMatch(q -> q.speaker().text().equals("范玉梅") && words(q).startsWith("运费仍在上涨")), qs.toString());
    }

    @Test
    void a_semicolon_without_a_new_speaker_does_not_stop_the_report() {
        List<Quotation> qs = find("周立新表示，园区招商进展顺利；明年还将新建两座仓库。", "周立新");
        assertEquals("园区招商进展顺利；明年还将新建两座仓库。", words(qs.get(0)));
    }

    @Test
    void a_sentence_turning_to_another_topic_with_zhiyu_ends_the_report() {
        List<Quotation> qs = find("周立新表示，园区招商进展顺利。至于去年停工的项目，目前仍无消息。", "周立新");
        assertEquals("园区招商进展顺利。", words(qs.get(0)));
    }

    @Test
    void a_view_as_subject_gives_the_words_to_nobody() {
        List<Quotation> qs = find("周立新认为，成本太高；也有观点认为，市场会自行调整。", "周立新");
        assertTrue(qs.stream().noneMatch(q -> words(q).startsWith("市场会自行调整")), qs.toString());
        assertEquals("成本太高", words(qs.get(0)));
    }

    @Test
    void quoted_words_after_a_colon_that_the_clause_goes_on_after_are_a_name_not_speech() {
        List<Quotation> qs = find("问：“北方港口联盟”秘书处上周宣布迁址。你对此有何评论？\n答：我们注意到了。");
        assertTrue(qs.stream().noneMatch(q -> words(q).equals("北方港口联盟")), qs.toString());
    }

    @Test
    void a_bare_restating_verb_after_a_comma_opens_the_same_speakers_next_statement() {
        List<Quotation> qs = find("周立新表示，园区招商进展顺利，称物流成本已经下降。", "周立新");
        assertEquals(List.of("园区招商进展顺利", "物流成本已经下降。"), qs.stream().map(this::words).toList());
        assertTrue(qs.stream().allMatch(q -> q.speaker().text().equals("周立新")), qs.toString());
    }

    @Test
    void another_verb_after_a_comma_goes_on_with_the_same_statement() {
        List<Quotation> qs = find("周立新表示，园区招商进展顺利，相信明年会更好。", "周立新");
        assertEquals(List.of("园区招商进展顺利，相信明年会更好。"), qs.stream().map(this::words).toList());
    }

    @Test
    void a_pronoun_with_a_verb_after_a_connective_starts_a_new_statement() {
        List<Quotation> qs = find("周立新表示，园区招商进展顺利，另外，他称明年将扩建仓库。", "周立新");
        assertEquals("园区招商进展顺利", words(qs.get(0)));
        assertTrue(qs.stream().anyMatch(q -> words(q).equals("明年将扩建仓库。")), qs.toString());
    }

    @Test
    void a_report_stops_before_a_sentence_whose_speaker_stands_next_to_the_verb() {
        List<Quotation> qs = find("周立新表示，园区招商进展顺利。范玉梅则相信“运费年底会回落”，协会将继续观察。", "周立新", "范玉梅");
        assertEquals("园区招商进展顺利。", words(qs.get(0)));
    }

    @Test
    void shuo_takes_its_clause_without_a_comma_next_to_the_speaker() {
        List<Quotation> qs = find("范玉梅则说不清楚此事。", "范玉梅");
        assertEquals("不清楚此事。", words(qs.get(0)));
    }

    @Test
    void a_report_stops_where_the_next_headline_of_a_line_starts() {
        List<Quotation> qs = find("周立新称园区招商进展顺利 范玉梅称运费仍在上涨", "周立新", "范玉梅");
        assertEquals("园区招商进展顺利", words(qs.get(0)));
    }
}
