package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 4 of the event chain: which mentions name one event. Takes the scanner's
 * {@link NameMention}s. Named mentions join when their names agree without the year, or one ends
 * the other ({@code 亚太峰会} ⊂ {@code 2025年世界互联网大会亚太峰会}, both of four characters or more),
 * and their years do not differ; a bare noun joins the last event with that noun named before it,
 * else the first after; an opening ceremony named alone joins the nearest event of any noun. Forms
 * {@link NameVariants} tells apart join too; an undated name only found inside another event's name
 * is that series' body and dropped. A name
 * followed by 开幕式 (or 开幕 as a noun) makes a sub-event of its event. Adds: {@link Clusters}.
 */
final class Clustering {
    /** Names this long or longer may join when one ends the other. */
    private static final int MIN_SUFFIX_MATCH = 4;
    private static final Pattern YEAR_PREFIX = EventWords.pattern("year-prefix");
    /** The forms of a party congress, group 1 its number (党的十八大, 中共十八大, 中国共产党第十八次全国代表大会). */
    private static final Pattern[] PARTY_FORMS = {
        EventWords.pattern("party-congress"), EventWords.pattern("party-congress-short"), EventWords.pattern("party-congress-full")};
    private static final String PARTY_NOUN = EventWords.word("party-congress-noun");
    private static final String OPENING = EventWords.word("opening");
    private static final String OPENING_CEREMONY = EventWords.word("opening-ceremony");
    private static final String WELCOME = EventWords.word("welcome-verb");

    /** A cluster being built. */
    private static final class Draft {
        final List<NameMention> mentions = new ArrayList<>();
        final Set<String> names = new LinkedHashSet<>();
        Integer year;
        String noun;
        int begin, end;
        Draft superDraft;
        String subSuffix;
        boolean party;
    }

    private final List<Draft> groups = new ArrayList<>();
    private final List<Draft> subs = new ArrayList<>();
    private final Map<NameMention, Draft> draftOf = new IdentityHashMap<>();

    Clusters cluster(List<NameMention> raws) {
        for (NameMention r : raws) if (!r.bare()) join(r);
        dropBodies();
        for (NameMention r : raws) if (r.bare()) attachBare(r);
        for (NameMention r : raws) if (r.subSuffix() != null && draftOf.get(r) != null) addSubEvent(r);
        return freeze(raws);
    }

    private void join(NameMention r) {
        Draft g = findGroup(r);
        if (g == null) {
            g = new Draft();
            g.noun = r.noun();
            g.begin = r.begin();
            g.end = r.end();
            g.party = r.noun().equals(PARTY_NOUN);
            groups.add(g);
        }
        g.mentions.add(r);
        g.names.add(r.name());
        if (r.year() != null && g.year == null) g.year = r.year();
        draftOf.put(r, g);
    }

    /**
     * An undated name that only ever opens another event's name (某合作论坛 of 某合作论坛某地峰会)
     * names the body that holds the series, not an event: its group is dropped.
     */
    private void dropBodies() {
        List<Draft> bodies = new ArrayList<>();
        for (Draft g : groups) {
            if (g.year != null || g.party) continue;
            boolean opens = true;
            for (String n : g.names) opens &= opensOther(g, base(n));
            if (opens) bodies.add(g);
        }
        for (Draft g : bodies) {
            groups.remove(g);
            for (NameMention r : g.mentions) draftOf.remove(r);
        }
    }

    private boolean opensOther(Draft self, String name) {
        for (Draft g : groups) {
            // a banquet named by its guests (欢迎出席某会的贵宾宴会) names their event, not its series
            if (g == self || g.names.iterator().next().startsWith(WELCOME)) continue;
            for (String n : g.names) if (base(n).length() > name.length() && base(n).contains(name)) return true;
        }
        return false;
    }

    private Draft findGroup(NameMention r) {
        String base = base(r.name());
        for (Draft g : groups) {
            if (r.year() != null && g.year != null && !r.year().equals(g.year)) continue;
            for (String n : g.names) {
                String b = base(n);
                if (b.equals(base)) return g;
                if (b.length() >= MIN_SUFFIX_MATCH && base.length() >= MIN_SUFFIX_MATCH && (b.endsWith(base) || base.endsWith(b))) {
                    return g;
                }
                if (NameVariants.same(b, base)) return g;
            }
        }
        return null;
    }

    /** A name without its year and marks, as names are compared; a party congress by its number. */
    static String base(String name) {
        for (Pattern p : PARTY_FORMS) {
            Matcher m = p.matcher(name);
            if (m.matches()) return PARTY_NOUN + m.group(1);
        }
        return YEAR_PREFIX.matcher(name).replaceFirst("").replaceAll("[“”「」『』\\s]", "");
    }

    private void attachBare(NameMention r) {
        Draft g = nearestGroup(r.begin(), r.name().isEmpty() ? null : r.noun());
        if (g == null) return;
        draftOf.put(r, g);
        g.mentions.add(r);
        if (!r.name().isEmpty()) g.names.add(r.name());
    }

    /** The named group with noun {@code noun} (any when null) mentioned last before {@code pos}, else first after. */
    private Draft nearestGroup(int pos, String noun) {
        Draft best = null;
        int bestPos = -1;
        for (Draft g : groups) {
            if (noun != null && !g.noun.equals(noun)) continue;
            if (noun == null && g.party) continue;
            for (NameMention r : g.mentions) {
                if (r.bare()) continue;
                if (r.begin() <= pos && r.begin() > bestPos) { best = g; bestPos = r.begin(); }
            }
        }
        if (best != null) return best;
        int first = Integer.MAX_VALUE;
        for (Draft g : groups) {
            if (noun != null && !g.noun.equals(noun)) continue;
            if (g.begin > pos && g.begin < first) { best = g; first = g.begin; }
        }
        return best;
    }

    /** The sub-event (opening ceremony) that mention {@code r} names, with the mention of it. */
    private void addSubEvent(NameMention r) {
        Draft sup = draftOf.get(r);
        String suffix = r.subSuffix().equals(OPENING) ? OPENING_CEREMONY : r.subSuffix();
        Draft sub = null;
        for (Draft s : subs) if (s.superDraft == sup && s.subSuffix.equals(suffix)) sub = s;
        if (sub == null) {
            sub = new Draft();
            sub.superDraft = sup;
            sub.subSuffix = suffix;
            sub.noun = suffix;
            sub.begin = r.bare() && r.name().isEmpty() ? r.subEnd() - r.subSuffix().length() : r.begin();
            sub.end = r.subEnd();
            subs.add(sub);
        }
        NameMention sr = new NameMention(r.begin(), r.subEnd(), r.subAlias(), suffix, null, false, false, null, 0, null);
        draftOf.put(sr, sub);
        sub.mentions.add(sr);
        sub.names.add(r.subAlias());
    }

    private Clusters freeze(List<NameMention> raws) {
        Map<Draft, Cluster> done = new IdentityHashMap<>();
        List<Cluster> named = new ArrayList<>();
        List<Cluster> subClusters = new ArrayList<>();
        int id = 0;
        for (Draft g : groups) named.add(freeze(g, id++, null, done));
        for (Draft s : subs) subClusters.add(freeze(s, id++, done.get(s.superDraft), done));
        Map<NameMention, Cluster> clusterOf = new IdentityHashMap<>();
        draftOf.forEach((r, d) -> clusterOf.put(r, done.get(d)));
        Cluster main = null;
        for (Cluster g : named) {
            if (g.party()) continue;
            if (main == null || g.begin() < main.begin()) main = g;
        }
        return new Clusters(named, subClusters, main, raws, clusterOf);
    }

    private static Cluster freeze(Draft d, int id, Cluster superEvent, Map<Draft, Cluster> done) {
        Cluster c = new Cluster(id, d.mentions, new ArrayList<>(d.names), d.year, d.noun, d.begin, d.end, superEvent,
                d.subSuffix, d.party);
        done.put(d, c);
        return c;
    }
}
