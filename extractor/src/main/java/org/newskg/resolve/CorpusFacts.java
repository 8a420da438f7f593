package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.EventMention;
import org.newskg.model.NewsDate;

/**
 * What one file (or the database a run loads into) tells the corpus: the events it states with
 * their start dates, in the order it states them; the positions it states with their body; and
 * the organizations it names in Latin letters. An immutable value: extracting a file returns one,
 * touching nothing shared, and {@link Corpus#of} merges them in input order.
 */
public record CorpusFacts(List<Edition> editions, List<PositionBody> bodies, Set<String> latinOrganizations) {
    public static final CorpusFacts NONE = new CorpusFacts(List.of(), List.of(), Set.of());

    public CorpusFacts {
        editions = List.copyOf(editions);
        bodies = List.copyOf(bodies);
        latinOrganizations = Collections.unmodifiableSet(new TreeSet<>(latinOrganizations));
    }

    /** An event as a file or database states it: its label and its start date (or null). */
    public record Edition(String label, NewsDate startDate) {
    }

    /** The events of a file's articles, in article and event order. */
    public static List<Edition> editionsOf(List<AnnotatedArticle> articles) {
        List<Edition> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            for (EventMention e : a.events()) out.add(new Edition(e.label(), e.startDate()));
        }
        return out;
    }

    /** Only the positions stated with a body: what a file mapped after the others adds. */
    public static CorpusFacts ofBodies(List<PositionBody> bodies) {
        return new CorpusFacts(List.of(), bodies, Set.of());
    }

    /** These facts and the positions {@code more} states with their body. */
    public CorpusFacts withBodies(List<PositionBody> more) {
        List<PositionBody> all = new ArrayList<>(bodies);
        all.addAll(more);
        return new CorpusFacts(editions, all, latinOrganizations);
    }
}
