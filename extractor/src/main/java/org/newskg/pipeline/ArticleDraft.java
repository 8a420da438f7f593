package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newskg.annotate.Token;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;
import org.newskg.model.Quotation;

/**
 * One article while its stages annotate it: the analysis text of the whole file, the article's
 * span, the Latin organization names the corpus knows, and the layers added so far. A draft
 * belongs to one article being annotated by one thread; {@link #result} freezes it.
 */
public final class ArticleDraft {
    final String text;
    final Article article;
    final Set<String> knownLatin;
    List<Token> tokens = List.of();
    /** Persons, then organizations and places, in the order the stages add them. */
    final List<Mention> mentions = new ArrayList<>();
    final List<PositionMention> positions = new ArrayList<>();
    List<EventMention> events = List.of();
    List<Quotation> quotations = List.of();

    ArticleDraft(String text, Article article, Set<String> knownLatin) {
        this.text = text;
        this.article = article;
        this.knownLatin = knownLatin;
    }

    int begin() {
        return article.begin();
    }

    int end() {
        return article.end();
    }

    void sortMentions() {
        mentions.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
    }

    AnnotatedArticle result() {
        return new AnnotatedArticle(article, mentions, positions, events, quotations);
    }
}
