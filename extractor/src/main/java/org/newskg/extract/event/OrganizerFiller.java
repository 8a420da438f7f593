package org.newskg.extract.event;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Slot filler for organizers. Takes an event's mention and its sentence; organizers are the
 * organization mentions of {@code 由X主办} before the mention or right after it (event-patterns.txt
 * {@code organizer-by}), of {@code X主办/举办…} earlier in the mention's clause, or else, close
 * before 主办/举办 at the head of the sentence. Adds: organizers, in the order found.
 */
final class OrganizerFiller {
    /** How far an organization may stand before 主办 at the head of a sentence. */
    private static final int MAX_GAP_BEFORE_VERB = 6;

    private static final Pattern ORGANIZER_BY = EventWords.pattern("organizer-by");
    private static final String HOST = EventWords.set("organize").get(0);
    private static final String HOLD = EventWords.set("organize").get(1);
    private static final String BY = EventWords.word("by");

    private final EventText in;
    private final String t;
    private final EventTextBounds bounds;

    OrganizerFiller(EventText in, EventTextBounds bounds) {
        this.in = in;
        this.t = in.text();
        this.bounds = bounds;
    }

    void fill(Set<String> organizers, NameMention r, int[] sent) {
        Matcher m = ORGANIZER_BY.matcher(t.substring(sent[0], sent[1]));
        while (m.find()) {
            int ob = sent[0] + m.start(1), oe = sent[0] + m.end(1);
            // the organizer phrase must come before this mention, or right after it
            if (oe > r.begin() && ob < r.outerEnd()) continue;
            if (!(oe <= r.begin() || ob >= r.end())) continue;
            addWithin(organizers, ob, oe);
        }
        // ORG (…)主办/举办 NAME within the clause
        int clauseStart = bounds.clauseStart(r.begin(), sent[0]);
        String clause = t.substring(clauseStart, r.begin());
        int v = lastVerb(clause);
        if (v >= 0 && !clause.contains(BY)) addWithin(organizers, clauseStart, clauseStart + v);
        if (organizers.isEmpty() && v < 0) {
            // ORG主办 in the sentence head before 的 … (由 already handled)
            int sb = sent[0];
            String head = t.substring(sb, r.begin());
            int w = lastVerb(head);
            if (w >= 0 && head.indexOf('，', w) < 0 && !head.contains(BY)) {
                for (Mention mm : in.mentions()) {
                    if (mm.type() == EntityType.ORGANIZATION && mm.begin() >= sb && mm.end() <= sb + w
                            && head.substring(mm.end() - sb, w).length() <= MAX_GAP_BEFORE_VERB) organizers.add(mm.text());
                }
            }
        }
    }

    private static int lastVerb(String s) {
        return Math.max(s.lastIndexOf(HOST), s.lastIndexOf(HOLD));
    }

    private void addWithin(Set<String> organizers, int b, int e) {
        for (Mention mm : in.mentions()) {
            if (mm.type() == EntityType.ORGANIZATION && mm.begin() >= b && mm.end() <= e) organizers.add(mm.text());
        }
    }
}
