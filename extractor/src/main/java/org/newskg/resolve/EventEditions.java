package org.newskg.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.lexicon.Lexicon;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.EventMention;
import org.newskg.model.NewsDate;

/**
 * The dated editions of event series that a corpus names ({@code 2024年滨江花卉博览会}), for the
 * files that state no year at all. A newspaper page whose date was not printed (or not extracted)
 * calls the fair it reports 滨江花卉博览会, the same words as the series; on its own it cannot say
 * which edition it means, and its event would be a node apart from the one that dated reports
 * describe.
 *
 * <p>Two steps use the corpus, both only when the evidence agrees:
 * <ol>
 * <li>{@link #monthOf}: the year and month of such a file's page, when every series it names that
 *     the corpus knows has exactly one dated edition there, and all of them fall in the same
 *     month (or year). Read against it, {@code 昨日（14日）} becomes a date.</li>
 * <li>{@link #namesIn}: a year-less event name of such a file is the edition of its series that
 *     falls in that month (an ordinal 首届/第N届 aside, since a series holds one edition a year).</li>
 * </ol>
 * A file that states a year never consults the corpus, so its graph does not depend on which other
 * files are extracted with it.
 */
public final class EventEditions {
    private static final Pattern YEAR_LABEL = pattern("edition-year-label");
    private static final Pattern ORDINAL = pattern("edition-ordinal");

    /** Series name (no year, no ordinal) → label of each dated edition → its start (a year, a month or a day). */
    private final Map<String, Map<String, NewsDate>> editions = new TreeMap<>();

    /** Takes the dated editions of a file's events. */
    public void learn(List<AnnotatedArticle> articles) {
        for (AnnotatedArticle a : articles) {
            for (EventMention e : a.events()) learn(e.label(), e.startDate());
        }
    }

    /** Takes one event as a database states it: its label and the text form of its start date (or null). */
    public void learn(String label, String startDate) {
        learn(label, NewsDate.parse(startDate));
    }

    /** Takes one event: its label and start date (or null). */
    public void learn(String label, NewsDate startDate) {
        Matcher m = YEAR_LABEL.matcher(label);
        if (!m.matches()) return;
        NewsDate year = NewsDate.ofYear(Integer.parseInt(m.group(1)));
        NewsDate start = startDate != null && startDate.within(year) ? startDate : year;
        editions.computeIfAbsent(series(m.group(2)), k -> new TreeMap<>()).merge(label, start, EventEditions::agreed);
    }

    /** Whether a file states no year: no article date, and no event named or dated with one. */
    public static boolean statesNoYear(List<AnnotatedArticle> articles) {
        for (AnnotatedArticle a : articles) {
            if (a.article().date() != null) return false;
            for (EventMention e : a.events()) {
                if ((e.startDate() != null && e.startDate().precision().hasYear()) || YEAR_LABEL.matcher(e.label()).matches()) return false;
            }
        }
        return true;
    }

    /**
     * The month (or the year, when that is all the editions say) of the page of a file that
     * states no year, from the one dated edition of each series it names; null when no series is
     * known, one has several editions, or two disagree.
     */
    public NewsDate monthOf(List<AnnotatedArticle> articles) {
        Set<NewsDate> months = new TreeSet<>();
        for (AnnotatedArticle a : articles) {
            for (EventMention e : a.events()) {
                Map<String, NewsDate> known = editions.get(series(e.label()));
                if (known == null) continue;
                if (known.size() > 1) return null;
                months.add(known.values().iterator().next().truncatedTo(NewsDate.Precision.YEAR_MONTH));
            }
        }
        return months.size() == 1 ? months.iterator().next() : null;
    }

    /** How the events of a file whose page falls in {@code month} (or null) are named in the corpus. */
    public EventNames namesIn(NewsDate month) {
        if (month == null) return EventNames.AS_WRITTEN;
        return label -> {
            if (YEAR_LABEL.matcher(label).matches()) return label;
            Map<String, NewsDate> known = editions.getOrDefault(series(label), Map.of());
            String found = null;
            for (Map.Entry<String, NewsDate> e : known.entrySet()) {
                if (!e.getValue().within(month) && !month.within(e.getValue())) continue;
                if (found != null) return label;
                found = e.getKey();
            }
            return found == null ? label : found;
        };
    }

    /** A pattern of event-patterns.txt: a label that opens with its year, an ordinal (首届, 第N届). */
    private static Pattern pattern(String name) {
        for (List<String> row : Lexicon.rows("event-patterns.txt")) if (row.get(0).equals(name)) return Pattern.compile(row.get(1));
        throw new IllegalStateException("event-patterns.txt has no pattern " + name);
    }

    private static String series(String name) {
        return ORDINAL.matcher(name).replaceFirst("");
    }

    /**
     * Two starts stated for one edition: the finer when they agree (2025-04-14 of 2025 and
     * 2025-04-14, a report that gives only the year of the label contradicting nothing), else the
     * year both labels carry.
     */
    private static NewsDate agreed(NewsDate a, NewsDate b) {
        if (b.within(a)) return b;
        if (a.within(b)) return a;
        return a.truncatedTo(NewsDate.Precision.YEAR);
    }
}
