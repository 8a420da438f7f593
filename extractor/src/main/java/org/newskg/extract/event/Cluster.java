package org.newskg.extract.event;

import java.util.List;

/**
 * One distinct event of an article, as clustering leaves it: its mentions (named ones first, then
 * the bare ones that refer to it), its distinct names in order of appearance, the year its names
 * carry, its noun and first span. A sub-event (an opening ceremony) has its {@code superEvent} and
 * {@code subSuffix}; a party congress is {@code party}. {@code id} numbers the clusters of one
 * article, so that the slots of each can be kept apart.
 */
record Cluster(int id, List<NameMention> mentions, List<String> names, Integer year, String noun, int begin, int end,
               Cluster superEvent, String subSuffix, boolean party) {
    Cluster {
        mentions = List.copyOf(mentions);
        names = List.copyOf(names);
    }

    boolean isSub() {
        return superEvent != null;
    }

    /** The year of this event's names, else of its super event's. */
    Integer knownYear() {
        return year != null ? year : superEvent != null ? superEvent.year() : null;
    }

    /** Whether one of this event's mentions starts in {@code [s[0], s[1])}. */
    boolean mentionedIn(int[] s) {
        for (NameMention r : mentions) if (r.begin() >= s[0] && r.begin() < s[1]) return true;
        return false;
    }
}
