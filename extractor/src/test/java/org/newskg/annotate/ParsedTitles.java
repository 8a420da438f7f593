package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;

/** Test helper: the positions {@link PositionParser} reads from a text whose persons are given by name, as "person|role|body" lines. */
final class ParsedTitles {
    private ParsedTitles() {
    }

    /** Each name is looked for after the previous one; no segmenter words. */
    static List<String> of(String text, String... names) {
        return of(text, List.of(), names);
    }

    static List<String> of(String text, List<Token> tokens, String... names) {
        List<Mention> persons = new ArrayList<>();
        int from = 0;
        for (String name : names) {
            int at = text.indexOf(name, from);
            persons.add(new Mention(EntityType.PERSON, at, at + name.length(), name));
            from = at + name.length();
        }
        List<PositionMention> found = new PositionParser().parse(text, 0, persons, tokens);
        return found.stream().map(p -> p.person().text() + "|" + p.role() + "|" + (p.organization() == null ? "-" : p.organization()))
                .collect(Collectors.toList());
    }
}
