package org.newskg.extract.event;

import java.time.MonthDay;
import java.util.List;
import java.util.regex.Pattern;
import org.newskg.model.NewsDate;

/**
 * Stage 6 of the event chain: slots events take from other events. Takes the {@link Clusters}
 * and their {@link EventSlots}, and in order: an event held {@code 同期} with a finer date refines the
 * main event's date; an opening ceremony and its event date each other (a closing ceremony takes
 * the event's end), and the ceremony takes the event's place and organizers; events in a sentence
 * that says {@code 同期/与此同时/同时举行}, or {@code 期间} with the main event, take the main event's
 * date and place (a forum its organizers too); an undated event listed with a dated one in a
 * sentence ({@code 、/和/以及}, event-patterns.txt {@code listed-between}) takes its date and place.
 * An undated event in a sentence set during a visit ({@code 访华期间}, event-patterns.txt
 * {@code during-visit}) takes the date and place of the visit named before it. An event still
 * without place, a side event dated on the main event's days (or the day next to them), takes its place.
 * The words are event-words.txt {@code same-time}, {@code during}. Adds: the inherited slots.
 */
final class Inheritance {
    /** The year days without year are counted in (29 February included). */
    private static final int LEAP_YEAR = 2000;
    /** Two events listed together stand this close. */
    private static final int MAX_LIST_GAP = 40;

    private static final List<String> SAME_TIME = EventWords.set("same-time");
    private static final String DURING = EventWords.word("during");
    private static final String OPENING = EventWords.word("opening");
    private static final String CLOSING = EventWords.word("closing");
    private static final String FORUM = EventWords.word("forum-noun");
    private static final Pattern LISTED_BETWEEN = EventWords.pattern("listed-between");
    private static final Pattern DURING_VISIT = EventWords.pattern("during-visit");
    private static final String VISIT = EventWords.word("visit-noun");
    private static final List<String> SIDE_NOUNS = EventWords.set("side-event-nouns");

    private final String t;
    private final EventTextBounds bounds;
    private final Clusters clusters;
    private final EventSlots[] slots;

    Inheritance(EventText in, EventTextBounds bounds, Clusters clusters, EventSlots[] slots) {
        this.t = in.text();
        this.bounds = bounds;
        this.clusters = clusters;
        this.slots = slots;
    }

    void inherit() {
        Cluster main = clusters.main();
        if (main != null) refineMainDate(main);
        for (Cluster s : clusters.subs()) fromSuperEvent(s);
        if (main != null) {
            for (Cluster g : clusters.all()) if (g != main && !g.party() && heldWithMain(g, main)) fromMain(g, main);
            for (Cluster g : clusters.named()) if (g != main && !g.party()) placeOnMainDays(g, main);
        }
        for (Cluster g : clusters.all()) {
            if (slots[g.id()].start == null && !g.party()) fromListed(g);
        }
        for (Cluster g : clusters.named()) {
            if (of(g).start == null && !g.party()) fromVisit(g);
        }
    }

    /** An event in a sentence set during a visit (访华期间) takes the date and place of the visit named last before it. */
    private void fromVisit(Cluster g) {
        NameMention first = g.mentions().get(0);
        if (!DURING_VISIT.matcher(sentenceOf(first)).find()) return;
        Cluster visit = null;
        int at = -1;
        for (Cluster h : clusters.named()) {
            if (h == g || !h.noun().endsWith(VISIT)) continue;
            for (NameMention r : h.mentions()) if (r.begin() < first.begin() && r.begin() > at) { visit = h; at = r.begin(); }
        }
        if (visit == null || of(visit).start == null) return;
        of(g).start = of(visit).start;
        if (of(g).place == null) of(g).place = of(visit).place;
    }

    private EventSlots of(Cluster g) {
        return slots[g.id()];
    }

    /** 同期 with a stated month refines the main event's date. */
    private void refineMainDate(Cluster main) {
        EventSlots m = of(main);
        for (Cluster g : clusters.named()) {
            NewsDate start = of(g).start;
            if (g == main || start == null) continue;
            for (NameMention r : g.mentions()) {
                if (sentenceOf(r).contains(SAME_TIME.get(0))
                        && (m.start == null || (start.finerThan(m.start) && start.within(m.start)))) {
                    m.start = start;
                }
            }
        }
    }

    /** An opening ceremony and its event date each other; the ceremony takes the event's place and organizers. */
    private void fromSuperEvent(Cluster s) {
        EventSlots sub = of(s), sup = of(s.superEvent());
        if (s.subSuffix().startsWith(OPENING)) {
            if (sub.start == null) sub.start = sup.start;
            else if (sup.start == null || DateFiller.better(sub.start, sup.start)) sup.start = sub.start;
            if (sub.end == null && sub.start != null && sub.start.precision() == NewsDate.Precision.DAY) {
                sub.end = sub.start;
            }
        } else if (s.subSuffix().startsWith(CLOSING)) {
            if (sub.start == null) sub.start = sup.end;
        }
        if (sub.place == null) sub.place = sup.place;
        if (sub.organizers.isEmpty()) sub.organizers.addAll(sup.organizers);
    }

    /** Whether a sentence naming {@code g} puts it at the time of the main event. */
    private boolean heldWithMain(Cluster g, Cluster main) {
        boolean ctx = false;
        for (NameMention r : g.mentions()) {
            int[] s = bounds.sentence(r.begin());
            String sent = t.substring(s[0], s[1]);
            for (String w : SAME_TIME) if (sent.contains(w)) ctx = true;
            if (sent.contains(DURING) && main.mentionedIn(s)) ctx = true;
        }
        return ctx;
    }

    private void fromMain(Cluster g, Cluster main) {
        EventSlots e = of(g), m = of(main);
        if (e.start == null) e.start = m.start;
        else if (m.start != null && m.start.finerThan(e.start) && m.start.within(e.start)) e.start = m.start;
        if (e.place == null) e.place = m.place;
        if (e.organizers.isEmpty() && !g.isSub() && g.noun().equals(FORUM) && !m.organizers.isEmpty()) {
            e.organizers.addAll(m.organizers);
        }
    }

    /**
     * A side event (a round table, a sub-forum: event-words.txt {@code side-event-nouns}) the text
     * places nowhere, dated on one of the main event's days or the day next to them, is held where
     * the main event is. Talks and press conferences are no side events: they report on others.
     */
    private void placeOnMainDays(Cluster g, Cluster main) {
        EventSlots e = of(g), m = of(main);
        if (e.place != null || m.place == null || e.start == null || !isSideEvent(g)) return;
        if (onDaysOf(e.start, m.start, m.end)) e.place = m.place;
    }

    private static boolean isSideEvent(Cluster g) {
        for (String n : g.names()) for (String side : SIDE_NOUNS) if (n.endsWith(side)) return true;
        return false;
    }

    /** Whether day {@code d} lies from the day before {@code start} to the day after {@code end} (either may be null). */
    static boolean onDaysOf(NewsDate d, NewsDate start, NewsDate end) {
        boolean years = d.precision().hasYear() && (start == null || start.precision().hasYear())
                && (end == null || end.precision().hasYear());
        Integer day = dayNumber(d, years), from = dayNumber(start, years), to = dayNumber(end, years);
        if (day == null || (from == null && to == null)) return false;
        if (from == null) from = to;
        if (to == null) to = from;
        return day >= from - 1 && day <= to + 1;
    }

    /** Day {@code x} as a number: its epoch day when {@code years}, else its day in a leap year; null when it is no day. */
    private static Integer dayNumber(NewsDate x, boolean years) {
        if (x == null || (x.precision() != NewsDate.Precision.DAY && x.precision() != NewsDate.Precision.DAY_WITHOUT_YEAR)) return null;
        if (years) return x.isCalendarDay() ? (int) x.toLocalDate().toEpochDay() : null;
        return MonthDay.of(x.month(), x.day()).atYear(LEAP_YEAR).getDayOfYear();
    }

    /** Same sentence lists: an undated event shares date and place with a dated neighbour. */
    private void fromListed(Cluster g) {
        EventSlots e = of(g);
        for (NameMention r : g.mentions()) {
            if (r.bare()) continue;
            int[] s = bounds.sentence(r.begin());
            for (Cluster h : clusters.all()) {
                if (h == g || of(h).start == null || h.party()) continue;
                if (listedWith(h, r, s)) {
                    e.start = of(h).start;
                    if (e.place == null) e.place = of(h).place;
                }
            }
            if (e.start != null) break;
        }
    }

    /** Whether a named mention of {@code h} in sentence {@code s} is listed with mention {@code r}. */
    private boolean listedWith(Cluster h, NameMention r, int[] s) {
        boolean listed = false;
        for (NameMention hr : h.mentions()) {
            if (hr.bare() || hr.begin() < s[0] || hr.end() > s[1]) continue;
            int x = Math.min(hr.end(), r.end()), y = Math.max(hr.begin(), r.begin());
            String between = x < y ? t.substring(x, y) : "";
            if (between.length() <= MAX_LIST_GAP && LISTED_BETWEEN.matcher(between).matches()
                    && !between.matches(".*[。；！？].*")) listed = true;
        }
        return listed;
    }

    private String sentenceOf(NameMention r) {
        int[] s = bounds.sentence(r.begin());
        return t.substring(s[0], s[1]);
    }
}
