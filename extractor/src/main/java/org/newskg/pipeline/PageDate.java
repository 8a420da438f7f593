package org.newskg.pipeline;

import java.util.List;
import java.util.regex.Pattern;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;
import org.newskg.model.EventMention;

/**
 * The date of the page a file's articles are printed on, so that an article without a date of
 * its own can read bare days ({@code 6日}) against it: articles of one page appear the same day.
 * It is the latest full date (yyyy-MM-dd) that the file states: any article's own date, or an
 * event start found in an earlier article that was read without a page date (so inferred dates
 * never feed the inference). A file that states no full date gives no page date: no year is
 * invented.
 */
final class PageDate {
    private String latest;

    PageDate(List<Article> articles) {
        for (Article a : articles) consider(a.date());
    }

    /**
     * The page of a file that states no date, placed in {@code month} (yyyy-MM or yyyy) by what the
     * corpus knows of the events it reports: enough to read 昨日（14日）, not 昨日 alone.
     */
    static PageDate inMonth(List<Article> articles, String month) {
        PageDate page = new PageDate(articles);
        if (page.latest == null) page.latest = month;
        return page;
    }

    /** {@code article} with the page date when it has no date of its own and one is known. */
    Article dateIfMissing(Article article) {
        return article.date() != null || latest == null ? article : article.withPageDate(latest);
    }

    /** Takes the event dates of an annotated article, unless they were read against the page date. */
    void learn(AnnotatedArticle annotated) {
        if (annotated.article().pageDate() != null) return;
        for (EventMention e : annotated.events()) consider(e.startDate());
    }

    private void consider(String iso) {
        if (iso == null || !FULL_DATE.matcher(iso).matches()) return;
        if (latest == null || iso.compareTo(latest) > 0) latest = iso;
    }

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
}

