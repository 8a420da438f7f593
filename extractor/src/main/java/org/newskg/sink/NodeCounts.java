package org.newskg.sink;

import static org.newskg.sink.StatisticsTerms.count;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
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
 */
final class NodeCounts {
    static final List<Node> ENTITY_TYPES = List.of(Vocab.PERSON, Vocab.ORGANIZATION, Vocab.PLACE, Vocab.EVENT);

    /** Whether a node has a type in the counted graphs (looked up, or read once into sets by a full count). */
    interface Types {
        boolean is(Node node, Node type);
    }

    private final StatisticsSource source;
    private final Types types;
    private final Consumer<Triple> out;

    NodeCounts(StatisticsSource source, Types types, Consumer<Triple> out) {
        this.source = source;
        this.types = types;
        this.out = out;
    }

    /** An entity's counts, looked up from its own mentions: its articles that have a source file, and their files. */
    void entity(Node entity) {
        long articles = 0;
        Set<Node> files = new HashSet<>();
        for (Node article : source.objects(entity, Vocab.MENTIONED_IN)) {
            List<Node> f = source.objects(article, Vocab.SOURCE_FILE_NAME);
            if (f.isEmpty()) continue;
            articles++;
            files.addAll(f);
        }
        entity(entity, articles, files.size());
    }

    /** An entity's counts as given; nothing for an entity no article with a source file mentions. */
    void entity(Node entity, long articles, long files) {
        if (articles == 0) return;
        for (Node type : ENTITY_TYPES) {
            if (types.is(entity, type)) emit(entity, Vocab.TYPE, type);
        }
        emit(entity, StatisticsTerms.ARTICLE_COUNT, count(articles));
        emit(entity, StatisticsTerms.SOURCE_FILE_COUNT, count(files));
    }

    /** An article's counts, given the distinct entities mentioning it; nothing unless it is an nkg:Article. */
    void article(Node article, List<Node> mentioners) {
        if (!types.is(article, Vocab.ARTICLE)) return;
        long persons = 0;
        long organizations = 0;
        long events = 0;
        for (Node e : mentioners) {
            if (types.is(e, Vocab.PERSON)) persons++;
            if (types.is(e, Vocab.ORGANIZATION)) organizations++;
            if (types.is(e, Vocab.EVENT)) events++;
        }
        long quotations = source.subjects(Vocab.IN_ARTICLE, article).stream().filter(q -> types.is(q, Vocab.QUOTATION)).count();
        emit(article, StatisticsTerms.PERSON_COUNT, count(persons));
        emit(article, StatisticsTerms.ORGANIZATION_COUNT, count(organizations));
        emit(article, StatisticsTerms.EVENT_COUNT, count(events));
        emit(article, StatisticsTerms.QUOTATION_COUNT, count(quotations));
    }

    /** A speaker's counts over its quotations ({@code ?quote a nkg:Quotation ; nkg:speaker ?speaker ; nkg:inArticle ?article}). */
    void speaker(Node speaker, List<Node> quotes) {
        QuotationTally t = new QuotationTally();
        for (Node q : quotes) {
            if (!types.is(q, Vocab.QUOTATION)) continue;
            List<Node> confidences = source.objects(q, Vocab.CONFIDENCE);
            boolean direct = types.is(q, Vocab.DIRECT_QUOTATION);
            boolean indirect = types.is(q, Vocab.INDIRECT_QUOTATION);
            for (Node a : source.objects(q, Vocab.IN_ARTICLE)) t.add(q, a, direct, indirect, confidences);
        }
        if (t.isEmpty()) return;
        emit(speaker, StatisticsTerms.QUOTATION_COUNT, count(t.quotes.size()));
        emit(speaker, StatisticsTerms.DIRECT_COUNT, count(t.direct.size()));
        emit(speaker, StatisticsTerms.INDIRECT_COUNT, count(t.indirect.size()));
        emit(speaker, StatisticsTerms.QUOTING_ARTICLE_COUNT, count(t.articles.size()));
        t.average().ifPresent(avg -> emit(speaker, StatisticsTerms.AVERAGE_CONFIDENCE, avg));
    }

    /** An attribution rule's counts over its quotations that have a confidence ({@code ?quote a nkg:Quotation ; nkg:attributedBy ?name ; nkg:confidence ?c}). */
    void rule(Node name, List<Node> quotes) {
        QuotationTally t = new QuotationTally();
        for (Node q : quotes) {
            if (!types.is(q, Vocab.QUOTATION)) continue;
            List<Node> confidences = source.objects(q, Vocab.CONFIDENCE);
            if (confidences.isEmpty()) continue;
            t.add(q, null, types.is(q, Vocab.DIRECT_QUOTATION), types.is(q, Vocab.INDIRECT_QUOTATION), confidences);
        }
        if (t.isEmpty()) return;
        Node rule = StatisticsTerms.rule(name);
        emit(rule, Vocab.TYPE, StatisticsTerms.ATTRIBUTION_RULE);
        emit(rule, StatisticsTerms.RULE_NAME, name);
        emit(rule, StatisticsTerms.QUOTATION_COUNT, count(t.quotes.size()));
        emit(rule, StatisticsTerms.DIRECT_COUNT, count(t.directRows));
        emit(rule, StatisticsTerms.INDIRECT_COUNT, count(t.indirectRows));
        t.average().ifPresent(avg -> emit(rule, StatisticsTerms.AVERAGE_CONFIDENCE, avg));
        t.minimum().ifPresent(min -> emit(rule, StatisticsTerms.MINIMUM_CONFIDENCE, min));
    }

    private void emit(Node s, Node p, Node o) {
        out.accept(Triple.create(s, p, o));
    }
}
