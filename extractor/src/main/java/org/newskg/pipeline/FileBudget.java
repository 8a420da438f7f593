package org.newskg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.newskg.source.UnreadableSourceException;

/**
 * The time one file's work may take, so that one runaway file cannot hold up a batch, and what the
 * user is told when a file is given up. {@link ParallelFiles} runs the work on worker threads and
 * keeps the budget from the moment a file's work starts; when it is spent the caller gets an
 * {@link UnreadableSourceException} naming the file and the limit, and goes on with the next file.
 * Memory errors and stack overflows of the work become the same kind of one-line failure, since the
 * memory is freed with the work.
 *
 * <p>Java cannot stop a thread that does not check for interruption, and the analysis does not, so a
 * runaway worker is interrupted and left to end on its own (a daemon thread that no longer writes
 * anywhere: its result is dropped); the next file runs on another worker. The size and line limits
 * of {@code InputLimits} keep such runaways rare: this budget is the last guard.
 */
public final class FileBudget {
    /** Default budget: 30 times the slowest file of the CCTV corpus (under 10 s). */
    public static final Duration DEFAULT = Duration.ofMinutes(5);

    /** Work on one file. */
    public interface Work<T> {
        T run() throws UnreadableSourceException;
    }

    private final Duration limit;

    public FileBudget(Duration limit) {
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("budget must be positive: " + limit);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** Runs {@code work} for {@code file} within the budget, on a worker thread of its own. */
    public <T> T run(Path file, Work<T> work) throws UnreadableSourceException {
        try (ParallelFiles one = new ParallelFiles(1, this)) {
            return one.one(file, work);
        }
    }

    /** Why {@code file} was given up when its budget ran out. */
    UnreadableSourceException gaveUp(Path file) {
        return new UnreadableSourceException(file, String.format(Locale.ROOT,
                "gave up after %s, the time limit for one file", describe(limit)));
    }

    /** What the work of {@code file} threw, as the caller gets it: one line, or the bug itself. */
    static UnreadableSourceException unwrap(Path file, Throwable cause) {
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
}
