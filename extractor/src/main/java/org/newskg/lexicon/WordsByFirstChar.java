package org.newskg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of words grouped by their first character, each group in the list's order: a scan that
 * asks at every position of a text for the first listed word starting there tries only the words
 * that can, instead of the whole list (an event noun or a quotation cue at each character).
 */
public final class WordsByFirstChar {
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    public WordsByFirstChar(List<String> words) {
        for (String w : words) {
            if (!w.isEmpty()) byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        }
        byFirst.replaceAll((c, ws) -> List.copyOf(ws));
    }

    /** The words, in list order, that may start at {@code at} in {@code text} (by its first character). */
    public List<String> at(CharSequence text, int at) {
        if (at < 0 || at >= text.length()) return List.of();
        return byFirst.getOrDefault(text.charAt(at), List.of());
    }
}
