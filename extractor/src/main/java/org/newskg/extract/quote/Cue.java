package org.newskg.extract.quote;

/** A speech verb found at [begin, end) of the text, with its rule from {@code quote-cues.txt}. */
record Cue(int begin, int end, String word) {

    CueRule rule() {
        return QuoteRules.CUE_RULES.get(word);
    }

    boolean has(String use) {
        return rule().has(use);
    }
}
