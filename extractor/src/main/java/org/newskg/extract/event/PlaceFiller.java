package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Slot filler for places. Takes an event's mention and its sentence; the place is what a locative
 * phrase names around it ({@code 在X举办} after it, {@code 在X举行了} or {@code 在X同某某} before it: event-patterns.txt
 * {@code locative-after}, {@code locative-before}, {@code locative-with}), or a venue holding it ({@code 某中学所举办的}, {@code host-venue}): X whole when it ends as a venue
 * (event-venue-endings.txt), else the last place mention in X, else X when it is a short Han word
 * that is no time or pointer; one-character city abbreviations are expanded
 * (event-place-abbreviations.txt); of places listed (在甲及乙两地) the first. An event without such a phrase takes a place mention inside its
 * name, or a place the article names elsewhere opening it, or a city's literary name opening it
 * (event-place-aliases.txt). Adds: the place.
 */
final class PlaceFiller {
    /** Longer locative phrases are clauses, not venues. */
    private static final int MAX_VENUE_LENGTH = 14;
    /** A bare word this short may be a place no recognizer found. */
    private static final int MAX_BARE_PLACE = 4;

    private static final Pattern LOCATIVE_AFTER = EventWords.pattern("locative-after");
    private static final Pattern LOCATIVE_BEFORE = EventWords.pattern("locative-before");
    private static final Pattern LOCATIVE_WITH = EventWords.pattern("locative-with");
    private static final Pattern HOST_VENUE = EventWords.pattern("host-venue");
    private static final String LIST_JOINERS = EventWords.chars("place-list-chars");
    private static final Pattern PLACE_IS_TIME = EventWords.pattern("place-is-time");
    private static final Pattern PLACE_IS_DEICTIC = EventWords.pattern("place-is-deictic");
    private static final String ADMIN_SUFFIXES = EventWords.chars("admin-suffix-chars");

    private final EventText in;
    private final String t;
    private final EventTextBounds bounds;

    PlaceFiller(EventText in, EventTextBounds bounds) {
        this.in = in;
        this.t = in.text();
        this.bounds = bounds;
    }

    /** The place a locative phrase around mention {@code r} in sentence {@code sent} names, or null. */
    String near(NameMention r, int[] sent) {
        int me = r.outerEnd();
        // EVENT (date)? 在 X 举办; a name running past its sentence's end has nothing after it there
        if (me < sent[1]) {
            Matcher m = LOCATIVE_AFTER.matcher(t.substring(me, sent[1]));
            if (m.find()) {
                String p = placeOf(me + m.start(1), me + m.end(1));
                if (p != null) return p;
            }
        }
        // 在 X 举行了 EVENT
        Matcher mb = LOCATIVE_BEFORE.matcher(t.substring(sent[0], r.begin()));
        if (mb.find()) {
            return placeOf(sent[0] + mb.start(1), sent[0] + mb.end(1));
        }
        // 在 X 同某某举行会谈
        Matcher mw = LOCATIVE_WITH.matcher(t.substring(sent[0], r.begin()));
        if (mw.find()) return placeOf(sent[0] + mw.start(1), sent[0] + mw.end(1));
        // 某中学所举办的 EVENT
        Matcher mh = HOST_VENUE.matcher(t.substring(sent[0], r.begin()));
        return mh.find() ? venueEndingAt(sent[0] + mh.start()) : null;
    }

    /**
     * A place or body whose name ends as a venue's (某中学), ending at {@code pos}, or a venue
     * ending right after a name (a school named after a person, 某某中学), or null.
     */
    private String venueEndingAt(int pos) {
        for (Mention m : in.mentions()) {
            if (m.end() == pos && m.type() != EntityType.PERSON && EventWords.endsWithVenue(m.text())) return m.text();
        }
        for (String v : EventWords.VENUE_ENDINGS) {
            int b = pos - v.length();
            if (b <= in.begin() || !t.startsWith(v, b)) continue;
            for (Mention m : in.mentions()) if (m.end() == b) return m.text() + v;
        }
        return null;
    }

    /** The place named by text[b, e) of a locative phrase, or null. */
    String placeOf(int b, int e) {
        String x = t.substring(b, e).replaceAll("\\s", "");
        if (x.length() == 1 && EventWords.PLACE_ABBREVIATIONS.containsKey(x)) return EventWords.PLACE_ABBREVIATIONS.get(x);
        List<Mention> inside = new ArrayList<>();
        for (Mention m : in.mentions()) if (m.begin() >= b && m.end() <= e && m.type() == EntityType.PLACE) inside.add(m);
        boolean venue = EventWords.endsWithVenue(x) && x.length() <= MAX_VENUE_LENGTH;
        if (venue) {
            // a venue: keep it whole unless it is just places
            int covered = 0;
            for (Mention m : inside) covered += m.end() - m.begin();
            if (covered < x.length()) return x;
        }
        // 在甲及乙两地举行: the first place listed is the host; 在某省某市: the last is the most specific
        if (inside.size() > 1 && listed(inside.get(0), inside.get(1))) return inside.get(0).text();
        if (!inside.isEmpty()) return inside.get(inside.size() - 1).text();
        for (Mention m : in.mentions()) {
            if (m.begin() >= b && m.end() <= e && m.type() == EntityType.ORGANIZATION && venue) return x;
        }
        if (x.length() <= MAX_BARE_PLACE && x.matches("[\\p{IsHan}]+") && !PLACE_IS_TIME.matcher(x).matches() && x.length() >= 2) {
            return PLACE_IS_DEICTIC.matcher(x).matches() ? null : x;
        }
        return null;
    }

    /** Whether place {@code y} is listed after {@code x} (甲及乙, 甲、乙), not inside it (某省某市). */
    private boolean listed(Mention x, Mention y) {
        return y.begin() == x.end() + 1 && LIST_JOINERS.indexOf(t.charAt(x.end())) >= 0;
    }

    /**
     * A place mention inside one of the names of {@code g} (not inside its quotation marks), a city
     * the article names opening it, or a city's literary name opening it.
     */
    String inName(Cluster g) {
        for (NameMention r : g.mentions()) {
            if (r.bare() || r.name() == null) continue;
            String place = null;
            for (Mention m : in.mentions()) {
                if (m.type() == EntityType.PLACE && m.begin() >= r.begin() && m.end() <= r.end()
                        && !bounds.insideMarks(m.begin(), r.begin())) {
                    place = bare(EventWords.PLACE_ALIASES.getOrDefault(m.text(), m.text()));
                    break;
                }
            }
            if (place == null && !r.quoted()) place = namedElsewhereOpening(r.name());
            if (place == null) {
                for (Map.Entry<String, String> e : EventWords.PLACE_ALIASES.entrySet()) {
                    if (r.name().startsWith(e.getKey())) place = e.getValue();
                }
            }
            if (place != null) return place;
        }
        return null;
    }

    /**
     * A city, province or county the article names elsewhere as a place that opens {@code name}
     * where the segmenter glued it to what follows (某市七届人大二次会议, a body of that city): the
     * longest such, by its bare name when the article also writes it without its administrative
     * suffix (某市 → 某, event-words.txt {@code admin-suffix-chars}). A country opening a name
     * (中国某某博览会) is no such suffix, and places nothing.
     */
    private String namedElsewhereOpening(String name) {
        String best = null;
        for (Mention m : in.mentions()) {
            if (m.type() != EntityType.PLACE) continue;
            String p = m.text();
            if (p.length() >= 2 && ADMIN_SUFFIXES.indexOf(p.charAt(p.length() - 1)) >= 0
                    && name.startsWith(p) && name.length() > p.length()
                    && (best == null || m.text().length() > best.length())) best = m.text();
        }
        return best == null ? null : bare(best);
    }

    /** {@code place} without its administrative suffix when the article also writes it so as a place (某市 → 某). */
    private String bare(String place) {
        if (ADMIN_SUFFIXES.indexOf(place.charAt(place.length() - 1)) < 0 || place.length() < 3) return place;
        String b = place.substring(0, place.length() - 1);
        for (Mention m : in.mentions()) if (m.type() == EntityType.PLACE && m.text().equals(b)) return b;
        return place;
    }
}
