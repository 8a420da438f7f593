package org.newskg.extract.event;

import static org.newskg.text.TextChars.isCloseQuote;
import static org.newskg.extract.event.NameChars.isDigitLike;
import static org.newskg.extract.event.NameChars.isNameChar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.text.TextChars;

/**
 * Stage 2 of the event chain: where an event's name starts. Takes the offset of its noun and scans
 * left over name characters, taking quoted and bracketed parts whole, until punctuation, a stop
 * word or stop character (event-stop-words.txt, event-words.txt {@code stop-chars}), a governing
 * verb, or a count with its measure word. Then it drops a person who is the name's subject, a
 * leading conjunction, and cuts at the first anchor — a year, an ordinal, or a place or
 * organization mention — when the run holds one. Adds: the start offset.
 */
final class LeftBoundary {
    /** How far left of its noun a name may start. */
    private static final int MAX_NAME_LENGTH = 40;
    /** How far a quoted part (“…”) inside a name may reach back. */
    private static final int MAX_QUOTED_PART = 24;
    /** How long a bracketed part （…） inside a name may be. */
    private static final int MAX_BRACKETED_PART = 14;

    private static final String STOP_CHARS = EventWords.chars("stop-chars");
    private static final String PARTICLES = EventWords.chars("particle-chars");
    private static final String JOINERS = EventWords.chars("joiner-chars");
    private static final String MEASURE_CHARS = EventWords.chars("measure-chars");
    private static final Pattern YEAR_PREFIX = EventWords.pattern("year-prefix");
    private static final Pattern ORDINAL = EventWords.pattern("ordinal");
    private static final Pattern ENUMERATOR = EventWords.pattern("enumerator");
    private static final Pattern COMMEMORATED = EventWords.pattern("commemorated");
    private static final Pattern ANNIVERSARY = EventWords.pattern("anniversary");
    private static final String FIRST_EDITION = EventWords.word("first-edition");
    private static final String ORDINAL_START = EventWords.word("ordinal-start");

    private final EventText in;
    private final String t;
    private final int a, z;
    private final EventTextBounds bounds;

    LeftBoundary(EventText in, EventTextBounds bounds) {
        this.in = in;
        this.t = in.text();
        this.a = in.begin();
        this.z = in.end();
        this.bounds = bounds;
    }

    /** Left edge of the name whose noun starts at {@code i}. */
    int leftEdge(int i) {
        int[] scan = scan(i);
        int pos = scan[0];
        // a person opening the name is its subject (某某金融峰会视像演说), unless commemorated or studied
        Mention first = in.mentionCovering(pos);
        if (first != null && first.begin() == pos && first.type() == EntityType.PERSON && first.end() < i
                && !COMMEMORATED.matcher(t).region(first.end(), i).lookingAt()) {
            pos = first.end();
        }
        // the name may not start with a joiner
        while (pos < i && JOINERS.indexOf(t.charAt(pos)) >= 0) pos++;
        // cut at the first anchor: year, ordinal, place/org mention (not inside quote/brackets)
        for (int k = pos; k < Math.min(i, scan[1]); k++) {
            if (anchorAt(k)) return Math.max(k, pos);
        }
        return pos;
    }

    /** {where the leftward scan from {@code i} stops, where the leftmost quoted or bracketed part starts (or i)}. */
    private int[] scan(int i) {
        int limit = Math.max(a, i - MAX_NAME_LENGTH);
        int pos = i;
        int firstProtected = i;
        while (pos > limit) {
            char c = t.charAt(pos - 1);
            if (c == ' ' || c == '\u3000') {
                if (pos - 2 >= limit && isNameChar(t.charAt(pos - 2))) { pos--; continue; }
                break;
            }
            int part = markedPartBefore(pos, limit);
            if (part == -1) break;
            if (part >= 0) {
                pos = part;
                firstProtected = pos;
                continue;
            }
            if (!isNameChar(c) || stopsAt(pos, i, limit, c)) break;
            if (pos - 1 > limit && pos < i && JOINERS.indexOf(c) >= 0 && joinsTwoParts(pos) && isStopChar(pos, c)) {
                pos--;
                continue;
            }
            if (isStopChar(pos, c)) break;
            if (MEASURE_CHARS.indexOf(c) >= 0 && pos - 2 >= a && isDigitLike(t.charAt(pos - 2))) break;
            pos--;
        }
        return new int[] {pos, firstProtected};
    }

    /**
     * The start of a quoted (“…”) or bracketed （…） part ending right before {@code pos}; -2 when
     * none ends there, -1 when one does but may not belong to a name (too long, holding punctuation,
     * or a list's numbering （1）).
     */
    private int markedPartBefore(int pos, int limit) {
        char c = t.charAt(pos - 1);
        if (isCloseQuote(c)) {
            int open = bounds.openOf(pos - 1, MAX_QUOTED_PART);
            if (open < 0) return -1;
            String inner = t.substring(open + 1, pos - 1);
            return inner.matches(".*[，。！？；：,.!?;:\\n].*") ? -1 : open;
        }
        if (c == '）' || c == ')') {
            int open = Math.max(t.lastIndexOf('（', pos - 1), t.lastIndexOf('(', pos - 1));
            if (open < 0 || pos - 1 - open > MAX_BRACKETED_PART || open < limit) return -1;
            return ENUMERATOR.matcher(t.substring(open + 1, pos - 1)).matches() ? -1 : open;
        }
        return -2;
    }

    /** Whether a stop word or a governing verb ends at {@code pos}. */
    private boolean stopsAt(int pos, int i, int limit, char c) {
        // a stop word inside a recognized name or a longer word is part of it (组织 of 某某合作组织, 非正式)
        String stop = stopWordEndingAt(pos);
        if (stop != null && in.mentionCovering(pos - 1) == null && in.words().wordStartsAt(pos - stop.length())) return true;
        return pos < i && governingVerbEndsAt(pos);
    }

    /** Whether the character before {@code pos} is a stop character that ends the name here. */
    private boolean isStopChar(int pos, char c) {
        boolean inName = in.words().insideNoun(pos - 1) || in.mentionCovering(pos - 1) != null;
        return STOP_CHARS.indexOf(c) >= 0 && (PARTICLES.indexOf(c) >= 0 || !inName);
    }

    /** Whether the joiner before {@code pos} stands between two name parts (中国与东盟博览会). */
    private boolean joinsTwoParts(int pos) {
        return TextChars.isHanScript(t.charAt(pos - 2)) && stopWordEndingAt(pos - 1) == null && STOP_CHARS.indexOf(t.charAt(pos - 2)) < 0;
    }

    /** Whether a name may start at {@code k} on an anchor: a year, an ordinal, or a place or organization mention. */
    boolean anchorAt(int k) {
        if (Character.isDigit(t.charAt(k)) && (k == a || !Character.isDigit(t.charAt(k - 1)))) {
            return YEAR_PREFIX.matcher(t.substring(k, Math.min(z, k + 5))).find()
                    && t.substring(k, Math.min(z, k + 4)).matches("[12][0-9]{3}");
        }
        if (t.startsWith(ORDINAL_START, k) || t.startsWith(FIRST_EDITION, k)) {
            Matcher m = ORDINAL.matcher(t.substring(k, Math.min(z, k + 8)));
            return m.lookingAt();
        }
        for (Mention m : in.mentions()) {
            if (m.begin() == k && m.type() != EntityType.PERSON) return true;
            if (m.begin() > k) break;
        }
        return false;
    }

    /**
     * Whether a verb ending at {@code pos}, further left than the noun, governs the name (确保…论坛,
     * 介绍…博览会) rather than belonging to it: not when it is part of a recognized name, when its
     * last character opens an ordinal (a segmenter's 自首|届 for 自|首届), when a body or place
     * before it is its subject (国务院联防联控机制, 澳门回归祖国), when an anniversary follows
     * (成立105周年), or when it opens a commemoration (纪念…, 庆祝…).
     */
    private boolean governingVerbEndsAt(int pos) {
        int start = in.words().verbEndingAt(pos);
        if (start < a || in.mentionCovering(pos - 1) != null || anchorAt(pos - 1)) return false;
        if (EventWords.NAME_VERBS.contains(t.substring(start, pos)) || ANNIVERSARY.matcher(t).region(pos, z).lookingAt()) return false;
        for (Mention m : in.mentions()) {
            if (m.end() == start && m.type() != EntityType.PERSON) return false;
        }
        return true;
    }

    /** The stop word ending at {@code pos}, or null. */
    private String stopWordEndingAt(int pos) {
        for (String w : EventWords.STOP_WORDS) {
            int s = pos - w.length();
            if (s >= a && t.startsWith(w, s)) return w;
        }
        return null;
    }
}
