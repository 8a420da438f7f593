package org.newskg.sink;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.tdb2.store.NodeId;
import org.newskg.rdf.Vocab;

/**
 * Counts the whole statistics graph in one streaming pass over the store's sorted indexes:
 * <ol>
 * <li>the members of each class the counts test (persons, organizations, places, events,
 *     articles, quotations and their two kinds), read once into sets of node ids;</li>
 * <li>{@code nkg:sourceFile} in POSG order: file by file, its articles; for each article, the
 *     entities mentioning it (a POSG prefix scan). An entity's tally is two counts and the last
 *     file that counted it, so its distinct files need no set of (entity, file) pairs: the files
 *     come in order. The article's own counts are written as it is read;</li>
 * <li>{@code nkg:speaker}, then {@code nkg:attributedBy}, in POSG order: each speaker (rule) with
 *     its quotations, tallied and written before the next.</li>
 * </ol>
 * What it holds grows with the number of nodes (the class sets, a tally per entity, the articles
 * seen, the triples written at the end), never with the mentions.
 */
final class FullCount {
    private static final List<Node> CLASSES = List.of(Vocab.PERSON, Vocab.ORGANIZATION, Vocab.PLACE, Vocab.EVENT,
            Vocab.ARTICLE, Vocab.QUOTATION, Vocab.DIRECT_QUOTATION, Vocab.INDIRECT_QUOTATION);

    private final StatisticsSource source;
    private final NodeCounts counts;

    FullCount(StatisticsSource source, Consumer<Triple> out) {
        this.source = source;
        NodeId type = source.id(Vocab.TYPE);
        Map<NodeId, Set<NodeId>> members = new HashMap<>();
        for (Node c : CLASSES) {
            NodeId id = source.id(c);
            members.computeIfAbsent(id, k -> new HashSet<>(source.subjects(type, id)));
        }
        this.counts = new NodeCounts(source, (node, t) -> members.getOrDefault(t, Set.of()).contains(node), out);
    }

    void run() {
        entitiesAndArticles();
        source.groups(source.id(Vocab.SPEAKER), counts::speaker);
        source.groups(source.id(Vocab.ATTRIBUTED_BY), counts::rule);
    }

    /** One entity's tally: its articles, its distinct files, and the last file (by walk order) that counted it. */
    private static final class EntityTally {
        long articles;
        long files;
        int lastFile = -1;
    }

    private void entitiesAndArticles() {
        NodeId mentionedIn = source.id(Vocab.MENTIONED_IN);
        Map<NodeId, EntityTally> tallies = new HashMap<>();
        Set<NodeId> seen = new HashSet<>();
        int[] file = {0};
        source.groups(source.id(Vocab.SOURCE_FILE_NAME), (name, articles) -> {
            file[0]++;
            for (NodeId article : articles) {
                List<NodeId> mentioners = source.subjects(mentionedIn, article);
                boolean first = seen.add(article); // an article of two files counts once, each file once
                if (first) counts.article(article, mentioners);
                for (NodeId e : mentioners) {
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
