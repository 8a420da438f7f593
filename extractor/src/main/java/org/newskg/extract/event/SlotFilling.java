package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.model.NewsDate;

/**
 * Stage 5 of the event chain: the slots each event's own mentions fill. Takes the
 * {@link Clusters}; for each event, reads its mentions (named ones first, in text order) and asks
 * the slot fillers — {@link DateFiller}, {@link PlaceFiller}, {@link OrganizerFiller},
 * {@link ThemeFiller} — about each mention's sentence, the first answer kept for place and theme.
 * An event still undated that someone attends as the article reports takes the article's month,
 * else the year of its name; one still without place, a place in its name,
 * and the main event the place the article reports from ({@link ArticlePlace}).
 * Last, first editions are dated from the years a series has run, and in an article without a
 * date, days without year take the year of an event whose name carries it. Adds: one {@link EventSlots}
 * per event, indexed by {@link Cluster#id}.
 */
final class SlotFilling {
    private final EventText in;
    private final EventTextBounds bounds;
    private final DateFiller dates;
    private final PlaceFiller places;
    private final OrganizerFiller organizers;
    private final ThemeFiller themes;
    private final ArticlePlace reportedFrom;

    SlotFilling(EventText in, EventTextBounds bounds, Clusters clusters) {
        this.in = in;
        this.bounds = bounds;
        this.dates = new DateFiller(in, clusters);
        this.places = new PlaceFiller(in, bounds);
        this.organizers = new OrganizerFiller(in, bounds);
        this.themes = new ThemeFiller(in);
        this.reportedFrom = new ArticlePlace(in, bounds, places);
    }

    EventSlots[] fill(Clusters clusters) {
        EventSlots[] slots = new EventSlots[clusters.size()];
        Cluster main = clusters.main();
        // the main event first: its year is the default of the others'
        if (main != null) fill(main, slots[main.id()] = new EventSlots(), main, null, in.reference());
        Integer mainYear = main == null ? null : main.year() != null ? main.year()
                : slots[main.id()].start == null || !slots[main.id()].start.precision().hasYear() ? null : slots[main.id()].start.year();
        // what is under way as the article reports: at its date, else on the day of its main event
        NewsDate now = in.reference() != null ? in.reference()
                : main == null || slots[main.id()].start == null || !slots[main.id()].start.isCalendarDay() ? null : slots[main.id()].start;
        for (Cluster g : clusters.all()) {
            if (g == main) continue;
            slots[g.id()] = new EventSlots();
            fill(g, slots[g.id()], main, mainYear, now);
        }
        dates.dateFirstEditions(slots);
        dates.yearsFromNamedDays(slots);
        return slots;
    }

    private void fill(Cluster g, EventSlots s, Cluster main, Integer mainYear, NewsDate now) {
        List<NameMention> ordered = new ArrayList<>(g.mentions());
        ordered.sort(Comparator.comparing(NameMention::bare).thenComparingInt(NameMention::begin));
        Integer defYear = g.knownYear();
        if (defYear == null) defYear = mainYear;
        for (NameMention r : ordered) {
            int[] sent = bounds.sentence(r.begin());
            dates.fill(g, s, r, sent, defYear);
            if (s.place == null) s.place = places.near(r, sent);
            organizers.fill(s.organizers, r, sent);
            if (s.theme == null) s.theme = themes.near(sent);
            dates.duration(s, sent);
        }
        for (NameMention r : ordered) dates.ongoing(g, s, r, bounds.sentence(r.begin()), now);
        if (s.start == null && g.year() != null) s.start = NewsDate.ofYear(g.year());
        if (s.place == null && !g.party()) s.place = places.inName(g);
        if (s.place == null && g == main) s.place = reportedFrom.forEvent(s.start);
    }
}
