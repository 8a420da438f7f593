package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.lexicon.Lexicon;

/**
 * The rules of the event stages as data, read once from the {@code event-*} lexicons: word lists
 * (one file each), small named sets ({@code event-words.txt}) and named regular expressions
 * ({@code event-patterns.txt}). Every Han word the stages test is here, none in their code.
 */
public final class EventWords {

    /** Event nouns (event-nouns.txt), longest first so that 博览会 wins over 会. */
    public static final List<String> NOUNS = longestFirst(words("event-nouns.txt"));
    /** Nouns a bare mention of which (峰会, 本次论坛) may refer back to a named event. */
    static final Set<String> BARE_NOUNS = Set.copyOf(words("event-bare-nouns.txt"));
    /** Nouns that need a strong sign (place/org/year/quote in the name) to count. */
    static final Set<String> WEAK_NOUNS = Set.copyOf(words("event-weak-nouns.txt"));
    /** Sub-event suffixes (开幕式), in the order they are tried. */
    static final List<String> SUB_SUFFIXES = words("event-sub-suffixes.txt");
    /** Words that end a name when scanning left, longest first. */
    static final List<String> STOP_WORDS = longestFirst(words("event-stop-words.txt"));
    /** Verbs that open the names of commemorations and celebrations (纪念…大会). */
    static final Set<String> NAME_VERBS = Set.copyOf(words("event-name-verbs.txt"));
    /** Modifier words that do not make a name (国际展览, 专题论坛), longest first. */
    static final List<String> GENERIC = longestFirst(words("event-generic-modifiers.txt"));
    /** Things that follow a noun when it is part of a venue or body, not an event. */
    static final List<String> NON_EVENT_FOLLOWERS = words("event-non-event-followers.txt");
    /** Endings of venues in a locative phrase (a list apart from venue-suffixes.txt: see its header). */
    static final List<String> VENUE_ENDINGS = words("event-venue-endings.txt");
    static final Map<String, String> PLACE_ABBREVIATIONS = pairs("event-place-abbreviations.txt");
    /** Literary names of cities (香江 for 香港). */
    static final Map<String, String> PLACE_ALIASES = pairs("event-place-aliases.txt");

    private static final Map<String, List<String>> SETS = named("event-words.txt");
    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        named("event-patterns.txt").forEach((k, v) -> PATTERNS.put(k, Pattern.compile(v.get(0))));
    }

    private EventWords() {
    }

    /** The words of the named set of event-words.txt. */
    static List<String> set(String name) {
        List<String> s = SETS.get(name);
        if (s == null) throw new IllegalStateException("event-words.txt has no set " + name);
        return s;
    }

    /** The one word of a named set of event-words.txt (a noun a rule names). */
    static String word(String name) {
        return set(name).get(0);
    }

    /** The characters of a named "-chars" set of event-words.txt, as one string. */
    static String chars(String name) {
        return String.join("", set(name));
    }

    /** The regular expression of event-patterns.txt of that name. */
    static Pattern pattern(String name) {
        Pattern p = PATTERNS.get(name);
        if (p == null) throw new IllegalStateException("event-patterns.txt has no pattern " + name);
        return p;
    }

    /** The text of the regular expression of event-patterns.txt of that name, to compose with others. */
    static String regex(String name) {
        return pattern(name).pattern();
    }

    /** Whether {@code s} ends with a venue ending. */
    static boolean endsWithVenue(String s) {
        for (String v : VENUE_ENDINGS) if (s.endsWith(v)) return true;
        return false;
    }

    /** Words without repeats, longest first, the order of the list kept among words of one length. */
    public static List<String> longestFirst(List<String> words) {
        List<String> l = new ArrayList<>(new LinkedHashSet<>(words));
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }

    private static List<String> words(String file) {
        List<String> out = new ArrayList<>();
        for (List<String> row : Lexicon.rows(file)) out.addAll(row);
        return List.copyOf(out);
    }

    private static Map<String, String> pairs(String file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : Lexicon.rows(file)) out.put(row.get(0), row.get(1));
        return out;
    }

    private static Map<String, List<String>> named(String file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (List<String> row : Lexicon.rows(file)) out.put(row.get(0), row.subList(1, row.size()));
        return out;
    }
}
