package org.newskg.pipeline;

import java.util.Set;
import java.util.TreeSet;
import org.newskg.annotate.BracketAliases;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Organizations named in Latin letters, as the corpus step trades them: the names a file knows as
 * organizations (Abcd等企业), and those it brackets with a Chinese name without knowing them
 * (Abcd（某某）), which another file may settle.
 */
public final class LatinNames {
    private LatinNames() {
    }

    /** The organizations the article names in Latin letters, which other files may bracket. */
    public static Set<String> organizationsOf(AnnotatedArticle annotated) {
        Set<String> names = new TreeSet<>();
        for (Mention m : annotated.mentions()) {
            if (m.type() == EntityType.ORGANIZATION && isLatin(m.text())) names.add(m.text());
        }
        return names;
    }

    /** Whether {@code name} is written in Latin letters, as {@link #organizationsOf} takes them. */
    public static boolean isLatin(String name) {
        return BracketAliases.isLatinName(name);
    }

    /** Latin names the article brackets with a Chinese one (Abcd（某某）) without knowing them as organizations. */
    public static Set<String> unknownBracketed(String text, AnnotatedArticle annotated) {
        Article a = annotated.article();
        return BracketAliases.unknownLatinNames(text, a.begin(), a.end(), annotated.mentions());
    }
}
