package org.newskg.lexicon;

import java.util.Arrays;
import java.util.Collection;

/**
 * The words of a lexicon as a character trie, read forwards (the longest word starting at a
 * position) or backwards (the longest word a text ends with). A look-up walks the text's own
 * characters and stops where no word goes on, without making a substring or hashing one at each
 * step (the organization gazetteer asks at every character of every article). Edges live in one
 * open-addressing table keyed by (state, character).
 */
final class CharTrie {
    private final boolean backwards;
    private long[] keys;
    private int[] targets;
    private int mask;
    private String[] words = new String[16];
    private int states = 1;

    CharTrie(Collection<String> words, boolean backwards) {
        this.backwards = backwards;
        int chars = 0;
        for (String w : words) chars += w.length();
        int capacity = Integer.highestOneBit(Math.max(16, chars * 2)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, -1);
        targets = new int[capacity];
        mask = capacity - 1;
        for (String w : words) add(w);
    }

    /** The longest word starting at {@code at} in {@code s}, or null. */
    String longestFrom(CharSequence s, int at) {
        String longest = null;
        for (int i = at, state = 0, n = s.length(); i < n; i++) {
            state = next(state, s.charAt(i));
            if (state < 0) break;
            if (words[state] != null) longest = words[state];
        }
        return longest;
    }

    /** The longest word {@code s} ends with, or null (a backwards trie). */
    String longestEnding(CharSequence s) {
        String longest = null;
        for (int i = s.length() - 1, state = 0; i >= 0; i--) {
            state = next(state, s.charAt(i));
            if (state < 0) break;
            if (words[state] != null) longest = words[state];
        }
        return longest;
    }

    private void add(String w) {
        if (w.isEmpty()) return;
        int state = 0;
        for (int k = 0, n = w.length(); k < n; k++) {
            char c = w.charAt(backwards ? n - 1 - k : k);
            int to = next(state, c);
            if (to < 0) to = link(state, c);
            state = to;
        }
        words[state] = w;
    }

    private int next(int state, char c) {
        long key = ((long) state << 16) | c;
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) return targets[slot];
            if (keys[slot] == -1) return -1;
        }
    }

    private int link(int state, char c) {
        long key = ((long) state << 16) | c;
        int slot = slot(key);
        while (keys[slot] != -1) slot = (slot + 1) & mask;
        keys[slot] = key;
        targets[slot] = states;
        if (states == words.length) words = Arrays.copyOf(words, states * 2);
        return states++;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
}
