package org.newskg.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.system.Txn;
import org.newskg.pipeline.Loader;
import org.newskg.rdf.Vocab;
import org.newskg.sink.TdbStore;
import org.slf4j.LoggerFactory;

/**
 * Keeps a served database's search index in step with the loads made while it is served. Takes the
 * index the server searches with ({@link #attach}) and a load to run; after the load it re-indexes
 * the subjects whose texts were in the replaced graphs (read from a snapshot taken before the load)
 * or are in the new ones, from the union graph, and commits the index once. Into an empty database
 * it rebuilds the whole index. Without an attached index a load runs as it is.
 *
 * <p>Why not let jena-text index the writes (DatasetGraphText's TextDocProducer): the load writes
 * through its own TDB2 dataset, and into an empty database through the bulk loader, neither of which
 * passes the text dataset; and that producer follows quads, while the index holds each text of the
 * union graph once, so removing one file's graph would drop a label another file still states (or,
 * without a uid field, nothing would ever be removed).
 */
public final class LiveSearchIndex {
    private final TdbStore store;
    private volatile TextIndex index;

    public LiveSearchIndex(TdbStore store) {
        this.store = store;
    }

    /** A load of files into the store, as the load use case runs it. */
    @FunctionalInterface
    public interface Load {
        Loader.Result run() throws IOException;
    }

    /** The index to keep in step (the server's own: Lucene lets one writer open a folder). */
    public void attach(TextIndex index) {
        this.index = index;
    }

    /**
     * Runs {@code load}, then brings the index in step with what it changed. The load has committed
     * by then: if the index cannot be updated, that is logged and the load's result returned, and
     * the next {@code newskg load} into the folder rebuilds the index.
     */
    public Loader.Result keepInStep(Load load) throws IOException {
        TextIndex idx = index;
        if (idx == null) return load.run();
        if (store.isEmpty()) {
            Loader.Result r = load.run();
            updateOrWarn(() -> SearchIndex.rebuild(idx, store.dataset()));
            return r;
        }
        EntityDefinition def = idx.getDocDef();
        Set<Node> subjects;
        Loader.Result r;
        try (ReadSnapshot before = new ReadSnapshot(store.dataset())) {
            r = load.run();
            List<String> files = r.report().succeededFiles();
            subjects = before.calculate(() -> IndexedSubjects.inGraphs(store.dataset(), def, replacedGraphs(files)));
        }
        updateOrWarn(() -> {
            subjects.addAll(Txn.calculateRead(store.dataset(),
                    () -> IndexedSubjects.inGraphs(store.dataset(), def, replacedGraphs(r.report().succeededFiles()))));
            return IndexedSubjects.reindex(idx, store.dataset(), subjects);
        });
        return r;
    }

    private static void updateOrWarn(Supplier<Long> update) {
        try {
            update.get();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(LiveSearchIndex.class).warn(
                    "the search index was not brought in step with the load ({}); `newskg load` rebuilds it", e.toString());
        }
    }

    /** The graphs a load of {@code files} replaces, as the load use case picks them. */
    private Set<Node> replacedGraphs(List<String> files) {
        Set<Node> graphs = new HashSet<>(store.graphsOf(files));
        graphs.add(NodeFactory.createURI(Vocab.ONTOLOGY)); // written again by every load
        return graphs;
    }
}
