package org.newskg.search;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The state of a TDB2 database at one moment, readable after later writes have committed: a read
 * transaction held open on a thread of its own (TDB2 keeps a reader's view while a writer commits).
 * A thread of its own because a transaction belongs to the thread that began it, and the thread
 * that asked for the snapshot goes on to write. Close it promptly: it pins the old state.
 */
final class ReadSnapshot implements AutoCloseable {
    private final DatasetGraph dataset;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newskg-read-snapshot");
        t.setDaemon(true);
        return t;
    });

    ReadSnapshot(DatasetGraph dataset) {
        this.dataset = dataset;
        calculate(() -> {
            dataset.begin(ReadWrite.READ);
            return null;
        });
    }

    /** {@code read} evaluated in the snapshot's state. */
    <T> T calculate(Supplier<T> read) {
        Future<T> f = thread.submit(read::get);
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a snapshot", e);
        }
    }

    @Override
    public void close() {
        try {
            calculate(() -> {
                dataset.end();
                return null;
            });
        } finally {
            thread.shutdown();
        }
    }
}
