package org.newskg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A general word list shipped as a resource under {@code /org/newskg/lexicon/} (one or more words per
 * line, '#' comments). Lexicons hold kinds of words (role words, speech verbs, surnames, organization
 * suffixes) and gazetteers of categories, never names taken from particular articles: the extractor
 * must work on news it has never seen. Each file opens with a comment saying what belongs in it and
 * where its entries come from.
 *
 * <p>This is the one place rules are read from: every stage asks {@link #resource} for its lists, and
 * a resource is parsed once per run, whichever stage asks first.
 */
public final class Lexicon {
    private final Set<String> words;
    /** The words forwards (longest at a position) and backwards (longest at the end). */
    private final CharTrie forwards;
    private final CharTrie backwards;

    private Lexicon(Set<String> words) {
        this.words = Set.copyOf(words);
        this.forwards = new CharTrie(words, false);
        this.backwards = new CharTrie(words, true);
    }

    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();
    private static final Map<String, List<List<String>>> ROWS = new ConcurrentHashMap<>();

    /** The words of a lexicon resource, loaded once. */
    public static Lexicon resource(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            Set<String> words = new LinkedHashSet<>();
            for (List<String> row : rows(n)) words.addAll(row);
            return new Lexicon(words);
        });
    }

    /** The words of a lexicon resource line by line, comments and blank lines dropped; loaded once. */
    public static List<List<String>> rows(String name) {
        return ROWS.computeIfAbsent(name, Lexicon::read);
    }

    private static List<List<String>> read(String name) {
        String path = "/org/newskg/lexicon/" + name;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing lexicon " + path);
            List<List<String>> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                line = line.strip();
                if (!line.isEmpty()) rows.add(List.of(line.split("\\s+")));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each word of a lexicon resource mapped to the first word of its line (a short name to its full name). */
    public static Map<String, String> lineHeads(String name) {
        Map<String, String> out = new HashMap<>();
        for (List<String> row : rows(name)) for (String w : row) out.putIfAbsent(w, row.get(0));
        return out;
    }

    public static Lexicon of(String... words) {
        return new Lexicon(new LinkedHashSet<>(List.of(words)));
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    /** The longest word of this lexicon that {@code s} ends with, or null. */
    public String longestSuffixOf(CharSequence s) {
        return backwards.longestEnding(s);
    }

    /** The longest word of this lexicon starting at {@code at} in {@code s}, or null. */
    public String longestAt(CharSequence s, int at) {
        return forwards.longestFrom(s, at);
    }
}
