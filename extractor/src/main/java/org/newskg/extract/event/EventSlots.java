package org.newskg.extract.event;

import java.util.LinkedHashSet;
import java.util.Set;
import org.newskg.model.NewsDate;

/**
 * The slots of one event while they are filled: start and end date, place, organizers, theme.
 * The slot fillers and then inheritance write them in order (a later rule sees what an earlier one
 * found); the labeler reads them into an immutable {@link org.newskg.model.EventMention}. This is
 * the one mutable value of the chain, and it never leaves it.
 */
final class EventSlots {
    NewsDate start;
    NewsDate end;
    String place;
    String theme;
    final Set<String> organizers = new LinkedHashSet<>();
}
