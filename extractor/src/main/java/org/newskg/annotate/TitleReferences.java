package org.newskg.annotate;

import org.newskg.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;

/**
 * Surname-and-title references (李局长, 王主任) to a person the article has named with that title:
 * each is a mention of that person. A reference is resolved only when exactly one named person has
 * that surname and a position whose role ends with the title, so 王主任 among two 王 directors
 * stays unresolved, and a surname character that merely precedes a title word (全局长远) finds no
 * holder.
 */
public final class TitleReferences {
    private final Lexicon surnames = Lexicon.resource("surnames.txt");
    private final Lexicon roles = Lexicon.resource("roles.txt");

    public List<Mention> find(String text, int begin, int end, List<Mention> persons, List<PositionMention> positions) {
        List<Mention> out = new ArrayList<>();
        for (int at = begin; at < end; at++) {
            String surname = surnames.longestAt(text, at);
            if (surname == null) continue;
            String role = roles.longestAt(text, at + surname.length());
            if (role == null || role.length() < 2 || at + surname.length() + role.length() > end) continue;
            int stop = at + surname.length() + role.length();
            int from = at;
            if (persons.stream().anyMatch(m -> m.overlaps(from, stop))) continue;
            String person = onlyHolder(surname, role, positions);
            if (person != null) out.add(new Mention(EntityType.PERSON, at, stop, text.substring(at, stop), person));
            at = stop - 1;
        }
        return out;
    }

    /** The one named person with this surname holding a role that ends with {@code role}, else null. */
    private String onlyHolder(String surname, String role, List<PositionMention> positions) {
        String found = null;
        for (PositionMention p : positions) {
            String name = p.person().text().replaceAll("\\s+", "");
            if (!name.startsWith(surname) || name.length() <= surname.length() || !p.role().endsWith(role)) continue;
            if (found != null && !found.equals(name)) return null;
            found = name;
        }
        return found;
    }
}
