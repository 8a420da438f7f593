package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.newskg.model.Segmentation;
import org.newskg.model.Article;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.NewsDate;

/**
 * The event chain for one article, its stages in order: {@link NameScanner} (with
 * {@link LeftBoundary} and {@link NameFilter}) → {@link Clustering} → {@link SlotFilling} (dates,
 * places, organizers, themes) → {@link Inheritance} → {@link Labeler}, then {@link LaunchFinder}
 * for launches held at those events. Takes the analysis text, the article, its mentions and the
 * segmenter's words; gives the article's events.
 */
public final class ArticleEvents {
    private final LaunchFinder launches = new LaunchFinder();

    /** The events of {@code article} in the analysis {@code text}; {@code mentions} in text order, inside the article. */
    public List<EventMention> find(String text, Article article, List<Mention> mentions, Segmentation words) {
        int a = Math.max(0, article.begin());
        int z = Math.min(text.length(), article.end());
        if (a >= z) return List.of();
        EventText in = new EventText(text, a, z, mentions, words, NewsDate.parse(article.referenceDate()),
                article.datelinePlace());
        EventTextBounds bounds = new EventTextBounds(in);
        List<NameMention> names = new NameScanner(in, bounds).scan();
        Clusters clusters = new Clustering().cluster(names);
        EventSlots[] slots = new SlotFilling(in, bounds, clusters).fill(clusters);
        new Inheritance(in, bounds, clusters, slots).inherit();
        List<EventMention> found = new ArrayList<>(new Labeler(clusters, slots).label());
        found.addAll(launches.find(text, article, found));
        return found;
    }
}
