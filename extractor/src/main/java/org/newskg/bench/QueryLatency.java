package org.newskg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newskg.cli.QueryLoad;

/**
 * Latency over HTTP of each query: starts {@code newskg serve --db DB} in a child JVM on a free
 * loopback port, waits until it answers, asks each query {@code warmups} times unmeasured, then
 * {@code runs} times in turn, one at a time, each answer read to its end (as the load test reads
 * it, {@link QueryLoad}), and stops the server. p50 and p95 are nearest-rank percentiles of the
 * measured runs. A slow query is not asked {@code runs} times: its warm-ups stop once they have
 * taken 5 s, its measured runs once they have taken 10 s (after 2 at least), so a query the server
 * cuts at its 10 s timeout costs the benchmark at most about 30 s (17 such queries under 9
 * minutes, which keeps the whole benchmark within its 30); the table gives the runs each query had.
 * The queries read the statistics graph {@code newskg load} counts after a bulk load, which the
 * benchmark's bulk load (newskg's load step alone, timed against tdbloader) leaves out: it is
 * counted first, in a child JVM of its own ({@code BenchTool statistics DB}), and measured
 * ({@link #statistics()}).
 */
public final class QueryLatency {
    /** One query's figures; {@code problem} is the first error seen, or null. */
    public record Latency(String query, int runs, int errors, double p50Millis, double p95Millis, String problem) {
    }

    private static final long START_SECONDS = 300;
    /** A query whose measured runs took this long in all stops after {@link #MIN_RUNS} runs: it is far past any target. */
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** A query whose warm-ups took this long is warm enough (one warm-up at least). */
    private static final long WARMUP_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int MIN_RUNS = 2;

    private final ChildJvm jvm;
    private final Path log;
    private ProcessMeter.Measured statistics;

    public QueryLatency(ChildJvm jvm, Path log) {
        this.jvm = jvm;
        this.log = log;
    }

    /** The statistics count that preceded the queries (null before {@link #measure}). */
    public ProcessMeter.Measured statistics() {
        return statistics;
    }

    public List<Latency> measure(Path db, List<QueryLoad.Named> queries, int warmups, int runs) throws IOException, InterruptedException {
        statistics = ProcessMeter.run("statistics", jvm.command(BenchTool.class.getName(), "statistics", db.toString()),
                log.resolveSibling("statistics.log"));
        int port = freePort();
        Process server = new ProcessBuilder(jvm.newskg("serve", "--db", db.toString(), "--port", Integer.toString(port)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            QueryLoad client = new QueryLoad(URI.create("http://127.0.0.1:" + port + "/newskg/sparql"));
            awaitServer(server, client);
            long[] warm = new long[queries.size()];
            for (int w = 0; w < warmups; w++) {
                for (int i = 0; i < queries.size(); i++) {
                    if (w == 0 || warm[i] < WARMUP_NANOS) warm[i] += client.ask(queries.get(i)).nanos();
                }
            }
            List<List<QueryLoad.Outcome>> outcomes = new ArrayList<>();
            queries.forEach(q -> outcomes.add(new ArrayList<>()));
            for (int r = 0; r < runs; r++) {
                for (int i = 0; i < queries.size(); i++) {
                    if (r < MIN_RUNS || spent(outcomes.get(i)) < BUDGET_NANOS) outcomes.get(i).add(client.ask(queries.get(i)));
                }
            }
            List<Latency> out = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) out.add(latency(queries.get(i).name(), outcomes.get(i)));
            return out;
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly().waitFor();
        }
    }

    private static long spent(List<QueryLoad.Outcome> outcomes) {
        return outcomes.stream().mapToLong(QueryLoad.Outcome::nanos).sum();
    }

    static Latency latency(String query, List<QueryLoad.Outcome> outcomes) {
        List<QueryLoad.Outcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        return new Latency(query, outcomes.size(), failed.size(), QueryLoad.percentileMillis(outcomes, 50), QueryLoad.percentileMillis(outcomes, 95),
                failed.isEmpty() ? null : failed.get(0).problem());
    }

    private void awaitServer(Process server, QueryLoad client) throws InterruptedException {
        QueryLoad.Named ask = new QueryLoad.Named("ready", "ASK {}", false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new IllegalStateException("newskg serve ended with exit " + server.exitValue() + ": see " + log);
            if (client.ask(ask).ok()) return;
            Thread.sleep(500);
        }
        throw new IllegalStateException("newskg serve did not answer within " + START_SECONDS + " s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
