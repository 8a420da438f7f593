package org.newskg.extract.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.NewsDate;

/**
 * Where an article reports from, for its main event when no sentence places it: the place of its
 * dateline (某社某地某月某日电, as the article splitter read it: {@link EventText#datelinePlace}),
 * a byline's 某地报道, or the locative of a lead that opens with a day (某某10日在京会见…), in that
 * order (event-patterns.txt {@code byline-place}, {@code lead-locative}). The dateline's and the
 * byline's place must be a place mention of the article's opening; the lead's a place mention, a
 * city abbreviation or a venue ({@link PlaceFiller#placeOf}). Only an event of the reported days takes it: undated, or dated
 * within {@link #MAX_DAYS_BEFORE} days before the article's date. Takes the article; gives a place or null.
 */
final class ArticlePlace {
    /** How far into the article its dateline, byline and lead are looked for. */
    private static final int OPENING_LENGTH = 240;
    /** An event this many days before the article is no longer the one it reports. */
    private static final int MAX_DAYS_BEFORE = 3;

    private static final Pattern BYLINE = EventWords.pattern("byline-place");
    private static final Pattern LEAD = EventWords.pattern("lead-locative");

    private final EventText in;
    private final EventTextBounds bounds;
    private final PlaceFiller places;

    ArticlePlace(EventText in, EventTextBounds bounds, PlaceFiller places) {
        this.in = in;
        this.bounds = bounds;
        this.places = places;
    }

    /** The place the article reports from, for an event starting {@code start}; null when none or not of the reported days. */
    String forEvent(NewsDate start) {
        if (!reported(start)) return null;
        int end = Math.min(in.end(), in.begin() + OPENING_LENGTH);
        String p = datelinePlace(end);
        if (p == null) p = fromByline(end);
        return p != null ? p : fromLead(end);
    }

    private boolean reported(NewsDate start) {
        NewsDate ref = in.reference();
        if (start == null || ref == null || !start.precision().hasYear()) return true;
        if (!start.isCalendarDay() || !ref.isCalendarDay()) return ref.within(start) || start.within(ref);
        long days = ref.toLocalDate().toEpochDay() - start.toLocalDate().toEpochDay();
        return days >= 0 && days <= MAX_DAYS_BEFORE;
    }

    /** The dateline's place, when the opening names it as a place. */
    private String datelinePlace(int end) {
        String p = in.datelinePlace();
        if (p == null) return null;
        for (Mention m : in.mentions()) {
            if (m.begin() >= end) break;
            if (m.begin() >= in.begin() && m.type() == EntityType.PLACE && m.text().equals(p)) return p;
        }
        return null;
    }

    /** A byline's place, in the article's opening lines. */
    private String fromByline(int end) {
        String t = in.text();
        int line = in.begin();
        while (line < end) {
            int next = t.indexOf('\n', line);
            if (next < 0 || next > in.end()) next = in.end();
            Matcher b = BYLINE.matcher(t).region(line, next);
            if (b.find()) return mentioned(b.start("place"), b.end("place"));
            line = next + 1;
        }
        return null;
    }

    /** The locative of the first sentence that opens with a day, in the opening. */
    private String fromLead(int end) {
        int pos = in.begin();
        while (pos < end) {
            int[] s = bounds.sentence(pos);
            Matcher m = LEAD.matcher(in.text()).region(s[0], s[1]);
            if (m.lookingAt()) return places.placeOf(m.start("place"), m.end("place"));
            pos = s[1] + 1;
        }
        return null;
    }

    /** The place mention exactly at [b, e), or null. */
    private String mentioned(int b, int e) {
        for (Mention m : in.mentions()) {
            if (m.begin() == b && m.end() == e && m.type() == EntityType.PLACE) return m.text();
        }
        return null;
    }
}
