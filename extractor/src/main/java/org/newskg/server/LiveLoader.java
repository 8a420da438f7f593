package org.newskg.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.newskg.pipeline.FailurePolicy;
import org.newskg.pipeline.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.Progress;
import org.newskg.search.LiveSearchIndex;
import org.newskg.sink.TdbStore;
import org.newskg.source.SourceFile;

/**
 * Adds files to the database the server is serving, from inside the server's process (a TDB2 folder
 * is used by one process at a time). This is the one place the server calls the load use case,
 * {@link Loader}: the same extraction and replacement of a file's earlier graphs, in one write
 * transaction, as {@code newskg load}, and the search index brought in step after each
 * ({@link LiveSearchIndex}). Loads run one at a time; each gets a fresh pipeline, so the extraction time it
 * records is its own.
 */
public final class LiveLoader {
    private final TdbStore store;
    private final Supplier<Pipeline> pipelines;
    private final LiveSearchIndex search;

    public LiveLoader(Path db, Supplier<Pipeline> pipelines) throws IOException {
        this.store = new TdbStore(db);
        this.pipelines = pipelines;
        this.search = new LiveSearchIndex(store);
    }

    /** The search index each load keeps in step (the server attaches its own). */
    public LiveSearchIndex search() {
        return search;
    }

    /**
     * What one load did: the files that failed (kept as they were), counts of articles and quads:
     * those extracted, each once, are those loaded; the database changed by {@code quadsLoaded - quadsRemoved}.
     */
    public record Outcome(int files, List<String> failures, long articles, long quadsExtracted, long quadsLoaded,
            long replacedGraphs, long quadsRemoved) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    /** Loads {@code files}, each replacing the graphs its source key had, and keeps the search index in step. */
    public synchronized Outcome load(List<SourceFile> files) throws IOException {
        Loader.Result r = search.keepInStep(
                () -> new Loader(pipelines.get()).load(files, store, Progress.NONE, FailurePolicy.SKIP_FILE, (format, args) -> { }));
        return new Outcome(r.report().filesDone(), r.report().failures(), r.report().articles(), r.report().quads(),
                r.quadsLoaded(), r.replacedGraphs(), r.quadsRemoved());
    }
}
