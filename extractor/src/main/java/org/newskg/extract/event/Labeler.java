package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EventMention;
import org.newskg.model.NewsDate;
import org.newskg.model.TextSpan;

/**
 * Stage 7 of the event chain: the events as the graph will name them. Takes the {@link Clusters}
 * and their {@link EventSlots}. An event's label is its name with a year or ordinal, else its full
 * name over a short form, else its most frequent name, with the year put before it when known
 * ({@code 2025年香港时装周}); a sub-event is its event's label and suffix (…开幕式). The other names
 * are aliases. Adds: the {@link EventMention}s in text order.
 */
final class Labeler {
    private static final Pattern YEAR_PREFIX = EventWords.pattern("year-prefix");
    private static final Pattern ORDINAL = EventWords.pattern("ordinal");
    private static final Pattern LABEL_YEAR = EventWords.pattern("label-year");
    private static final String YEAR_MARK = EventWords.word("year-mark");

    private final Clusters clusters;
    private final EventSlots[] slots;
    private final String[] labels;

    Labeler(Clusters clusters, EventSlots[] slots) {
        this.clusters = clusters;
        this.slots = slots;
        this.labels = new String[clusters.size()];
    }

    List<EventMention> label() {
        List<Cluster> all = new ArrayList<>(clusters.named());
        all.sort(Comparator.comparingInt(Cluster::begin));
        for (Cluster g : all) labels[g.id()] = label(g);
        List<EventMention> out = new ArrayList<>();
        for (Cluster g : all) out.add(toMention(g, null));
        for (Cluster s : clusters.subs()) {
            String superLabel = labels[s.superEvent().id()];
            labels[s.id()] = superLabel + s.subSuffix();
            out.add(toMention(s, superLabel));
        }
        out.sort(Comparator.comparingInt(EventMention::begin));
        return out;
    }

    private String label(Cluster g) {
        String best = null;
        Map<String, Integer> freq = new HashMap<>();
        for (NameMention r : g.mentions()) if (!r.bare() && r.name() != null) freq.merge(r.name(), 1, Integer::sum);
        for (String n : g.names()) {
            if (n.equals(g.noun())) continue;
            if (best == null) { best = n; continue; }
            boolean hasYear = dated(n);
            boolean bestYear = dated(best);
            int fn = freq.getOrDefault(n, 0), fb = freq.getOrDefault(best, 0);
            if (hasYear && !bestYear) best = n;
            else if (hasYear != bestYear) continue;
            // the full name over its short form, however often the short one is written (上海某某峰会 / 某某峰会)
            else if (n.endsWith(best) || best.endsWith(n)) { if (n.length() > best.length()) best = n; }
            else if (fn > fb || (fn == fb && n.length() > best.length())) best = n;
        }
        if (best == null) best = g.names().get(0);
        if (!YEAR_PREFIX.matcher(best).find() && !g.party()) {
            NewsDate start = slots[g.id()].start != null ? slots[g.id()].start : slots[g.id()].end;
            Integer y = g.year() != null ? g.year() : start == null || !start.precision().hasYear() ? null : start.year();
            if (y != null) best = y + YEAR_MARK + best;
        }
        return best;
    }

    /** Whether a name carries its edition: a year or an ordinal. */
    private static boolean dated(String name) {
        return YEAR_PREFIX.matcher(name).find() || ORDINAL.matcher(name).find();
    }

    private EventMention toMention(Cluster g, String superLabel) {
        String label = labels[g.id()];
        EventSlots s = slots[g.id()];
        Set<String> aliases = new LinkedHashSet<>();
        for (String n : g.names()) if (!n.equals(label) && !n.isEmpty()) aliases.add(n);
        if (g.isSub()) aliases.add(g.subSuffix());
        NameMention first = g.mentions().stream().min(Comparator.comparingInt(NameMention::begin)).orElse(null);
        int b = first != null ? first.begin() : g.begin();
        int e = first != null ? first.outerEnd() : g.end();
        if (e <= b) e = b + 1;
        NewsDate end = s.end;
        if (end != null && s.start != null && end.compareTo(s.start) < 0) end = null;
        NewsDate start = s.start;
        // no date in the text, but the name carries the year (2014年首届…大会): the year is known
        Matcher year = LABEL_YEAR.matcher(label);
        if (start == null && year.lookingAt()) start = NewsDate.ofYear(Integer.parseInt(year.group(1)));
        return new EventMention(label, new ArrayList<>(aliases), b, e, start, end, s.place,
                new ArrayList<>(s.organizers), s.theme, superLabel, spans(g));
    }

    /** Where the article names the event of {@code g}: an opening ceremony with its suffix (某某峰会开幕式). */
    private static List<TextSpan> spans(Cluster g) {
        Set<TextSpan> spans = new TreeSet<>(Comparator.comparingInt(TextSpan::begin).thenComparingInt(TextSpan::end));
        boolean sub = g.isSub();
        for (NameMention r : g.mentions()) {
            if (sub && r.subSuffix() == null) continue;
            int end = sub ? r.outerEnd() : r.end();
            if (end > r.begin()) spans.add(new TextSpan(r.begin(), end));
        }
        return new ArrayList<>(spans);
    }
}
