package org.newskg.extract.quote;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.model.EventMention;

/**
 * Event linking: {@code 在峰会上表示}, {@code 在推介会上说}, {@code 致辞时表示} link a quote to the
 * matching event of the article (by label or alias, else by the event noun, nearest first); a bare
 * {@code 致辞} goes to the article's main event. Rules: {@code at-event} in
 * {@code quote-patterns.txt}, {@code ceremony-parts} and {@code address} in {@code quote-words.txt},
 * and the event nouns of the event stage.
 */
final class EventLinker {
    private static final Pattern AT_EVENT = QuoteRules.pattern("at-event");
    private static final List<String> CEREMONY_PARTS = QuoteRules.words("ceremony-parts");
    /** The opening ceremony, which matches only an event that is one. */
    private static final String OPENING = QuoteRules.word("opening-ceremony");
    private static final String ADDRESS = QuoteRules.word("address");
    /** How far before the verb the event phrase is sought when the speaker's position is unknown. */
    private static final int EVENT_REACH = 24;

    private final QuoteContext x;
    private final List<String> eventNouns;

    EventLinker(QuoteContext x, List<String> eventNouns) {
        this.x = x;
        this.eventNouns = eventNouns;
    }

    /** The event the words between the speaker and cue {@code c} say the speech was given at, or null. */
    EventMention eventFor(Who who, Cue c) {
        if (x.events.isEmpty() || c == null) return null;
        int from = who != null && who.end() >= 0 && who.end() <= c.begin() ? who.end() : Math.max(x.a, c.begin() - EVENT_REACH);
        String region = x.t.substring(from, c.end());
        Matcher m = AT_EVENT.matcher(region);
        if (m.find()) {
            EventMention ev = matchEvent(m.group(1).replaceAll("\\s", ""), c.begin());
            if (ev != null) return ev;
        }
        if (region.contains(ADDRESS) || c.word().startsWith(ADDRESS)) return mainEvent();
        return null;
    }

    private EventMention matchEvent(String phrase, int pos) {
        for (EventMention e : x.events) {
            if (e.label().equals(phrase) || e.aliases().contains(phrase)) return e;
        }
        String noun = null;
        for (String n : eventNouns) if (phrase.endsWith(n)) { noun = n; break; }
        for (String n : CEREMONY_PARTS) if (phrase.endsWith(n)) noun = n;
        if (noun == null) return null;
        EventMention best = null;
        for (EventMention e : x.events) {
            boolean fits = e.label().endsWith(noun);
            for (String al : e.aliases()) if (al.endsWith(noun)) fits = true;
            if (!fits) continue;
            if (noun.equals(OPENING) != e.label().endsWith(OPENING)) continue;
            if (best == null || (e.begin() <= pos && (best.begin() > pos || e.begin() > best.begin()))) best = e;
        }
        return best;
    }

    /** The article's first event that is part of no other, or null. */
    EventMention mainEvent() {
        EventMention best = null;
        for (EventMention e : x.events) {
            if (e.superEvent() != null) continue;
            if (e.begin() < x.a || e.begin() >= x.z) continue;
            if (best == null || e.begin() < best.begin()) best = e;
        }
        return best;
    }
}
