package org.newskg.extract.quote;

import java.util.List;
import java.util.regex.Pattern;

import org.newskg.extract.QuotedSpan;

/**
 * Speech or term: tells, for each pair of quotation marks, whether the quoted words read as speech
 * (sentence punctuation and at least {@value #MIN_SPEECH_LETTERS} letters, or a speech verb right
 * before them) or as a term, slogan, theme or name (以“…”为主题, 打造“…”, “…”的指示). Takes the
 * pairs of the article's text; adds their classification.
 */
final class SpeechOrTerm {
    /** Letters (punctuation and spaces aside) quoted speech has at least. */
    static final int MIN_SPEECH_LETTERS = 6;
    /** Characters looked at before and after the marks for a theme. */
    private static final int THEME_BEFORE = 6, THEME_AFTER = 4;
    private static final Pattern THEME_BEFORE_WORDS = QuoteRules.pattern("theme-before");
    private static final Pattern NOUN_USE_AFTER = QuoteRules.pattern("noun-use-after");
    private static final List<String> THEME_AFTER_WORDS = QuoteRules.words("theme-after");
    private static final String THEME_BY = QuoteRules.word("theme-by");
    private static final String THEME_AS = QuoteRules.word("theme-as");

    private final QuoteContext x;

    SpeechOrTerm(QuoteContext x) {
        this.x = x;
    }

    /** Classifies every pair of the article. */
    void classifyAll() {
        for (QuotedSpan s : x.text.quotedSpans()) classify(s);
    }

    private void classify(QuotedSpan s) {
        String t = x.t;
        int a = x.a, z = x.z;
        String before = t.substring(Math.max(a, s.open() - THEME_BEFORE), s.open());
        String after = t.substring(Math.min(z, s.close() + 1), Math.min(z, s.close() + 1 + THEME_AFTER));
        boolean themeBefore = THEME_BEFORE_WORDS.matcher(before).find();
        boolean themeAfter = THEME_AFTER_WORDS.stream().anyMatch(after::startsWith);
        boolean term = (themeBefore && (themeAfter || !before.endsWith(THEME_BY)))
                || (before.endsWith(THEME_BY) && after.startsWith(THEME_AS));
        String stripped = stripInner(t.substring(s.begin(), s.end()));
        boolean punct = stripped.matches("(?s).*[，。！？；…,!?;].*");
        int letters = stripped.replaceAll("[\\p{P}\\s]", "").length();
        boolean speechLike = !term && punct && letters >= MIN_SPEECH_LETTERS;
        // quoted words used as a noun (…“…”的指示, “…”这个中心任务) are a slogan, unless a verb introduces them
        if (speechLike && NOUN_USE_AFTER.matcher(after).find() && !introducedByCue(s)) {
            speechLike = false;
            term = true;
        }
        if (!term && !speechLike) speechLike = statementAfterVerb(s, letters);
        s.classify(speechLike, term);
    }

    /**
     * A statement introduced by a speech verb and a colon (指出：“…”) that its clause does not go on
     * after (问：“某某协会”台北办事处… names a body), or a short one that is a whole sentence after its
     * verb (他说：“好。” / 他回答说，「不妨这样做」。).
     */
    private boolean statementAfterVerb(QuotedSpan s, int letters) {
        String t = x.t;
        int a = x.a, z = x.z;
        if (letters >= MIN_SPEECH_LETTERS && s.open() - 1 > a && "：:".indexOf(t.charAt(s.open() - 1)) >= 0
                && x.cues.endingAt(s.open() - 1) != null && !clauseGoesOn(s)) return true;
        if (s.depth() == 0 && s.open() - 1 > a && "：:，,".indexOf(t.charAt(s.open() - 1)) >= 0) {
            boolean colonBefore = "：:".indexOf(t.charAt(s.open() - 1)) >= 0;
            char next = s.close() + 1 < z ? t.charAt(s.close() + 1) : '\n';
            boolean endsSentence = "。！？!?\n（(".indexOf(next) >= 0;
            Cue c = x.cues.endingAt(s.open() - 1);
            return c != null && x.cues.valid(c, true) && endsSentence && letters >= (colonBefore ? 2 : 4);
        }
        return false;
    }

    /** Whether a letter follows the closing mark: the quoted words are part of a longer noun or clause. */
    private boolean clauseGoesOn(QuotedSpan s) {
        int k = s.close() + 1;
        return k < x.z && Character.isLetterOrDigit(x.t.charAt(k));
    }

    /** Whether a speech verb, with a colon or comma or nothing between, stands right before the marks. */
    private boolean introducedByCue(QuotedSpan s) {
        int p = s.open();
        while (p > x.a && x.t.charAt(p - 1) == ' ') p--;
        if (p > x.a && "：:，,".indexOf(x.t.charAt(p - 1)) >= 0) p--;
        return x.cues.endingAt(p) != null || (p < s.open() && x.cues.near(p, ReportBoundaries.NEAR_CUE_REACH) != null);
    }

    /** The inner text with nested quotes removed, so that their punctuation does not count. */
    private static String stripInner(String inner) {
        return inner.replaceAll("[‘『][^’』]*[’』]", "X");
    }
}
