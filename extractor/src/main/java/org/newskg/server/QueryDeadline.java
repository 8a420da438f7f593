package org.newskg.server;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One query's timeout, struck without waiting for Jena. Every query iterator of an execution checks
 * the execution's cancel signal on each step; this class owns that signal and sets it from a timer
 * of its own at the deadline: {@code initial} ms until the first row, then {@code overall} ms from
 * the start (a value of 0 or less: no such limit).
 * <p>
 * Why not Jena's own timeout: in Jena 5.6 the timer that aborts a query waits for a lock the
 * executing thread holds while it builds the iterators, and a hash join (a GROUP BY sub-select
 * joined to the rest, an OPTIONAL over a large part) computes its whole input while it is being
 * built. Such a query ran minutes past its 10 s, and its answer was a 200 or an exception from
 * closing a half-built join. The signal set here needs no lock: the first step after the deadline
 * fails with {@code QueryCancelledException}, which the server answers with 503.
 */
final class QueryDeadline implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newskg-query-deadline");
        t.setDaemon(true);
        return t;
    });

    private final AtomicBoolean signal = new AtomicBoolean();
    private final long startNanos = System.nanoTime();
    private final long overallMillis;
    private ScheduledFuture<?> pending;

    QueryDeadline(long initialMillis, long overallMillis) {
        this.overallMillis = overallMillis;
        long first = initialMillis <= 0 ? overallMillis : overallMillis <= 0 ? initialMillis : Math.min(initialMillis, overallMillis);
        if (first > 0) pending = TIMER.schedule(() -> signal.set(true), first, TimeUnit.MILLISECONDS);
    }

    /** The flag the execution's iterators check (Jena's {@code ARQConstants.symCancelQuery}). */
    AtomicBoolean signal() {
        return signal;
    }

    /** The first row is there: from now on only the overall limit counts. */
    synchronized void firstRow() {
        if (pending != null) pending.cancel(false);
        pending = null;
        if (overallMillis <= 0) return;
        long left = overallMillis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        if (left <= 0) signal.set(true);
        else pending = TIMER.schedule(() -> signal.set(true), left, TimeUnit.MILLISECONDS);
    }

    /** Whether the deadline has passed (the query is being, or has been, cut). */
    boolean struck() {
        return signal.get();
    }

    @Override
    public synchronized void close() {
        if (pending != null) pending.cancel(false);
        pending = null;
    }
}
