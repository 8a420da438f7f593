package org.newskg.annotate;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.newskg.lexicon.Lexicon;

/**
 * Transliterated foreign names written without a middle dot (某国总统卡斯特罗夫, 佩德罗斯表示), which
 * HanLP often leaves as single characters or cuts (费德里安|诺). A name is a run of characters typical of
 * transliteration (斯 尔 特 克 夫 诺 娃 …, {@code transliteration-chars.txt}) that the segmenter's
 * words do not cut and that holds no ordinary word, place or organization; it counts only where the
 * context confirms it — right after a title, or opening a clause before a speech verb — and a name
 * the tagger cut short is carried on over the single characters that continue it.
 */
final class TransliteratedNames {
    private static final int MAX = 10;
    /** Transliteration characters that, alone before or after a name, are more often words of their own. */
    private static final String NOT_INITIAL = PersonRecognizer.CONTEXT.chars("translit-not-initial");
    private static final String NOT_FINAL = PersonRecognizer.CONTEXT.chars("translit-not-final");
    /** Conjunctions, prepositions and speech verbs the tagger may glue to the end of a name. */
    private static final String GLUED_AFTER = PersonRecognizer.CONTEXT.chars("glued-after-name");
    /** Words after a transliteration that make it a place, and endings of transliterated city names. */
    private static final Lexicon PLACE_WORDS = PersonRecognizer.CONTEXT.lexicon("translit-place-words");
    private static final Lexicon PLACE_FINALS = PersonRecognizer.CONTEXT.lexicon("translit-place-finals");
    /** Words opening with a transliteration character that still follow a name (某某夫妇). */
    private static final Lexicon AFTER_NAME = PersonRecognizer.CONTEXT.lexicon("translit-after-name");

    private final Lexicon chars = Lexicon.resource("transliteration-chars.txt");
    private final Lexicon placeEndings = Lexicon.resource("place-suffixes.txt");
    private final Predicate<String> dictionary;

    TransliteratedNames(Predicate<String> dictionary) {
        this.dictionary = dictionary;
    }

    boolean isTransliterationChar(char c) {
        return chars.contains(String.valueOf(c));
    }

    boolean isTransliteration(String s) {
        for (int i = 0; i < s.length(); i++) if (!isTransliterationChar(s.charAt(i))) return false;
        return !s.isEmpty();
    }

    /**
     * The transliterated run that starts at {@code at} (a word boundary), as far as whole words of
     * transliteration characters go, or null when it is shorter than two characters or reaches into
     * a word that is not a name (特别, 苏丹 the country, 德国).
     */
    String runAt(String text, int at, int limit, List<Token> tokens) {
        return runAt(text, at, limit, tokens, false);
    }

    /**
     * After a title, where the context is strong, the run may also hold one word the segmenter took
     * for a place or an ordinary word (基里|洛夫 with 基里 a place, 布尔|纳比奇), provided more of the
     * name follows it: that word alone (通道, 苏丹) is still no name.
     */
    String titledRunAt(String text, int at, int limit, List<Token> tokens) {
        return runAt(text, at, limit, tokens, true);
    }

    private String runAt(String text, int at, int limit, List<Token> tokens, boolean titled) {
        int k = tokenStartingAt(tokens, at);
        if (k < 0) return null;
        int e = at;
        int lenient = -1;
        for (; k < tokens.size() && e - at < MAX; k++) {
            Token t = tokens.get(k);
            if (t.begin() != e || t.end() > limit) break;
            if (!allowed(t)) {
                if (titled && lenient < 0 && t.text().length() >= 2 && isTransliteration(t.text()) && t.pos() != PartOfSpeech.ABBREVIATION) {
                    lenient = t.end();
                    e = t.end();
                    continue;
                }
                // 某某洛和: a conjunction the tagger glued to the name's last character ends it
                String w = t.text();
                if (t.isPerson() && w.length() >= 2 && GLUED_AFTER.indexOf(w.charAt(w.length() - 1)) >= 0
                        && isTransliteration(w.substring(0, w.length() - 1))) {
                    e = t.end() - 1;
                }
                break;
            }
            e = t.end();
        }
        if (lenient == e) return null;
        if (e - at < 2 || e - at > MAX) return null;
        return text.substring(at, e);
    }

    /**
     * The part after the hyphen of a name such as 某某福-阿多: transliteration characters or words
     * tagged as a name, up to a word boundary; null when it is shorter than two characters.
     */
    String hyphenPartAt(String text, int at, int limit, List<Token> tokens) {
        int k = tokenStartingAt(tokens, at);
        if (k < 0) return null;
        int e = at;
        for (; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.begin() != e || t.end() > limit || !(allowed(t) || t.isPerson())) break;
            String w = t.text();
            if (!allowed(t) && GLUED_AFTER.indexOf(w.charAt(w.length() - 1)) >= 0) {
                if (w.length() >= 2 && isTransliteration(w.substring(0, w.length() - 1))) e = t.end() - 1;
                break;
            }
            e = t.end();
        }
        if (e - at < 2 || e - at > MAX || (e < limit && isTransliterationChar(text.charAt(e)))) return null;
        return text.substring(at, e);
    }

    /** A name the tagger cut short (费德里安|诺, 阿|尔多维诺), carried on over the characters around it. */
    int[] extend(String text, int begin, int end, int lower, int upper, List<Token> tokens) {
        int k = tokenEndingAt(tokens, end);
        int e = end;
        while (k >= 0 && k + 1 < tokens.size()) {
            Token t = tokens.get(k + 1);
            if (t.begin() != e || t.end() > upper || !continues(t) || NOT_FINAL.indexOf(t.text().charAt(0)) >= 0) break;
            e = t.end();
            k++;
        }
        int b = begin;
        k = tokenStartingAt(tokens, begin);
        while (k > 0) {
            Token t = tokens.get(k - 1);
            if (t.end() != b || t.begin() < lower || !continues(t)
                    || NOT_INITIAL.indexOf(t.text().charAt(0)) >= 0) break;
            b = t.begin();
            k--;
        }
        // only when the run stops where a word that is no part of a name starts
        if (e < upper && isTransliterationChar(text.charAt(e))) e = end;
        if (b > lower && isTransliterationChar(text.charAt(b - 1))) b = begin;
        if (e - b > MAX) return new int[] {begin, end};
        return new int[] {b, e};
    }

    /** 某某夫妇: a word that follows a name though it opens with a transliteration character. */
    boolean afterNameAt(String text, int at) {
        return AFTER_NAME.longestAt(text, at) != null;
    }

    /** A transliteration that ends like a city (某某斯克). */
    boolean isPlaceName(String name) {
        return isTransliteration(name) && PLACE_FINALS.longestSuffixOf(name) != null;
    }

    /**
     * Whether a place ending follows at {@code at}, or a place word the segmenter cut out of its end
     * (某某布拉斯|加州): the transliteration before it names a place.
     */
    boolean placeAt(String text, int at, List<Token> tokens) {
        if (placeEndings.longestAt(text, at) != null || PLACE_WORDS.longestAt(text, at) != null) return true;
        Token t = tokenAt(at, tokens);
        return t != null && t.isPlace() && isTransliterationChar(t.text().charAt(0))
                && placeEndings.longestSuffixOf(t.text()) != null;
    }

    /** The token that starts at {@code at}, or null. */
    Token tokenAt(int at, List<Token> tokens) {
        int k = tokenStartingAt(tokens, at);
        return k < 0 ? null : tokens.get(k);
    }

    /** Whether a word the tagger reads as (part of) a name starts at {@code at}. */
    boolean nameWordAt(int at, List<Token> tokens) {
        int k = tokenStartingAt(tokens, at);
        return k >= 0 && tokens.get(k).isPerson();
    }

    /** Whether every word of the span is tagged a name. */
    boolean taggedName(int begin, int end, List<Token> tokens) {
        for (int k = tokenStartingAt(tokens, begin); k >= 0 && k < tokens.size() && tokens.get(k).end() <= end; k++) {
            if (!tokens.get(k).isPerson()) return false;
            if (tokens.get(k).end() == end) return true;
        }
        return false;
    }

    /** A single character or a tagged name piece (费德里|安诺) that may carry a cut name on. */
    private boolean continues(Token t) {
        return allowed(t) && (t.text().length() == 1 || t.isPerson());
    }

    /** A word that may be part of a transliterated name: tagged a name, or made of its characters and no ordinary word. */
    private boolean allowed(Token t) {
        if (!isTransliteration(t.text())) return false;
        if (t.isPerson()) return true;
        if (t.text().length() == 1) return true;
        return !t.isPlace() && !t.isOrganization() && !dictionary.test(t.text());
    }

    /** The index of the token that starts at {@code at}, or -1. */
    private static int tokenStartingAt(List<Token> tokens, int at) {
        return tokenAt(tokens, at, Token::begin);
    }

    private static int tokenEndingAt(List<Token> tokens, int at) {
        return tokenAt(tokens, at, Token::end);
    }

    /** The index of the token whose {@code edge} is {@code at}, or -1 (binary search: tokens are in text order). */
    private static int tokenAt(List<Token> tokens, int at, ToIntFunction<Token> edge) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int e = edge.applyAsInt(tokens.get(mid));
            if (e == at) return mid;
            if (e < at) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }
}
