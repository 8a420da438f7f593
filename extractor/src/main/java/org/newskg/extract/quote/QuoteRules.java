package org.newskg.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newskg.lexicon.Lexicon;

/**
 * The rule tables of the quotation stage, read once from the {@code quote-*} lexicon files: speech
 * verbs and their constraints ({@code quote-cues.txt}), titles, role words, collectives, words
 * that stand for no subject, named patterns, character sets and small word sets. A name asked for
 * that a table lacks is a defect and throws.
 */
final class QuoteRules {
    /** Speech verbs, longest first. */
    static final List<String> CUES;
    static final Map<String, CueRule> CUE_RULES;
    /** Title words that may stand for a person already named, longest first. */
    static final List<String> TITLES = longestFirst(column("quote-titles.txt", 0, null));
    /** Titles whose bare uses count towards the dominant person, in file order. */
    static final List<String> COUNTED_TITLES = column("quote-titles.txt", 0, "counted");
    /** Role words of unnamed speakers, longest first (file order within a length). */
    static final List<String> ROLE_WORDS = longestFirst(column("quote-roles.txt", 0, null));
    /** Roles of an unnamed official a later pronoun may refer to. */
    static final Set<String> PERSON_ROLES = Set.copyOf(column("quote-roles.txt", 0, "person"));
    static final List<String> COLLECTIVES = longestFirst(allWords("quote-collectives.txt"));
    static final Set<String> ZERO_SUBJECT_WORDS = Set.copyOf(allWords("quote-zero-subject.txt"));

    private static final Map<String, Pattern> PATTERNS = new HashMap<>();
    private static final Map<String, String> CHARS = new HashMap<>();
    private static final Map<String, List<String>> WORDS = new HashMap<>();

    static {
        Map<String, CueRule> rules = new LinkedHashMap<>();
        for (List<String> r : Lexicon.rows("quote-cues.txt")) {
            rules.put(r.get(0), new CueRule(r.get(0), cellSet(r, 1), cell(r, 2), cell(r, 3),
                    cell(r, 4), cellSet(r, 5)));
        }
        CUE_RULES = Map.copyOf(rules);
        CUES = longestFirst(new ArrayList<>(rules.keySet()));
        for (List<String> r : Lexicon.rows("quote-patterns.txt")) PATTERNS.put(r.get(0), Pattern.compile(r.get(1)));
        for (List<String> r : Lexicon.rows("quote-chars.txt")) CHARS.put(r.get(0), r.get(1));
        for (List<String> r : Lexicon.rows("quote-words.txt")) WORDS.put(r.get(0), List.copyOf(r.subList(1, r.size())));
    }

    private QuoteRules() {
    }

    /** The pattern of {@code quote-patterns.txt} named {@code name}. */
    static Pattern pattern(String name) {
        return required(PATTERNS.get(name), "quote-patterns.txt", name);
    }

    /** The characters of {@code quote-chars.txt} named {@code name}. */
    static String chars(String name) {
        return required(CHARS.get(name), "quote-chars.txt", name);
    }

    /** The single character of {@code quote-chars.txt} named {@code name}. */
    static char character(String name) {
        String s = chars(name);
        if (s.length() != 1) throw new IllegalStateException("quote-chars.txt: " + name + " is not one character");
        return s.charAt(0);
    }

    /** The words of {@code quote-words.txt} named {@code name}. */
    static List<String> words(String name) {
        return required(WORDS.get(name), "quote-words.txt", name);
    }

    /** The one word of {@code quote-words.txt} named {@code name}. */
    static String word(String name) {
        return words(name).get(0);
    }

    private static <T> T required(T value, String file, String name) {
        if (value == null) throw new IllegalStateException(file + " has no entry " + name);
        return value;
    }

    private static Set<String> cellSet(List<String> row, int i) {
        String s = cell(row, i);
        return s.isEmpty() ? Set.of() : Set.of(s.split(","));
    }

    private static String cell(List<String> row, int i) {
        String s = i < row.size() ? row.get(i) : "-";
        return s.equals("-") ? "" : s;
    }

    private static List<String> allWords(String file) {
        List<String> out = new ArrayList<>();
        for (List<String> r : Lexicon.rows(file)) out.addAll(r);
        return out;
    }

    /** First column of the rows of {@code file}, only the rows flagged {@code flag} when it is not null. */
    private static List<String> column(String file, int i, String flag) {
        List<String> out = new ArrayList<>();
        for (List<String> r : Lexicon.rows(file)) {
            if (flag == null || r.subList(1, r.size()).contains(flag)) out.add(r.get(i));
        }
        return out;
    }

    /** Words without duplicates, longest first, in their listed order within one length. */
    private static List<String> longestFirst(List<String> words) {
        List<String> l = new ArrayList<>(new java.util.LinkedHashSet<>(words));
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }
}
