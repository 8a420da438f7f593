package org.newskg.resolve;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;

/**
 * One real-world entity as seen in an article: its canonical simplified name (which determines its
 * IRI) and every other form the article writes it in, simplified and in the original script.
 */
public final class Entity {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final EntityType type;
    private final String canonical;
    private final Set<String> simplifiedForms = new TreeSet<>();
    private final Set<String> originalForms = new TreeSet<>();
    private boolean named;

    Entity(EntityType type, String canonical) {
        this.type = type;
        this.canonical = canonical;
    }

    public EntityType type() {
        return type;
    }

    public String canonical() {
        return canonical;
    }

    /** Other simplified forms (short names, layout variants), without the canonical name. */
    public Set<String> simplifiedForms() {
        return simplifiedForms;
    }

    /** Forms in the source's traditional script that differ from their simplified analysis form. */
    public Set<String> originalForms() {
        return originalForms;
    }

    /**
     * True when the article writes this entity's name. False for a body known only by inference
     * (中华人民共和国 behind 国家主席, a county government behind 县长): it is not "mentioned" there.
     */
    public boolean isNamedInArticle() {
        return named;
    }

    void markNamed() {
        named = true;
    }

    void addForm(String simplified, String original) {
        String s = SPACES.matcher(simplified).replaceAll("");
        if (!s.isEmpty() && !s.equals(canonical)) simplifiedForms.add(s);
        if (original != null) {
            String o = SPACES.matcher(original).replaceAll("");
            if (!o.isEmpty() && !o.equals(s)) originalForms.add(o);
        }
    }
}
