package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newskg.source.UnreadableSourceException;

/**
 * Work on many files at once, its results taken in input order: at most {@code threads} files are
 * worked on together, at most twice as many are started ahead of the one the caller waits for (so
 * memory stays bounded however long the list), and each file gets the {@link FileBudget} from the
 * moment its work starts; files start in input order. The caller sees the same sequence of
 * results whatever the thread count.
 * The first file of a list runs alone, warming up what the stages load lazily.
 *
 * <p>A file over its budget is given up ({@link FileBudget#gaveUp}): its thread, deaf to
 * interruption, is left to end on its own and its result dropped, while the file's place among the
 * running ones goes to the next file at once. A memory error or a stack overflow ends only its file.
 */
final class ParallelFiles implements AutoCloseable {
    /** Work on one input. */
    interface Work<I, T> {
        T run(I input) throws UnreadableSourceException;
    }

    private final int threads;
    private final FileBudget budget;
    private final Semaphore running;
    /** When the last file handed to {@link #start} began its work (the caller's thread only). */
    private CompletableFuture<Long> lastStarted = CompletableFuture.completedFuture(0L);
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "newskg-file");
        t.setDaemon(true); // a runaway never keeps the JVM alive
        return t;
    });

    ParallelFiles(int threads, FileBudget budget) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.threads = threads;
        this.budget = budget;
        this.running = new Semaphore(threads, true);
    }

    /**
     * Runs {@code work} on each of {@code inputs} and gives {@code results} each outcome in input
     * order: the work's value, or {@code failed} applied to why the file was given up. An unchecked
     * exception of the work, or of {@code results}, ends the run and reaches the caller.
     */
    <I, T> void run(List<I> inputs, Function<I, Path> pathOf, Work<I, T> work,
                    Function<UnreadableSourceException, T> failed, Consumer<T> results) {
        Deque<Slot<T>> ahead = new ArrayDeque<>();
        Iterator<I> next = inputs.iterator();
        // the first file runs alone: the classes, dictionaries and lexicons the stages load on first
        // use (HanLP's among them) are then loaded by one thread, never by two initializing at once
        int window = 1;
        while (next.hasNext() || !ahead.isEmpty()) {
            while (next.hasNext() && ahead.size() < window) {
                I input = next.next();
                ahead.add(start(pathOf.apply(input), () -> work.run(input)));
            }
            Slot<T> head = ahead.poll();
            T result;
            try {
                result = head.await();
            } catch (UnreadableSourceException e) {
                result = failed.apply(e);
            }
            results.accept(result);
            window = 2 * threads;
        }
    }

    /** Runs one piece of work within the budget on the calling side: its value or why it was given up. */
    <T> T one(Path file, FileBudget.Work<T> work) throws UnreadableSourceException {
        return start(file, work).await();
    }

    private <T> Slot<T> start(Path file, FileBudget.Work<T> work) {
        Slot<T> slot = new Slot<>(file);
        CompletableFuture<Long> turn = lastStarted;
        lastStarted = slot.started;
        slot.result = pool.submit(() -> {
            // files take their places in input order: were a later file to start first and run away,
            // the caller, waiting for the earlier one, would reach the runaway's budget only after
            // the runaway ended, and take its result
            turn.get();
            running.acquire();
            slot.started.complete(System.nanoTime());
            try {
                return work.run();
            } finally {
                slot.leave();
            }
        });
        return slot;
    }

    /** One file's work: when it started, its result, and its place among the running files. */
    private final class Slot<T> {
        final Path file;
        final CompletableFuture<Long> started = new CompletableFuture<>();
        final AtomicBoolean left = new AtomicBoolean();
        Future<T> result;

        Slot(Path file) {
            this.file = file;
        }

        /** Gives up the file's place among the running ones, once, whether it ended or was given up. */
        void leave() {
            if (left.compareAndSet(false, true)) running.release();
        }

        T await() throws UnreadableSourceException {
            try {
                long deadline = started.get() + budget.limit().toNanos();
                return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                result.cancel(true);
                leave();
                throw budget.gaveUp(file);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.cancel(true);
                throw new UnreadableSourceException(file, "interrupted");
            } catch (ExecutionException e) {
                throw FileBudget.unwrap(file, e.getCause());
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
