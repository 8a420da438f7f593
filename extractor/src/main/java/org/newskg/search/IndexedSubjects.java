package org.newskg.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.Term;

/**
 * The index's entries one subject at a time. The index holds each distinct (subject, predicate,
 * text) of the union graph once, so an entry cannot follow one graph's quads: a label that a
 * replaced file stated may still be stated by another file. Instead, every entry of a subject a
 * load touched is deleted and its texts are indexed again from the union graph as it now is.
 */
final class IndexedSubjects {
    private IndexedSubjects() {
    }

    /** The subjects of the indexed texts in {@code graphs} (call inside a read transaction). */
    static Set<Node> inGraphs(DatasetGraph dataset, EntityDefinition def, Collection<Node> graphs) {
        Set<Node> subjects = new HashSet<>();
        Set<Node> predicates = SearchIndex.predicates(def);
        for (Node g : graphs) {
            for (Node p : predicates) {
                Iterator<Quad> it = dataset.find(g, Node.ANY, p, Node.ANY);
                while (it.hasNext()) subjects.add(it.next().getSubject());
            }
        }
        return subjects;
    }

    /**
     * Replaces the entries of {@code subjects} with their texts in {@code dataset}'s union graph and
     * commits; a query sees the index before or after, never between. Returns the texts indexed.
     */
    static long reindex(TextIndex index, DatasetGraph dataset, Set<Node> subjects) {
        if (!(index instanceof TextIndexLucene lucene)) throw new TextIndexException("not a Lucene index: " + index);
        EntityDefinition def = index.getDocDef();
        try {
            for (Node s : subjects) lucene.getIndexWriter().deleteDocuments(new Term(def.getEntityField(), TextQueryFuncs.subjectToString(s)));
            long n = Txn.calculateRead(dataset, () -> addTexts(index, def, dataset, subjects));
            index.commit();
            return n;
        } catch (IOException | RuntimeException e) {
            index.rollback();
            throw e instanceof TextIndexException t ? t : new TextIndexException(e);
        }
    }

    private static long addTexts(TextIndex index, EntityDefinition def, DatasetGraph dataset, Set<Node> subjects) {
        long n = 0;
        Set<Node> predicates = SearchIndex.predicates(def);
        for (Node s : subjects) {
            for (Node p : predicates) {
                Iterator<Triple> it = dataset.getUnionGraph().find(s, p, Node.ANY);
                while (it.hasNext()) n += SearchIndex.add(index, def, it.next());
            }
        }
        return n;
    }
}
