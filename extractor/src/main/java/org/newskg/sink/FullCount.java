package org.newskg.sink;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newskg.rdf.Vocab;

/**
 * Counts the whole statistics graph in one streaming pass over the store's sorted indexes:
 * <ol>
 * <li>the members of each class the counts test (persons, organizations, places, events,
 *     articles, quotations and their two kinds), read once into sets;</li>
 * <li>{@code nkg:sourceFile} in POSG order: file by file, its articles; for each article, the
 *     entities mentioning it (a POSG prefix scan). An entity's tally is two counts and the last
 *     file that counted it, so its distinct files need no set of (entity, file) pairs: the files
 *     come in order. The article's own counts are written as it is read;</li>
 * <li>{@code nkg:speaker}, then {@code nkg:attributedBy}, in POSG order: each speaker (rule) with
 *     its quotations, tallied and written before the next.</li>
 * </ol>
 * What it holds grows with the number of nodes (the class sets, a tally per entity, the articles
 * seen, the triples written at the end), never with the mentions. Needs TDB2's sorted indexes.
 */
final class FullCount {
    private static final List<Node> CLASSES = List.of(Vocab.PERSON, Vocab.ORGANIZATION, Vocab.PLACE, Vocab.EVENT,
            Vocab.ARTICLE, Vocab.QUOTATION, Vocab.DIRECT_QUOTATION, Vocab.INDIRECT_QUOTATION);

    private final StatisticsSource source;
    private final NodeCounts counts;

    FullCount(StatisticsSource source, Consumer<Triple> out) {
        this.source = source;
        Map<Node, Set<Node>> members = new HashMap<>();
        for (Node type : CLASSES) members.put(type, new HashSet<>(source.subjects(Vocab.TYPE, type)));
        this.counts = new NodeCounts(source, (node, type) -> members.get(type).contains(node), out);
    }

    void run() {
        entitiesAndArticles();
        source.groups(Vocab.SPEAKER, counts::speaker);
        source.groups(Vocab.ATTRIBUTED_BY, counts::rule);
    }

    /** One entity's tally: its articles, its distinct files, and the last file (by walk order) that counted it. */
    private static final class EntityTally {
        long articles;
        long files;
        int lastFile = -1;
    }

    private void entitiesAndArticles() {
        Map<Node, EntityTally> tallies = new HashMap<>();
        Set<Node> seen = new HashSet<>();
        int[] file = {0};
        source.groups(Vocab.SOURCE_FILE_NAME, (name, articles) -> {
            file[0]++;
            for (Node article : articles) {
                List<Node> mentioners = source.subjects(Vocab.MENTIONED_IN, article);
                boolean first = seen.add(article); // an article of two files counts once, each file once
                if (first) counts.article(article, mentioners);
                for (Node e : mentioners) {
                    EntityTally t = tallies.computeIfAbsent(e, k -> new EntityTally());
                    if (first) t.articles++;
                    if (t.lastFile != file[0]) {
                        t.files++;
                        t.lastFile = file[0];
                    }
                }
            }
        });
        tallies.forEach((e, t) -> counts.entity(e, t.articles, t.files));
    }
}
