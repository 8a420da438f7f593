package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What clustering hands on: the named events in order of creation, their sub-events, the main
 * event (the article's first named event that is no party congress, or null), every mention the
 * scanner found, and which event each mention belongs to.
 */
record Clusters(List<Cluster> named, List<Cluster> subs, Cluster main, List<NameMention> mentions,
                Map<NameMention, Cluster> clusterOf) {
    Clusters {
        named = List.copyOf(named);
        subs = List.copyOf(subs);
        mentions = List.copyOf(mentions);
        clusterOf = new IdentityHashMap<>(clusterOf);
    }

    /** Named events, then sub-events. */
    List<Cluster> all() {
        List<Cluster> all = new ArrayList<>(named);
        all.addAll(subs);
        return all;
    }

    /** How many clusters there are (ids run from 0 below this). */
    int size() {
        return named.size() + subs.size();
    }

    /** The event mention {@code r} belongs to, or null. */
    Cluster of(NameMention r) {
        return clusterOf.get(r);
    }
}
