package org.newskg.extract;

import java.util.List;
import org.newskg.extract.event.ArticleEvents;
import org.newskg.extract.event.EventWords;
import org.newskg.model.Article;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.Segmentation;

/**
 * Finds the named events of one article: summits, forums, fairs, exhibitions, talks, ceremonies…
 * The work is done by the stages of {@link org.newskg.extract.event}; this is the entry point the
 * annotator calls. Its event nouns also tell quotations which quoted titles name events.
 */
public final class EventFinder {

    /** Event nouns, longest first (event-nouns.txt). */
    static final List<String> NOUNS = EventWords.NOUNS;

    private final ArticleEvents events = new ArticleEvents();

    /** Finds the events of {@code article} in the analysis {@code text}, without a segmenter's help. */
    public List<EventMention> find(String text, Article article, List<Mention> mentions) {
        return find(text, article, mentions, Segmentation.NONE);
    }

    /** Finds the events of {@code article} in the analysis {@code text}, whose words are {@code words}. */
    public List<EventMention> find(String text, Article article, List<Mention> mentions, Segmentation words) {
        int a = Math.max(0, article.begin());
        int z = Math.min(text.length(), article.end());
        if (a >= z) return List.of();
        return events.find(text, article, Mentions.within(mentions, a, z), words);
    }
}
