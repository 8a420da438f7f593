package org.newskg.annotate;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The full name a short form of a person's name stands for, among the names one article confirms:
 * a part of a transliterated name with the middle dot (某某·科连斯基 → 科连斯基), or the first two characters of
 * a four-character Chinese name (a double surname written alone, 欧阳 for 欧阳某某, or two joined
 * surnames, 范何 for 范何某某). Only a short form
 * that fits exactly one full name is linked; another is left as a name of its own.
 */
final class ShortForms {
    private static final String DOTS = "·•・";
    /** The length of a Chinese full name whose first two characters alone name the person. */
    private static final int DOUBLE_SURNAME_NAME = 4;

    private ShortForms() {
    }

    /** The one confirmed full name {@code name} is a short form of, or null. */
    static String fullNameOf(String name, Collection<String> confirmed) {
        String found = null;
        for (String full : confirmed) {
            if (full.length() <= name.length() || !isShortFormOf(name, full)) continue;
            if (found != null) return null;
            found = full;
        }
        return found;
    }

    /**
     * 范何 for 范何某某: a four-character name made of two surnames and a given name (a married
     * woman's name in Hong Kong usage) is also written by its two surnames alone; that form is added
     * to {@code confirmed} when the text of [begin, end) writes it apart from the full name.
     */
    static void addJoinedSurnames(String text, int begin, int end, Set<String> confirmed, Predicate<String> isSurname) {
        for (String full : List.copyOf(confirmed)) {
            if (full.length() != DOUBLE_SURNAME_NAME || !full.codePoints().allMatch(Character::isIdeographic)) continue;
            String joined = full.substring(0, 2);
            if (!isSurname.test(joined.substring(0, 1)) || !isSurname.test(joined.substring(1))) continue;
            for (int at = text.indexOf(joined, begin); at >= 0 && at + 2 <= end; at = text.indexOf(joined, at + 1)) {
                if (!text.startsWith(full, at)) {
                    confirmed.add(joined);
                    break;
                }
            }
        }
    }

    private static boolean isShortFormOf(String name, String full) {
        if (full.chars().anyMatch(c -> DOTS.indexOf(c) >= 0)) {
            for (String part : full.split("[" + DOTS + "]")) {
                if (part.equals(name)) return true;
            }
            return false;
        }
        return name.length() == 2 && full.length() == DOUBLE_SURNAME_NAME && full.startsWith(name)
                && full.codePoints().allMatch(Character::isIdeographic);
    }
}
