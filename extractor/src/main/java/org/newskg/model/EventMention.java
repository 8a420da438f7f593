package org.newskg.model;

import java.util.List;

/**
 * A named event found in an article. {@code label} is the canonical simplified label (with the
 * year when known, e.g. 2025年世界互联网大会亚太峰会); {@code aliases} the other forms seen.
 * Dates are as precise as the text allows (a day, a month or a year) or null.
 * {@code place}, {@code organizers}, {@code theme} and {@code superEvent} (label of the event this
 * one is part of) are null/empty when not stated. The span is the first mention, {@code mentions}
 * every place the article names the event (峰会 for the summit included), analysis-text offsets.
 */
public record EventMention(String label, List<String> aliases, int begin, int end,
                           NewsDate startDate, NewsDate endDate, String place,
                           List<String> organizers, String theme, String superEvent, List<TextSpan> mentions) {
    public EventMention {
        aliases = List.copyOf(aliases);
        organizers = List.copyOf(organizers);
        mentions = List.copyOf(mentions);
    }

    /** An event named once, at its span. */
    public EventMention(String label, List<String> aliases, int begin, int end, NewsDate startDate, NewsDate endDate,
                        String place, List<String> organizers, String theme, String superEvent) {
        this(label, aliases, begin, end, startDate, endDate, place, organizers, theme, superEvent,
                List.of(new TextSpan(begin, end)));
    }

    /**
     * An event named once, at its span, its dates in their text form ({@link NewsDate#parse}), as
     * tests write them.
     */
    public EventMention(String label, List<String> aliases, int begin, int end, String startDate, String endDate,
                        String place, List<String> organizers, String theme, String superEvent) {
        this(label, aliases, begin, end, NewsDate.parse(startDate), NewsDate.parse(endDate),
                place, organizers, theme, superEvent);
    }
}
