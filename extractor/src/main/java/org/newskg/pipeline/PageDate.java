package org.newskg.pipeline;

import java.util.List;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;
import org.newskg.model.EventMention;
import org.newskg.model.NewsDate;

/**
 * The date of the page a file's articles are printed on, so that an article without a date of
 * its own can read bare days ({@code 6日}) against it: articles of one page appear the same day.
 * It is the latest full date (a day) that the file states: any article's own date, or an
 * event start found in an earlier article that was read without a page date (so inferred dates
 * never feed the inference). A file that states no full date gives no page date: no year is
 * invented.
 */
final class PageDate {
    private NewsDate latest;

    PageDate(List<Article> articles) {
        for (Article a : articles) consider(NewsDate.parse(a.date()));
    }

    /**
     * The page of a file that states no date, placed in {@code month} (a month or a year) by what the
     * corpus knows of the events it reports: enough to read 昨日（14日）, not 昨日 alone.
     */
    static PageDate inMonth(List<Article> articles, NewsDate month) {
        PageDate page = new PageDate(articles);
        if (page.latest == null) page.latest = month;
        return page;
    }

    /** {@code article} with the page date when it has no date of its own and one is known. */
    Article dateIfMissing(Article article) {
        return article.date() != null || latest == null ? article : article.withPageDate(latest.toString());
    }

    /** Takes the event dates of an annotated article, unless they were read against the page date. */
    void learn(AnnotatedArticle annotated) {
        if (annotated.article().pageDate() != null) return;
        for (EventMention e : annotated.events()) consider(e.startDate());
    }

    private void consider(NewsDate date) {
        if (date == null || date.precision() != NewsDate.Precision.DAY) return;
        if (latest == null || date.compareTo(latest) > 0) latest = date;
    }
}
