package org.newskg.annotate;

import java.util.Collection;

/**
 * The full name a short form of a person's name stands for, among the names one article confirms:
 * a part of a transliterated name with the middle dot (某某·科连斯基 → 科连斯基), or the first two characters of
 * a four-character Chinese name (a double surname written alone, 欧阳 for 欧阳某某). Only a short form
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
