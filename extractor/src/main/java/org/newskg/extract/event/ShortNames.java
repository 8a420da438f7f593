package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.lexicon.Lexicon;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Stage 1, with {@link PhraseNames}: events the text writes by a short form without an event noun
 * of its own. A city's Games (某地奥运, 某地冬奥: the place a place mention right before; event-patterns.txt
 * {@code games-short}) are named 某地奥运会; the short name of a recurring event series
 * (event-series.txt, 慕安会) is named by the series' full name, with the year or ordinal written
 * before it (第四届某博会, event-patterns.txt {@code edition-before}). Adds: for each, the named mention
 * and the form written as an alias mention ({@code [named, alias]}).
 */
final class ShortNames {
    private static final Pattern GAMES = EventWords.pattern("games-short");
    private static final Pattern YEAR_PREFIX = EventWords.pattern("year-prefix");
    private static final String GAMES_NOUN_END = EventWords.word("games-noun-end");
    private static final Pattern EDITION_BEFORE = EventWords.pattern("edition-before");
    /** How far before a short form its edition (2024年第二十五届) may start. */
    private static final int EDITION_REACH = 12;
    /** Full name of a series → its short forms (event-series.txt). */
    private static final List<List<String>> SERIES = Lexicon.rows("event-series.txt");

    private final EventText in;
    private final String t;

    ShortNames(EventText in) {
        this.in = in;
        this.t = in.text();
    }

    List<NameMention[]> find() {
        List<NameMention[]> out = new ArrayList<>();
        Matcher g = GAMES.matcher(t).region(in.begin(), in.end());
        while (g.find()) {
            Mention place = placeEndingAt(g.start());
            if (place == null) continue;
            String noun = g.group() + GAMES_NOUN_END;
            out.add(pair(place.begin(), g.end(), place.text() + noun, place.text() + g.group(), noun));
        }
        for (List<String> row : SERIES) {
            String full = row.get(0);
            String noun = nounOf(full);
            for (String form : row.subList(1, row.size())) {
                for (int k = t.indexOf(form, in.begin()); k >= 0 && k + form.length() <= in.end(); k = t.indexOf(form, k + form.length())) {
                    // 第四届某博会, 2024年某博会: the edition written before the short form is part of the name
                    Matcher ed = EDITION_BEFORE.matcher(t.substring(Math.max(in.begin(), k - EDITION_REACH), k));
                    String edition = ed.find() ? ed.group() : "";
                    out.add(pair(k - edition.length(), k + form.length(), edition + full, edition + form, noun));
                }
            }
        }
        return out;
    }

    private static NameMention[] pair(int b, int e, String name, String written, String noun) {
        Matcher y = YEAR_PREFIX.matcher(name);
        Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
        return new NameMention[] {
            new NameMention(b, e, name, noun, year, false, false, null, 0, null),
            new NameMention(b, e, written, noun, null, true, false, null, 0, null)};
    }

    /** The event noun that ends {@code full}, or {@code full} itself. */
    private static String nounOf(String full) {
        for (String n : EventWords.NOUNS) if (full.endsWith(n)) return n;
        return full;
    }

    private Mention placeEndingAt(int pos) {
        for (Mention m : in.mentions()) if (m.end() == pos && m.type() == EntityType.PLACE) return m;
        return null;
    }
}
