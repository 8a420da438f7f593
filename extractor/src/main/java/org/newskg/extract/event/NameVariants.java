package org.newskg.extract.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two written forms of one event's name that differ by more than a year or a short form, for
 * {@link Clustering}: a bracketed Latin short name written in place of the body
 * (某联合会（ABC）年会 / ABC年会, and ABC年会 for one of the events 某会员大会暨年会 joins); the two
 * parties of a bilateral name in either order (甲乙战略对话 / 乙甲战略对话); a word of at most
 * {@link #MAX_INSERTION} characters inside one form only (某某奖励计划颁奖典礼 / 某某奖励颁奖典礼).
 * Takes two names without year; says whether they name one event.
 */
final class NameVariants {
    /** The longest word one form may hold inside that the other lacks. */
    private static final int MAX_INSERTION = 2;
    /** What the forms must share before an inserted word (新一轮) ... */
    private static final int MIN_SHARED_HEAD = 3;
    /** ... and after it (战略对话). */
    private static final int MIN_SHARED_TAIL = 4;
    /** A bilateral name's rest after its two parties must be this long. */
    private static final int MIN_PAIR_REST = 4;

    private static final Pattern LATIN_BRACKET = EventWords.pattern("latin-bracket");
    private static final Pattern ORDINAL = EventWords.pattern("ordinal");
    private static final String NAME_JOINER = EventWords.word("name-joiner");

    private NameVariants() {
    }

    /** Whether {@code a} and {@code b} (names without year) are forms of one event's name. */
    static boolean same(String a, String b) {
        return shortNameOf(a, b) || shortNameOf(b, a) || swappedParties(a, b) || inserted(a, b) || inserted(b, a);
    }

    /**
     * Whether {@code shorter} writes {@code full}'s bracketed Latin short name in place of the body
     * before it, or names one of the events {@code full} joins with 暨 by that short name.
     */
    static boolean shortNameOf(String shorter, String full) {
        Matcher m = LATIN_BRACKET.matcher(full);
        if (!m.find()) return false;
        String latin = m.group(1);
        int at = shorter.indexOf(latin);
        if (at < 0 || shorter.contains(m.group())) return false;
        String pre = shorter.substring(0, at), post = shorter.substring(at + latin.length());
        String fullPost = full.substring(m.end());
        if (post.isEmpty() || !full.substring(0, m.start()).startsWith(pre)) return false;
        return fullPost.equals(post) || fullPost.startsWith(post + NAME_JOINER) || fullPost.endsWith(NAME_JOINER + post);
    }

    /** 甲乙X / 乙甲X, or one ending the other so (新一轮甲乙X / 乙甲X). */
    static boolean swappedParties(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        if (shorter.length() < 2 + MIN_PAIR_REST || !Character.isIdeographic(shorter.charAt(0))) return false;
        String swapped = "" + shorter.charAt(1) + shorter.charAt(0) + shorter.substring(2);
        return !swapped.equals(shorter) && longer.endsWith(swapped);
    }

    /** Whether {@code longer} is {@code shorter} with a short word inserted inside, not an edition. */
    static boolean inserted(String shorter, String longer) {
        int extra = longer.length() - shorter.length();
        if (extra < 1 || extra > MAX_INSERTION || ORDINAL.matcher(longer).find() != ORDINAL.matcher(shorter).find()) return false;
        int p = 0;
        while (p < shorter.length() && shorter.charAt(p) == longer.charAt(p)) p++;
        if (p < MIN_SHARED_HEAD || !longer.endsWith(shorter.substring(p))) return false;
        String word = longer.substring(p, p + extra);
        return shorter.length() - p >= MIN_SHARED_TAIL && word.chars().allMatch(Character::isIdeographic)
                && !word.chars().anyMatch(Character::isDigit);
    }
}
