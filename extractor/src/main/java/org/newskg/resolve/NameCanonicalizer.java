package org.newskg.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.EntityType;

/**
 * The canonical simplified name of an entity, the same in every article so that IRIs minted from it
 * agree across files: layout spaces removed, a date before a body dropped, 特区 written out as
 * 特别行政区, and the forms of well-known public bodies ({@code org-aliases.txt}) and of the
 * gazetteers' bodies (the files {@code org-name-forms.txt} lists) mapped to their full names.
 */
public final class NameCanonicalizer {
    private static final LexiconTable FORMS = LexiconTable.of("org-name-forms.txt");
    /** Short forms written out in a canonical name (特区 → 特别行政区): the first word of a line is the short form. */
    private static final List<List<String>> EXPANSIONS = FORMS.lines("expand");
    /** A national prefix dropped before a body of the state (中国国家… → 国家…), and the shortest name it is dropped from. */
    private static final String DROPPED_PREFIX = FORMS.lines("drop-prefix").get(0).get(0);
    private static final String STATE_PREFIX = FORMS.lines("drop-prefix").get(0).get(1);
    private static final int MIN_NAME_AFTER_DROP = 5;
    /** Layout spaces, ideographic ones included, which are no part of a name. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern LEADING_DATE = Pattern.compile("\\d{2,4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?");
    /** One-character endings of short names that stand for a longer ending of the full name (办 for 办公室). */
    private static final Map<Character, String> SHORT_ENDINGS = shortEndings();
    /** The gazetteers' forms of organizations mapped to the full name their line starts with. */
    private final Map<String, String> gazetteerFullNames = gazetteerFullNames();

    public String canonical(EntityType type, String surface) {
        String s = SPACES.matcher(surface).replaceAll("");
        if (type == EntityType.ORGANIZATION) {
            // a date written before a body (某年某月某日外交部…) is no part of its name
            Matcher date = LEADING_DATE.matcher(s);
            if (date.lookingAt() && date.end() < s.length()) s = s.substring(date.end());
            String full = gazetteerFullNames.get(s);
            if (full != null) return full;
            for (List<String> e : EXPANSIONS) if (s.contains(e.get(0))) s = s.replace(e.get(0), e.get(1));
            // 中国国家… is the national body 国家…
            if (s.startsWith(DROPPED_PREFIX + STATE_PREFIX) && s.length() - DROPPED_PREFIX.length() >= MIN_NAME_AFTER_DROP) {
                s = s.substring(DROPPED_PREFIX.length());
            }
            full = gazetteerFullNames.get(s);
            if (full != null) return full;
        }
        return s;
    }

    /**
     * True when {@code shortName} reads as an abbreviation of {@code fullName}: its characters appear
     * in order in the full name and both end alike (局/局, 办/办公室) — 贸发局 of 香港贸易发展局.
     */
    public static boolean isAbbreviation(String shortName, String fullName) {
        if (shortName.length() < 2 || shortName.length() >= fullName.length()) return false;
        char last = shortName.charAt(shortName.length() - 1);
        String longEnding = SHORT_ENDINGS.get(last);
        boolean endsAlike = fullName.charAt(fullName.length() - 1) == last
                || (longEnding != null && fullName.endsWith(longEnding));
        if (!endsAlike) return false;
        int j = 0;
        for (int i = 0; i < fullName.length() && j < shortName.length(); i++) {
            if (fullName.charAt(i) == shortName.charAt(j)) j++;
        }
        return j == shortName.length();
    }

    private static Map<String, String> gazetteerFullNames() {
        Map<String, String> out = new HashMap<>();
        for (String file : FORMS.row("gazetteers")) Lexicon.lineHeads(file).forEach(out::putIfAbsent);
        // 中方 is 中国政府: a state's side is its government
        for (List<String> side : LexiconTable.of("org-state-sides.txt").lines("side")) {
            for (String form : side.subList(1, side.size())) out.putIfAbsent(form, side.get(0));
        }
        return out;
    }

    private static Map<Character, String> shortEndings() {
        Map<Character, String> out = new HashMap<>();
        for (List<String> r : FORMS.lines("short-ending")) out.put(r.get(0).charAt(0), r.get(1));
        return out;
    }
}
