package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/** How the stages put candidate mentions from several rules together without overlaps. */
final class MentionMerging {
    private MentionMerging() {
    }

    /** Adds an organization mention unless it overlaps another, except the places inside it (香港 of 香港某中心), which it replaces. */
    static void addOrganization(List<Mention> mentions, Mention org) {
        List<Mention> overlapped = new ArrayList<>();
        for (Mention m : mentions) {
            if (!m.overlaps(org.begin(), org.end())) continue;
            boolean innerPlace = m.type() == EntityType.PLACE && m.begin() >= org.begin() && m.end() <= org.end()
                    && !m.equals(org);
            if (!innerPlace) return;
            overlapped.add(m);
        }
        mentions.removeAll(overlapped);
        mentions.add(org);
    }

    /** Overlapping candidates from several rules: the longest wins. */
    static List<Mention> longestFirst(List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Mention m) -> m.begin() - m.end()).thenComparingInt(Mention::begin));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            if (withoutOverlaps(List.of(m), kept).size() == 1) kept.add(m);
        }
        return kept;
    }

    /** The candidates that share no character with a mention already taken. */
    static List<Mention> withoutOverlaps(List<Mention> candidates, List<Mention> taken) {
        List<Mention> out = new ArrayList<>();
        for (Mention c : candidates) {
            if (taken.stream().noneMatch(t -> t.overlaps(c.begin(), c.end()))) out.add(c);
        }
        return out;
    }
}
