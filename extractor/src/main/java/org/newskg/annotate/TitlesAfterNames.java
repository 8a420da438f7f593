package org.newskg.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newskg.lexicon.Lexicon;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;

/**
 * Titles written right after a name (某某主席, 某某总理): a role without the body it belongs to,
 * which only what is said of the same person elsewhere can give (resolve/PositionBodies). The
 * role must end where a word ends, so 主席台 or 主任医师 are not cut to 主席, 主任; and 代表 after a
 * name is mostly the verb (某某代表中方致辞).
 */
public final class TitlesAfterNames {
    private final Lexicon roles = Lexicon.resource("roles.txt");
    private static final Lexicon ALSO_VERBS = PersonRecognizer.CONTEXT.lexicon("roles-also-verbs");

    public List<PositionMention> find(String text, List<Mention> persons, List<Token> tokens) {
        Set<Integer> wordEnds = new HashSet<>();
        for (Token t : tokens) wordEnds.add(t.end());
        List<PositionMention> out = new ArrayList<>();
        for (Mention person : persons) {
            // a reference such as 李局长 already carries its title
            if (person.type() != EntityType.PERSON || person.referent() != null) continue;
            String role = roles.longestAt(text, person.end());
            if (role == null || ALSO_VERBS.contains(role) || !wordEnds.contains(person.end() + role.length())) continue;
            out.add(new PositionMention(person, role, null, null, null, person.begin(), person.end() + role.length(), true));
        }
        return out;
    }
}
