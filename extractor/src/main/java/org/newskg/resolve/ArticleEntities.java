package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * The entities of one article, each with one canonical name. A short organization name is merged
 * into the full name the same article writes out (贸发局 → 香港贸易发展局); across articles,
 * entities with the same canonical name get the same IRI, so the corpus needs no global state.
 */
public final class ArticleEntities {
    private final NameCanonicalizer canonicalizer;
    private final Map<String, Entity> byKey = new LinkedHashMap<>();
    private final Map<Mention, Entity> byMention = new HashMap<>();

    public ArticleEntities(NameCanonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
    }

    /**
     * Registers the mentions of the article. {@code originals} gives each mention's wording in the
     * source script (may equal the mention text).
     */
    public void addMentions(List<Mention> mentions, java.util.function.Function<Mention, String> originals) {
        Map<String, String> aliasOf = aliases(mentions);
        Map<Mention, String> canonical = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String name = m.referent() != null ? m.referent()
                    : m.type() == EntityType.ORGANIZATION ? aliasOf.getOrDefault(m.text(), m.text()) : m.text();
            canonical.put(m, canonicalizer.canonical(m.type(), name));
        }
        List<String> orgNames = canonical.entrySet().stream()
                .filter(e -> e.getKey().type() == EntityType.ORGANIZATION).map(Map.Entry::getValue).distinct().toList();
        for (Map.Entry<Mention, String> e : canonical.entrySet()) {
            Mention m = e.getKey();
            String name = e.getValue();
            if (m.type() == EntityType.ORGANIZATION) name = fullNameIn(name, orgNames);
            Entity entity = entity(m.type(), name);
            // 李局长 stands for 李某某 but is no name of his; a Latin alias (ABC) is a name of its body
            boolean isNameForm = m.referent() == null || m.type() != EntityType.PERSON;
            if (isNameForm) entity.addForm(m.text(), originals.apply(m));
            entity.markNamed();
            byMention.put(m, entity);
        }
    }

    /**
     * 某某学会（ABC） … ABC理事长: the organization each alias stands for where another mention of
     * the article links that wording to one body (a form linked to two bodies is left out).
     */
    private static Map<String, String> aliases(List<Mention> mentions) {
        Map<String, String> out = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION || m.referent() == null || m.referent().equals(m.text())) continue;
            String before = out.putIfAbsent(m.text(), m.referent());
            if (before != null && !before.equals(m.referent())) ambiguous.put(m.text(), true);
        }
        ambiguous.keySet().forEach(out::remove);
        return out;
    }

    /** The entity for a name the article writes without a mention of its own (a byline, an event's place). */
    public Entity named(EntityType type, String surface) {
        Entity entity = implied(type, surface);
        entity.markNamed();
        return entity;
    }

    /** The entity for a name the text implies but may not write (the body of a title such as 国家主席). */
    public Entity implied(EntityType type, String surface) {
        // ABC理事长 after 某某学会（ABC）: a form the article already gave one body is that body
        Entity written = withForm(type, surface);
        if (written != null) return written;
        String name = canonicalizer.canonical(type, surface);
        if (type == EntityType.ORGANIZATION) {
            List<String> known = byKey.values().stream().filter(x -> x.type() == type).map(Entity::canonical).toList();
            name = fullNameIn(name, known);
        }
        Entity entity = entity(type, name);
        entity.addForm(surface, null);
        return entity;
    }

    /** The one organization of the article written as {@code surface} besides its canonical name, or null. */
    private Entity withForm(EntityType type, String surface) {
        if (type != EntityType.ORGANIZATION) return null;
        List<Entity> found = byKey.values().stream()
                .filter(x -> x.type() == type && !x.canonical().equals(surface) && x.simplifiedForms().contains(surface)).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    public Entity of(Mention m) {
        return byMention.get(m);
    }

    public Collection<Entity> all() {
        return new ArrayList<>(byKey.values());
    }

    private Entity entity(EntityType type, String canonical) {
        return byKey.computeIfAbsent(type + "|" + canonical, k -> new Entity(type, canonical));
    }

    /** The one full name in {@code names} that {@code name} abbreviates, else {@code name} itself. */
    private static String fullNameIn(String name, List<String> names) {
        String found = null;
        for (String full : names) {
            if (NameCanonicalizer.isAbbreviation(name, full)) {
                if (found != null && !found.equals(full)) return name; // ambiguous: keep apart
                found = full;
            }
        }
        return found == null ? name : found;
    }
}
