package org.newskg.extract.event;

import static org.newskg.text.TextChars.isCloseQuote;
import static org.newskg.text.TextChars.isOpenQuote;
import static org.newskg.extract.event.NameChars.clean;
import static org.newskg.extract.event.NameChars.isNameChar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.DateResolver;
import org.newskg.lexicon.WordsByFirstChar;
import org.newskg.model.NewsDate;

/**
 * Stage 1 of the event chain: the names of events in an article. Takes the {@link EventText};
 * finds each event noun (event-nouns.txt, longest first), extends it right over a following noun
 * (大会亚太峰会), asks {@link LeftBoundary} where its name starts and {@link NameFilter} whether it is
 * an event, and notes a sub-event word after it (开幕式, event-sub-suffixes.txt). Party congresses
 * and other phrase-named events ({@link PhraseNames}: 党的二十大, 甲同乙举行会谈) and opening ceremonies
 * named alone are mentions too. Adds: the {@link NameMention}s in
 * text order, none overlapping.
 */
final class NameScanner {
    /** How far right of a noun another noun may continue the name. */
    private static final int MAX_RIGHT_EXTENSION = 14;
    /** How far a quoted part may run when the name is extended right. */
    private static final int MAX_QUOTED_EXTENSION = 20;
    /** How much text after the name is looked at for a sub-event word. */
    private static final int FOLLOW_LENGTH = 6;

    /** How far before a name a year word (去年的) may stand. */
    private static final int RELATIVE_YEAR_REACH = 3;

    private static final Pattern YEAR_PREFIX = EventWords.pattern("year-prefix");
    private static final Pattern RELATIVE_YEAR = EventWords.pattern("relative-year-before");
    private static final Pattern OPENING_AS_NOUN = EventWords.pattern("opening-as-noun");
    private static final String MEETING = EventWords.word("meeting-noun");
    private static final String OPENING = EventWords.word("opening");
    private static final String CLOSING = EventWords.word("closing");
    private static final String STOP_CHARS = EventWords.chars("stop-chars");
    /** The event nouns by first character, so that a position tries only the nouns that can start there. */
    private static final WordsByFirstChar NOUNS_BY_FIRST = new WordsByFirstChar(EventWords.NOUNS);

    private final EventText in;
    private final String t;
    private final int a, z;
    private final EventTextBounds bounds;
    private final LeftBoundary left;
    private final NameFilter filter;
    private final boolean[] consumed;
    /** The first name the scan found: the event an article without a date opens with. */
    private NameMention opening;

    NameScanner(EventText in, EventTextBounds bounds) {
        this.in = in;
        this.t = in.text();
        this.a = in.begin();
        this.z = in.end();
        this.bounds = bounds;
        this.left = new LeftBoundary(in, bounds);
        this.filter = new NameFilter(in);
        this.consumed = new boolean[z - a];
    }

    List<NameMention> scan() {
        List<NameMention> raws = new ArrayList<>();
        for (NameMention r : new PhraseNames(in, bounds).find()) {
            raws.add(r);
            mark(r.begin(), r.end());
        }
        int i = a;
        while (i < z) {
            if (consumed[i - a]) { i++; continue; }
            String noun = nounAt(i);
            if (noun == null) { i++; continue; }
            NameMention r = build(i, noun);
            if (r == null) {
                i += noun.length();
                continue;
            }
            raws.add(r);
            if (opening == null) opening = r;
            int stop = r.outerEnd();
            mark(r.begin(), stop);
            i = stop;
        }
        raws.addAll(bareSubEvents());
        raws.sort(Comparator.comparingInt(NameMention::begin));
        return raws;
    }

    /** Opening ceremonies named alone (开幕式), where no name took them. */
    private List<NameMention> bareSubEvents() {
        List<NameMention> out = new ArrayList<>();
        for (String suf : EventWords.SUB_SUFFIXES) {
            int p = t.indexOf(suf, a);
            while (p >= 0 && p + suf.length() <= z) {
                if (!consumed[p - a]) {
                    out.add(new NameMention(p, p, "", null, null, true, false, suf, p + suf.length(), suf));
                    mark(p, p + suf.length());
                }
                p = t.indexOf(suf, p + suf.length());
            }
        }
        return out;
    }

    private void mark(int b, int e) {
        for (int k = Math.max(b, a); k < Math.min(e, z); k++) consumed[k - a] = true;
    }

    private String nounAt(int i) {
        for (String n : NOUNS_BY_FIRST.at(t, i)) { // EventWords.NOUNS' order, longest first
            if (t.startsWith(n, i) && i + n.length() <= z) return n;
        }
        return null;
    }

    /** Builds a mention for a noun at {@code i}, or null when it is not an event. */
    private NameMention build(int i, String noun) {
        int ne = i + noun.length();
        // right extension: 大会亚太峰会, 大会“互联网之光”博览会
        int nounStart = i;
        for (int[] next = nextNoun(ne); next != null; next = nextNoun(ne)) {
            nounStart = next[0];
            ne = next[1];
            noun = t.substring(next[0], next[1]);
        }
        if (!filter.nounOk(nounStart, noun)) return null;
        String follow = t.substring(ne, Math.min(z, ne + FOLLOW_LENGTH));
        String subSuffix = subSuffix(follow);
        int subEnd = subSuffix == null ? 0 : ne + subSuffix.length();
        if (subSuffix == null) {
            for (String f : EventWords.NON_EVENT_FOLLOWERS) {
                if (follow.startsWith(f)) return null;
            }
        }
        // quoted name: “国际科创营商周”
        int begin = -1;
        if (i > a && isOpenQuote(t.charAt(i - 1)) || bounds.quotedStart(i) >= 0) {
            int qs = bounds.quotedStart(i);
            if (qs >= 0 && ne < z && isCloseQuote(t.charAt(ne))) begin = qs;
        }
        boolean quoted = begin >= 0;
        if (!quoted) begin = left.leftEdge(i);
        // a verb alone before the noun says what is done to it (加强磋商), it names nothing
        if (!quoted && in.words().verbEndingAt(nounStart) == begin) begin = nounStart;
        if (begin >= nounStart) {
            if (!EventWords.BARE_NOUNS.contains(noun)) return null;
            return new NameMention(nounStart, ne, noun, noun, null, true, quoted, subSuffix, subEnd,
                    subSuffix != null ? noun + subSuffix : null);
        }
        String name = clean(t.substring(begin, ne));
        Matcher ym = YEAR_PREFIX.matcher(name);
        Integer year = ym.find() ? Integer.valueOf(ym.group(1)) : relativeYear(begin);
        NameMention r = new NameMention(begin, ne, name, noun, year, false, quoted, subSuffix, subEnd,
                subSuffix != null ? name + subSuffix : null);
        return filter.nameOk(r) ? r : null;
    }

    /**
     * The year a word right before a name gives it (去年的某某峰会: last year's edition), or null.
     * An article without a date reads the word in the year of the event it opens with, when that
     * name carries its year (2021某某峰会今日举行 … 去年某某峰会).
     */
    private Integer relativeYear(int begin) {
        Matcher m = RELATIVE_YEAR.matcher(t.substring(Math.max(a, begin - RELATIVE_YEAR_REACH), begin));
        if (!m.find()) return null;
        NewsDate now = in.reference();
        if (now == null && opening != null && opening.year() != null && opening.begin() < begin) now = NewsDate.ofYear(opening.year());
        if (now == null) return null;
        NewsDate d = new DateResolver(now).resolveStart(m.group(1));
        return d == null ? null : d.year();
    }

    /** The sub-event word a name is followed by: 开幕式, or 开幕 used as a noun (开幕致辞); null when none. */
    private static String subSuffix(String follow) {
        for (String suf : EventWords.SUB_SUFFIXES) {
            if (follow.startsWith(suf)) return suf;
        }
        if (follow.startsWith(OPENING) && follow.length() > OPENING.length()
                && OPENING_AS_NOUN.matcher(follow.substring(OPENING.length())).matches()) return OPENING;
        return null;
    }

    /** A noun continuing the name after {@code from}: {start, end} or null. */
    private int[] nextNoun(int from) {
        int limit = Math.min(z, from + MAX_RIGHT_EXTENSION);
        int k = from;
        while (k < limit) {
            char c = t.charAt(k);
            if (isOpenQuote(c)) {
                int close = bounds.closeOf(k, MAX_QUOTED_EXTENSION);
                if (close < 0) return null;
                k = close + 1;
                continue;
            }
            if (!isNameChar(c)) return null;
            if (stopWordAt(k) || STOP_CHARS.indexOf(c) >= 0) return null;
            if (k > from) {
                String n = nounAt(k);
                if (n != null && !EventWords.WEAK_NOUNS.contains(n) && !n.equals(MEETING)) return new int[] {k, k + n.length()};
            }
            for (String suf : EventWords.SUB_SUFFIXES) if (t.startsWith(suf, k)) return null;
            if (t.startsWith(OPENING, k) || t.startsWith(CLOSING, k)) return null;
            k++;
        }
        return null;
    }

    private boolean stopWordAt(int pos) {
        for (String w : EventWords.STOP_WORDS) if (t.startsWith(w, pos)) return true;
        return false;
    }
}
