package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;
import org.newskg.model.EventMention;
import org.newskg.model.NewsDate;

class EventEditionsTest {
    private static EventMention event(String label, String start) {
        return new EventMention(label, List.of(), 0, label.length(), start, null, null, List.of(), null, null);
    }

    private static List<AnnotatedArticle> file(String date, EventMention... events) {
        Article article = new Article(0, 0, 100, null, List.of(), null, date);
        return List.of(new AnnotatedArticle(article, List.of(), List.of(), List.of(events), List.of()));
    }

    @Test
    void a_file_states_no_year_when_neither_its_articles_nor_its_events_carry_one() {
        assertTrue(EventEditions.statesNoYear(file(null, event("滨江花卉博览会", null))));
        assertFalse(EventEditions.statesNoYear(file("2024-03-02", event("滨江花卉博览会", null))));
        assertFalse(EventEditions.statesNoYear(file(null, event("2024年滨江花卉博览会", "2024"))));
        assertFalse(EventEditions.statesNoYear(file(null, event("滨江花卉博览会", "2024-03"))));
    }

    @Test
    void a_yearless_page_is_placed_in_the_month_of_the_one_edition_the_corpus_knows() {
        EventEditions editions = new EventEditions();
        editions.learn(file("2024-03-02", event("2024年滨江花卉博览会", "2024-03-01")));
        List<AnnotatedArticle> yearless = file(null, event("滨江花卉博览会", null));
        assertEquals("2024-03", String.valueOf(editions.monthOf(yearless)));
        EventNames names = editions.namesIn(NewsDate.parse("2024-03"));
        assertEquals("2024年滨江花卉博览会", names.canonical("滨江花卉博览会"));
        assertEquals("2024年滨江花卉博览会", names.canonical("首届滨江花卉博览会"), "one edition a year: the ordinal aside");
        assertEquals("山城茶叶论坛", names.canonical("山城茶叶论坛"), "a series the corpus has no edition of");
    }

    @Test
    void two_editions_of_a_series_leave_a_yearless_page_undated() {
        EventEditions editions = new EventEditions();
        editions.learn(file("2023-05-02", event("2023年滨江花卉博览会", "2023-05")));
        editions.learn(file("2024-03-02", event("2024年滨江花卉博览会", "2024-03")));
        assertNull(editions.monthOf(file(null, event("滨江花卉博览会", null))));
        assertEquals("滨江花卉博览会", editions.namesIn(null).canonical("滨江花卉博览会"));
    }

    @Test
    void series_whose_editions_fall_in_different_months_leave_the_page_undated() {
        EventEditions editions = new EventEditions();
        editions.learn(file(null, event("2024年滨江花卉博览会", "2024-03")));
        editions.learn(file(null, event("2024年山城茶叶论坛", "2024-09")));
        assertNull(editions.monthOf(file(null, event("滨江花卉博览会", null), event("山城茶叶论坛", null))));
    }

    @Test
    void an_edition_outside_the_pages_month_is_not_the_one_it_reports() {
        EventEditions editions = new EventEditions();
        editions.learn(file(null, event("2024年滨江花卉博览会", "2024-03")));
        editions.learn(file(null, event("2024年山城茶叶论坛", "2024-09")));
        assertEquals("山城茶叶论坛", editions.namesIn(NewsDate.parse("2024-03")).canonical("山城茶叶论坛"));
    }

    @Test
    void reports_of_one_edition_at_different_precision_keep_the_finer_date() {
        EventEditions editions = new EventEditions();
        editions.learn("2024年滨江花卉博览会", "2024-03-01");
        editions.learn("2024年滨江花卉博览会", (String) null);
        assertEquals("2024-03", String.valueOf(editions.monthOf(file(null, event("滨江花卉博览会", null)))));
    }

    @Test
    void reports_of_one_edition_in_different_months_agree_only_on_its_year() {
        EventEditions editions = new EventEditions();
        editions.learn("2024年滨江花卉博览会", "2024-03-01");
        editions.learn("2024年滨江花卉博览会", "2024-05");
        assertEquals("2024", String.valueOf(editions.monthOf(file(null, event("滨江花卉博览会", null)))));
    }
}
