package org.newskg.extract;

import java.util.List;
import org.newskg.extract.event.ArticleEvents;
import org.newskg.extract.event.EventTextBounds;
import org.newskg.extract.event.EventWords;
import org.newskg.model.Article;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.Segmentation;

/**
 * Finds the named events of one article: summits, forums, fairs, exhibitions, talks, ceremonies…
 * The work is done by the stages of {@link org.newskg.extract.event}; this is the entry point the
 * annotator calls, and it keeps the few helpers {@link QuoteFinder} still borrows.
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

    // Helpers QuoteFinder uses until it reads a shared view of the text.

    static boolean isOpen(char c) {
        return EventTextBounds.isOpen(c);
    }

    static boolean isClose(char c) {
        return EventTextBounds.isClose(c);
    }

    static char closeFor(char open) {
        return EventTextBounds.closeFor(open);
    }

    static char openFor(char close) {
        return EventTextBounds.openFor(close);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static List<String> sortLongestFirst(List<String> words) {
        return EventWords.longestFirst(words);
    }
}
