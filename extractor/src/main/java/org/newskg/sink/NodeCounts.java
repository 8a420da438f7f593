package org.newskg.sink;

import static org.newskg.sink.StatisticsTerms.count;

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
 * The statistics of one node, each figure the aggregate a research question computed over the
 * union of the data graphs, written as triples to {@code out}:
 * <ul>
 * <li>an entity mentioned in an article with a source file (07, 09): its types among person,
 *     organization, place and event, {@code nkg:articleCount} and {@code nkg:sourceFileCount};</li>
 * <li>an article with a source file (11): {@code nkg:personCount}, {@code nkg:organizationCount},
 *     {@code nkg:eventCount} (entities mentioned in it) and {@code nkg:quotationCount}, 0 included;</li>
 * <li>a speaker (14): its quotations, direct and indirect ones, quoting articles, average confidence;</li>
 * <li>an attribution rule (16): a node of class {@code nkg:AttributionRule} with its name, its
 *     quotations that have a confidence, direct and indirect rows, average and least confidence.</li>
 * </ul>
 * A full count ({@link FullCount}) and a load's recount of the nodes it touched
 * ({@link StatisticsGraph#update}) both write through this class, so they write the same triples.
 * Nodes are TDB2 node ids ({@link StatisticsSource}); only those written about are decoded.
 */
final class NodeCounts {
    private static final List<Node> ENTITY_TYPES = List.of(Vocab.PERSON, Vocab.ORGANIZATION, Vocab.PLACE, Vocab.EVENT);

    /** Whether a node has a type in the counted graphs (looked up, or read once into sets by a full count). */
    interface Types {
        boolean is(NodeId node, NodeId type);
    }

    private final StatisticsSource source;
    private final Types types;
    private final Consumer<Triple> out;
    private final Map<NodeId, List<NodeId>> filesOf = new HashMap<>();
    private final NodeId mentionedIn;
    private final NodeId sourceFile;
    private final NodeId inArticle;
    private final NodeId confidence;
    private final NodeId article;
    private final NodeId person;
    private final NodeId organization;
    private final NodeId event;
    private final NodeId quotation;
    private final NodeId direct;
    private final NodeId indirect;
    private final List<NodeId> entityTypes;

    NodeCounts(StatisticsSource source, Types types, Consumer<Triple> out) {
        this.source = source;
        this.types = types;
        this.out = out;
        mentionedIn = source.id(Vocab.MENTIONED_IN);
        sourceFile = source.id(Vocab.SOURCE_FILE_NAME);
        inArticle = source.id(Vocab.IN_ARTICLE);
        confidence = source.id(Vocab.CONFIDENCE);
        article = source.id(Vocab.ARTICLE);
        person = source.id(Vocab.PERSON);
        organization = source.id(Vocab.ORGANIZATION);
        event = source.id(Vocab.EVENT);
        quotation = source.id(Vocab.QUOTATION);
        direct = source.id(Vocab.DIRECT_QUOTATION);
        indirect = source.id(Vocab.INDIRECT_QUOTATION);
        entityTypes = ENTITY_TYPES.stream().map(source::id).toList();
    }

    /**
     * An entity's counts, looked up from its own mentions: its articles that have a source file,
     * and their files (each article's files looked up once per recount: entities counted together
     * share their articles).
     */
    void entity(NodeId entity) {
        long articles = 0;
        Set<NodeId> files = new HashSet<>();
        for (NodeId a : source.objects(entity, mentionedIn)) {
            List<NodeId> f = filesOf.computeIfAbsent(a, k -> source.objects(k, sourceFile));
            if (f.isEmpty()) continue;
            articles++;
            files.addAll(f);
        }
        entity(entity, articles, files.size());
    }

    /** The entity types a count states for {@code node} (none for a node that mentions nothing). */
    Set<Node> entityTypes(NodeId node) {
        Set<Node> out = new HashSet<>();
        if (!source.has(node, mentionedIn, NodeId.NodeIdAny)) return out;
        for (int i = 0; i < entityTypes.size(); i++) {
            if (types.is(node, entityTypes.get(i))) out.add(ENTITY_TYPES.get(i));
        }
        return out;
    }

    /** An entity's counts as given; nothing for an entity no article with a source file mentions. */
    void entity(NodeId entity, long articles, long files) {
        if (articles == 0) return;
        Node e = source.node(entity);
        for (int i = 0; i < entityTypes.size(); i++) {
            if (types.is(entity, entityTypes.get(i))) emit(e, Vocab.TYPE, ENTITY_TYPES.get(i));
        }
        emit(e, StatisticsTerms.ARTICLE_COUNT, count(articles));
        emit(e, StatisticsTerms.SOURCE_FILE_COUNT, count(files));
    }

    /** An article's counts, given the distinct entities mentioning it; nothing unless it is an nkg:Article. */
    void article(NodeId node, List<NodeId> mentioners) {
        if (!types.is(node, article)) return;
        long persons = 0;
        long organizations = 0;
        long events = 0;
        for (NodeId e : mentioners) {
            if (types.is(e, person)) persons++;
            if (types.is(e, organization)) organizations++;
            if (types.is(e, event)) events++;
        }
        long quotations = source.subjects(inArticle, node).stream().filter(q -> types.is(q, quotation)).count();
        Node a = source.node(node);
        emit(a, StatisticsTerms.PERSON_COUNT, count(persons));
        emit(a, StatisticsTerms.ORGANIZATION_COUNT, count(organizations));
        emit(a, StatisticsTerms.EVENT_COUNT, count(events));
        emit(a, StatisticsTerms.QUOTATION_COUNT, count(quotations));
    }

    /** A speaker's counts over its quotations ({@code ?quote a nkg:Quotation ; nkg:speaker ?speaker ; nkg:inArticle ?article}). */
    void speaker(NodeId speaker, List<NodeId> quotes) {
        QuotationTally t = new QuotationTally();
        for (NodeId q : quotes) {
            if (!types.is(q, quotation)) continue;
            List<NodeId> articles = source.objects(q, inArticle);
            if (articles.isEmpty()) continue;
            List<Node> confidences = confidences(q);
            boolean isDirect = types.is(q, direct);
            boolean isIndirect = types.is(q, indirect);
            for (NodeId a : articles) t.add(q, a, isDirect, isIndirect, confidences);
        }
        if (t.isEmpty()) return;
        Node s = source.node(speaker);
        emit(s, StatisticsTerms.QUOTATION_COUNT, count(t.quotes.size()));
        emit(s, StatisticsTerms.DIRECT_COUNT, count(t.direct.size()));
        emit(s, StatisticsTerms.INDIRECT_COUNT, count(t.indirect.size()));
        emit(s, StatisticsTerms.QUOTING_ARTICLE_COUNT, count(t.articles.size()));
        t.average().ifPresent(avg -> emit(s, StatisticsTerms.AVERAGE_CONFIDENCE, avg));
    }

    /** An attribution rule's counts over its quotations that have a confidence ({@code ?quote a nkg:Quotation ; nkg:attributedBy ?name ; nkg:confidence ?c}). */
    void rule(NodeId name, List<NodeId> quotes) {
        QuotationTally t = new QuotationTally();
        for (NodeId q : quotes) {
            if (!types.is(q, quotation)) continue;
            List<Node> confidences = confidences(q);
            if (confidences.isEmpty()) continue;
            t.add(q, null, types.is(q, direct), types.is(q, indirect), confidences);
        }
        if (t.isEmpty()) return;
        Node n = source.node(name);
        Node rule = StatisticsTerms.rule(n);
        emit(rule, Vocab.TYPE, StatisticsTerms.ATTRIBUTION_RULE);
        emit(rule, StatisticsTerms.RULE_NAME, n);
        emit(rule, StatisticsTerms.QUOTATION_COUNT, count(t.quotes.size()));
        emit(rule, StatisticsTerms.DIRECT_COUNT, count(t.directRows));
        emit(rule, StatisticsTerms.INDIRECT_COUNT, count(t.indirectRows));
        t.average().ifPresent(avg -> emit(rule, StatisticsTerms.AVERAGE_CONFIDENCE, avg));
        t.minimum().ifPresent(min -> emit(rule, StatisticsTerms.MINIMUM_CONFIDENCE, min));
    }

    private List<Node> confidences(NodeId q) {
        return source.objects(q, confidence).stream().map(source::node).toList();
    }

    private void emit(Node s, Node p, Node o) {
        out.accept(Triple.create(s, p, o));
    }
}
