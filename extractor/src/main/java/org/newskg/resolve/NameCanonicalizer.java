package org.newskg.resolve;

import org.newskg.lexicon.Lexicon;
import java.util.Map;
import org.newskg.model.EntityType;

/**
 * The canonical simplified name of an entity, the same in every article so that IRIs minted from it
 * agree across files: layout spaces removed, 特区 written out as 特别行政区, and the official short names
 * of well-known public bodies (a general lexicon, {@code org-aliases.txt}) mapped to their full names.
 */
public final class NameCanonicalizer {
    private final Map<String, String> orgFullNames = Lexicon.lineHeads("org-aliases.txt");

    public String canonical(EntityType type, String surface) {
        String s = surface.replaceAll("[\\s\\u3000]+", "");
        if (type == EntityType.ORGANIZATION) {
            String full = orgFullNames.get(s);
            if (full != null) return full;
            if (s.contains("特区")) s = s.replace("特区", "特别行政区");
            // 中国国家… is the national body 国家…
            if (s.startsWith("中国国家") && s.length() > 6) s = s.substring(2);
            full = orgFullNames.get(s);
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
        boolean endsAlike = fullName.charAt(fullName.length() - 1) == last
                || (last == '办' && fullName.endsWith("办公室"))
                || (last == '委' && fullName.endsWith("委员会"));
        if (!endsAlike) return false;
        int j = 0;
        for (int i = 0; i < fullName.length() && j < shortName.length(); i++) {
            if (fullName.charAt(i) == shortName.charAt(j)) j++;
        }
        return j == shortName.length();
    }
}
