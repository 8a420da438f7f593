package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.model.NewsDate;
import org.newskg.rdf.Vocab;
import org.newskg.resolve.CorpusFacts;
import org.newskg.resolve.PositionBody;

/**
 * What a database already holds that the files of a load may need, as the corpus step takes it
 * from a file: its dated events (a page that states no year links to them), the bodies of its
 * positions (for titles given without one), and its organizations named in Latin letters (for the
 * pages that bracket them with a Chinese name). Read in one read transaction.
 */
final class DatabaseFacts {
    private final DatasetGraph dataset;

    private DatabaseFacts(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    static CorpusFacts of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> new DatabaseFacts(dataset).read());
    }

    private CorpusFacts read() {
        List<CorpusFacts.Edition> editions = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.EVENT).forEachRemaining(q -> {
            Node start = first(q.getGraph(), q.getSubject(), Vocab.START_DATE);
            NewsDate startDate = start == null ? null : NewsDate.parse(start.getLiteralLexicalForm());
            dataset.find(q.getGraph(), q.getSubject(), Vocab.LABEL, Node.ANY)
                    .forEachRemaining(l -> editions.add(new CorpusFacts.Edition(l.getObject().getLiteralLexicalForm(), startDate)));
        });
        List<PositionBody> bodies = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.ORGANIZATION_OF, Node.ANY).forEachRemaining(q -> {
            Node g = q.getGraph();
            Node person = first(g, q.getSubject(), Vocab.MEMBER);
            Node role = first(g, q.getSubject(), Vocab.ROLE_OF);
            String personName = person == null ? null : label(g, person);
            String roleName = role == null ? null : label(g, role);
            String orgName = label(g, q.getObject());
            if (personName != null && roleName != null && orgName != null) bodies.add(new PositionBody(personName, roleName, orgName));
        });
        Set<String> latin = new TreeSet<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.ORGANIZATION).forEachRemaining(q -> {
            for (Node p : List.of(Vocab.LABEL, Vocab.ALT_LABEL)) {
                dataset.find(q.getGraph(), q.getSubject(), p, Node.ANY).forEachRemaining(l -> {
                    String name = l.getObject().getLiteralLexicalForm();
                    if (LatinNames.isLatin(name)) latin.add(name);
                });
            }
        });
        return new CorpusFacts(editions, bodies, latin);
    }

    private String label(Node graph, Node subject) {
        Node l = first(graph, subject, Vocab.LABEL);
        return l == null ? null : l.getLiteralLexicalForm();
    }

    private Node first(Node graph, Node subject, Node predicate) {
        Iterator<Quad> it = dataset.find(graph, subject, predicate, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
