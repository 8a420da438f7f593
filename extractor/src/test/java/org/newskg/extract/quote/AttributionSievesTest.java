package org.newskg.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.ArticleText;
import org.newskg.model.Quotation;

class AttributionSievesTest {

    private String text;

    /** The quotations of {@code text}, each person named in {@code persons} tagged wherever it occurs. */
    private List<Quotation> find(String text, String... persons) {
        this.text = text;
        return ChainRun.quotations(text, persons);
    }

    private Quotation quoting(List<Quotation> qs, String words) {
        return qs.stream().filter(q -> text.substring(q.begin(), q.end()).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError(words + " not among " + qs));
    }

    @Test
    void the_sieves_are_tried_in_the_documented_order() {
        assertEquals(List.of("speaker-before-cue", "speaker-after-quote", "speaker-next-to-cue", "colon-introduction",
                "possessor-after-quote", "previous-in-paragraph", "previous-paragraph", "person-after-quote", "dominant-person"),
                QuotationChain.sieveNames());
    }

    @Test
    void a_later_sieve_gives_no_more_confidence_than_an_earlier_one() {
        QuoteContext x = new QuoteContext(ArticleText.of("", 0, 0), List.of(), List.of(), List.of());
        double previous = 1.0;
        for (Sieve s : x.direct.sieves) {
            assertTrue(s.confidence() <= previous, s.name());
            previous = s.confidence();
        }
        assertEquals(Confidence.DOMINANT_PERSON, previous, 1e-9);
    }

    @Test
    void a_speaker_and_verb_before_the_marks_are_the_first_sieve() {
        Quotation q = quoting(find("林晓东表示：“这座桥明年通车，两岸往来会更方便。”", "林晓东"), "这座桥明年通车，两岸往来会更方便。");
        assertEquals("speaker-before-cue", q.attributedBy());
        assertEquals("林晓东", q.speaker().text());
        assertEquals(Confidence.NAME_NEXT_TO_CUE, q.confidence(), 1e-9);
    }

    @Test
    void the_first_sieve_that_fires_wins_over_a_later_one() {
        // both the verb before (sieve 1) and a speaker after the marks (sieve 2) could attribute it
        Quotation q = quoting(find("林晓东说：“这座桥明年通车，两岸往来会更方便。”周海峰听后点头。", "林晓东", "周海峰"),
                "这座桥明年通车，两岸往来会更方便。");
        assertEquals("speaker-before-cue", q.attributedBy());
        assertEquals("林晓东", q.speaker().text());
    }

    @Test
    void a_speaker_after_the_marks_is_found_when_nothing_stands_before_them() {
        Quotation q = quoting(find("“这座桥明年通车，两岸往来会更方便。”林晓东说。", "林晓东"), "这座桥明年通车，两岸往来会更方便。");
        assertEquals("speaker-after-quote", q.attributedBy());
        assertEquals("林晓东", q.speaker().text());
    }

    @Test
    void the_previous_speaker_of_the_paragraph_goes_on_with_a_lower_confidence() {
        List<Quotation> qs = find("“这座桥明年通车。”林晓东说。“我们还会再修一条路，方便大家出行。”", "林晓东");
        Quotation q = quoting(qs, "我们还会再修一条路，方便大家出行。");
        assertEquals("previous-in-paragraph", q.attributedBy());
        assertEquals(PreviousInParagraph.CONFIDENCE, q.confidence(), 1e-9);
    }

    @Test
    void a_report_after_a_speech_verb_and_a_comma_names_its_rule() {
        Quotation q = quoting(find("林晓东表示，这座桥明年通车，两岸往来会更方便。", "林晓东"), "这座桥明年通车，两岸往来会更方便。");
        assertEquals("reported-speech", q.attributedBy());
        assertTrue(!q.direct());
    }

    @Test
    void a_quotation_without_a_speaker_names_no_rule() {
        Quotation q = quoting(find("路边的牌子上写着几句话。“这座桥明年通车，两岸往来会更方便。”"), "这座桥明年通车，两岸往来会更方便。");
        assertNull(q.speaker());
        assertNull(q.attributedBy());
    }

    @Test
    void every_attributed_quotation_names_one_of_the_known_rules() {
        List<Quotation> qs = find("林晓东表示，这座桥明年通车。“两岸往来会更方便，大家都期待。”林晓东说。"
                + "周海峰说：“工程进展顺利，质量有保障。”", "林晓东", "周海峰");
        assertTrue(qs.size() >= 3, qs.toString());
        List<String> known = new ArrayList<>(QuotationChain.sieveNames());
        known.addAll(List.of(DirectQuotes.NESTED, DirectQuotes.AFTER_QUOTE, IndirectQuotes.REPORTED, IndirectQuotes.IN_VIEW,
                IndirectQuotes.ENUMERATED, FirstPersonParagraphs.CONTINUED, FirstPersonParagraphs.ANNOUNCED));
        for (Quotation q : qs) {
            assertNotNull(q.speaker(), q.toString());
            assertTrue(known.contains(q.attributedBy()), q.attributedBy());
        }
    }

    @Test
    void an_attitude_after_a_bare_verb_is_no_report() {
        assertTrue(find("林晓东表示感谢各方的大力支持。", "林晓东").isEmpty());
    }

    @Test
    void a_missing_rule_table_entry_is_a_defect_that_throws() {
        try {
            QuoteRules.pattern("no-such-pattern");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage().contains("no-such-pattern"));
            return;
        }
        throw new AssertionError("no exception for a missing pattern");
    }
}
