package org.newskg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newskg.source.UnreadableSourceException;

/**
 * The time one file's work may take, so that one runaway file cannot hold up a batch. The work runs
 * on a worker thread; when the budget is spent the caller gets an {@link UnreadableSourceException}
 * naming the file and the limit, and goes on with the next file. Memory errors and stack overflows of
 * the work become the same kind of one-line failure, since the memory is freed with the work.
 *
 * <p>Java cannot stop a thread that does not check for interruption, and the analysis does not, so a
 * runaway worker is interrupted and left to end on its own (a daemon thread that no longer writes
 * anywhere: its result is dropped); the next file gets a fresh worker. The size and line limits of
 * {@code InputLimits} keep such runaways rare: this budget is the last guard.
 */
public final class FileBudget implements AutoCloseable {
    /** Default budget: 30 times the slowest file of the CCTV corpus (under 10 s). */
    public static final Duration DEFAULT = Duration.ofMinutes(5);

    /** Work on one file. */
    public interface Work<T> {
        T run() throws UnreadableSourceException;
    }

    private final Duration limit;
    private ExecutorService worker = newWorker();

    public FileBudget(Duration limit) {
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("budget must be positive: " + limit);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** Runs {@code work} for {@code file} within the budget. */
    public <T> T run(Path file, Work<T> work) throws UnreadableSourceException {
        Future<T> result = worker.submit(work::run);
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdown(); // the runaway thread ends when its work does; no new work goes to it
            worker = newWorker();
            throw new UnreadableSourceException(file, String.format(Locale.ROOT,
                    "gave up after %s, the time limit for one file", describe(limit)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new UnreadableSourceException(file, "interrupted");
        } catch (ExecutionException e) {
            throw unwrap(file, e.getCause());
        }
    }

    private static UnreadableSourceException unwrap(Path file, Throwable cause) {
        if (cause instanceof UnreadableSourceException u) return u;
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof OutOfMemoryError) return new UnreadableSourceException(file, "ran out of memory");
        if (cause instanceof StackOverflowError) return new UnreadableSourceException(file, "nested too deeply (stack overflow)");
        if (cause instanceof Error err) throw err;
        return new UnreadableSourceException(file, "extraction failed: " + cause, cause);
    }

    static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newskg-file");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
