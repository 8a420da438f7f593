package org.newskg.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Gives an item other names, places and numbers: each person, transliterated person and place is
 * replaced by one of the same kind drawn from the pools (the same replacement wherever the item
 * repeats it, so the item still speaks of one person), each number by a random number of as many
 * digits. The draws come from the caller's seeded generator, so the same seed gives the same text.
 */
final class Recombiner {
    private final Map<NameSpans.Kind, List<String>> pools;

    Recombiner(Map<NameSpans.Kind, List<String>> pools) {
        this.pools = Map.copyOf(pools);
    }

    String recombine(String text, List<NameSpans.Span> spans, Random rng) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Map<String, String> chosen = new HashMap<>();
        int at = 0;
        for (NameSpans.Span s : spans) {
            if (s.begin() < at) continue;
            out.append(text, at, s.begin());
            String original = text.substring(s.begin(), s.end());
            out.append(s.kind() == NameSpans.Kind.NUMBER ? number(original.length(), rng)
                    : chosen.computeIfAbsent(s.kind() + original, k -> draw(s.kind(), original, rng)));
            at = s.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private String draw(NameSpans.Kind kind, String original, Random rng) {
        List<String> pool = pools.getOrDefault(kind, List.of());
        return pool.isEmpty() ? original : pool.get(rng.nextInt(pool.size()));
    }

    private static String number(int digits, Random rng) {
        StringBuilder n = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) n.append((char) ('0' + (i == 0 && digits > 1 ? 1 + rng.nextInt(9) : rng.nextInt(10))));
        return n.toString();
    }
}
