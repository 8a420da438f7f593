package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;
import org.newskg.model.EventMention;

class PageDateTest {

    static Article article(int index, String date) {
        return new Article(index, index * 100, index * 100 + 100, "标题" + index, List.of(), "某报", date);
    }

    static AnnotatedArticle withEvents(Article a, String... starts) {
        List<EventMention> events = Arrays.stream(starts)
                .map(s -> new EventMention("活动" + s, List.of(), a.begin(), a.begin() + 2, s, null, null, List.of(), null, null))
                .toList();
        return new AnnotatedArticle(a, List.of(), List.of(), events, List.of());
    }

    @Test
    void any_articles_dateline_dates_the_undated_ones() {
        List<Article> page = List.of(article(0, null), article(1, "2020-08-14"), article(2, "2020-08-13"));
        PageDate date = new PageDate(page);
        assertEquals("2020-08-14", date.dateIfMissing(page.get(0)).pageDate());
        // an article's own date is left alone, and never replaced by the page's
        assertSame(page.get(2), date.dateIfMissing(page.get(2)));
        assertEquals("2020-08-13", date.dateIfMissing(page.get(2)).referenceDate());
    }

    @Test
    void full_event_dates_of_earlier_articles_date_later_ones() {
        List<Article> page = List.of(article(0, null), article(1, null));
        PageDate date = new PageDate(page);
        assertNull(date.dateIfMissing(page.get(0)).pageDate());
        // a year or a month alone is no page date
        date.learn(withEvents(page.get(0), "2018", "2018-05", "2018-05-21", "2018-05-19"));
        assertEquals("2018-05-21", date.dateIfMissing(page.get(1)).pageDate());
    }

    @Test
    void dates_read_against_the_page_date_do_not_move_it() {
        List<Article> page = List.of(article(0, null), article(1, null), article(2, null));
        PageDate date = new PageDate(page);
        date.learn(withEvents(page.get(0), "2018-05-21"));
        Article second = date.dateIfMissing(page.get(1));
        date.learn(withEvents(second, "2018-05-27"));
        assertEquals("2018-05-21", date.dateIfMissing(page.get(2)).pageDate());
    }

    @Test
    void a_file_without_a_full_date_gives_none() {
        List<Article> page = List.of(article(0, "2018-05"), article(1, null));
        PageDate date = new PageDate(page);
        date.learn(withEvents(date.dateIfMissing(page.get(0)), "2018"));
        assertNull(date.dateIfMissing(page.get(1)).pageDate());
    }
}
