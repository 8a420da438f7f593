package org.newskg.bench;

import java.util.List;
import java.util.Optional;

/**
 * Everything one benchmark measured: the machine, every child run, the query latencies (with how
 * many warm-up and measured runs each query had), which input the one-thread ratios were taken on
 * ({@code reference}), which scaled size the load and queries used ({@code largest}), and notes
 * (steps skipped, options missing).
 */
public record BenchResults(MachineFacts machine, List<Run> runs, List<QueryLatency.Latency> queries, int warmups, int queryRuns,
                           String reference, String largest, List<String> notes) {
    public BenchResults {
        runs = List.copyOf(runs);
        queries = List.copyOf(queries);
        notes = List.copyOf(notes);
    }

    /** The run of {@code step} on {@code input}, with {@code threads} threads (any when negative). */
    public Optional<Run> find(Run.Step step, String input, int threads) {
        return runs.stream().filter(r -> r.step() == step && r.input().equals(input) && (threads < 0 || r.threads() == threads))
                .findFirst();
    }
}
