package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extract.quote.QuotationChain;
import org.newskg.model.Article;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.Quotation;

/**
 * Finds the quotations of one article, direct (words in “…”, 「…」, ‘…’, 『…』) and indirect
 * (reported speech after a speech verb), and attributes each to its speaker. The entry point of the
 * stages in {@link org.newskg.extract.quote}; see {@link QuotationChain} for their order.
 */
public final class QuoteFinder {

    /** Finds the quotations of {@code article}; {@code events} are the article's events (for nkg:atEvent). */
    public List<Quotation> find(String text, Article article, List<Mention> mentions, List<EventMention> events) {
        int a = Math.max(0, article.begin());
        int z = Math.min(text.length(), article.end());
        if (a >= z) return List.of();
        List<Mention> ms = Mentions.within(mentions, a, z);
        List<EventMention> evs = new ArrayList<>();
        if (events != null) evs.addAll(events);
        return new QuotationChain(ArticleText.of(text, a, z), ms, evs, EventFinder.NOUNS).run();
    }
}
