package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.newskg.model.Segmentation;
import org.newskg.model.Article;
import org.newskg.model.EntityType;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.NewsDate;

/** Event inputs for the stage tests: a text with mentions of the given words (P:/O:/L: prefix). */
public final class Texts {
    private Texts() {
    }

    static EventText text(String text, String reference, String... specs) {
        return new EventText(text, 0, text.length(), mentions(text, specs), Segmentation.NONE, NewsDate.parse(reference));
    }

    /** Mentions of the given words (every occurrence), type by prefix P:/O:/L:, in text order. */
    public static List<Mention> mentions(String text, String... specs) {
        List<Mention> out = new ArrayList<>();
        for (String spec : specs) {
            EntityType type = switch (spec.charAt(0)) {
                case 'P' -> EntityType.PERSON;
                case 'O' -> EntityType.ORGANIZATION;
                default -> EntityType.PLACE;
            };
            String word = spec.substring(2);
            for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + word.length())) {
                out.add(new Mention(type, k, k + word.length(), word));
            }
        }
        out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return out;
    }

    /** The events of a one-article text dated {@code date} (or null), with mentions of the given words. */
    static List<EventMention> events(String text, String date, String... specs) {
        Article a = new Article(0, 0, text.length(), null, List.of(), null, date);
        return new ArticleEvents().find(text, a, mentions(text, specs), Segmentation.NONE);
    }

    /** The first of {@code evs} whose label contains {@code label}; fails the test when none does. */
    static EventMention labelled(List<EventMention> evs, String label) {
        for (EventMention e : evs) if (e.label().contains(label)) return e;
        throw new AssertionError(label + " not in " + evs);
    }

    static List<NameMention> names(EventText in) {
        return new NameScanner(in, new EventTextBounds(in)).scan();
    }

    static Clusters clusters(EventText in) {
        return new Clustering().cluster(names(in));
    }

    static EventSlots[] slots(EventText in, Clusters clusters) {
        return new SlotFilling(in, new EventTextBounds(in), clusters).fill(clusters);
    }
}
