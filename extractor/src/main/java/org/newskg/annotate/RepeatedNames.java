package org.newskg.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Document-level consistency for organizations: a name the article has established once (a
 * recognized organization, or the body of an unnamed speaker such as 某中心负责人) is a mention
 * wherever else the article writes it, even where the segmenter split it differently.
 */
public final class RepeatedNames {
    /** Shorter names are too often part of other words to be matched as plain strings. */
    private static final int MIN_LENGTH = 4;

    /** The occurrences of the organization names of {@code established} in the article, but those mentions themselves. */
    public List<Mention> find(String text, int begin, int end, List<Mention> established) {
        Set<String> names = new LinkedHashSet<>();
        for (Mention m : established) {
            if (m.type() == EntityType.ORGANIZATION && m.referent() == null && m.text().length() >= MIN_LENGTH) {
                names.add(m.text());
            }
        }
        List<Mention> out = new ArrayList<>();
        for (String name : names) {
            for (int at = text.indexOf(name, begin); at >= 0 && at + name.length() <= end; at = text.indexOf(name, at + 1)) {
                out.add(new Mention(EntityType.ORGANIZATION, at, at + name.length(), name));
            }
        }
        out.removeAll(established);
        return out;
    }
}
