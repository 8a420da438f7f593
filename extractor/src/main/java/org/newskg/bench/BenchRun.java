package org.newskg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.cli.QueryLoad;

/**
 * Runs the benchmark's steps in order and gathers what they measured: scale the corpus to each
 * size; on the reference input, extract with one thread and the bare HanLP pass ({@code ratio}),
 * then extract with all threads ({@code threads}); extract each scaled corpus with all threads
 * ({@code scaling}); load the largest one's N-Quads both ways ({@code load}); serve that database
 * and time each query ({@code queries}). Progress goes to {@code log}, one line per step.
 */
public final class BenchRun {
    private final BenchConfig config;
    private final PrintWriter log;
    private final Extraction extraction;
    private final List<Run> runs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Path out;
    private final long started = System.nanoTime();

    public BenchRun(BenchConfig config, PrintWriter log) {
        this.config = config;
        this.log = log;
        this.extraction = new Extraction(new ChildJvm(config.jar(), config.home()), config.work().resolve("logs"));
        this.out = config.work().resolve("out");
    }

    public BenchResults run(List<QueryLoad.Named> queries) throws IOException, InterruptedException {
        Files.createDirectories(out);
        boolean threadsOption = extraction.extractHasThreads();
        if (!threadsOption) notes.add("this build's extract has no --threads option: it ran on one thread; the all-cores run was left out");
        step("reading " + config.corpus());
        CorpusScaler scaler = new CorpusScaler(TranscriptItems.read(config.corpus()), config.seed());
        List<CorpusScaler.Written> corpora = new ArrayList<>();
        for (int size : config.sizes()) {
            if (!config.quick() && !config.runs("scaling") && !(size == config.largest() && needsLargest())) continue;
            step("scaling the corpus to " + size + " articles");
            corpora.add(scaler.write(size, config.work().resolve("corpus-" + size)));
        }
        String reference = config.quick() ? Targets.scaled(config.sizes().get(0)) : config.corpus().getFileName().toString();
        Path referencePath = config.quick() ? corpora.get(0).dir() : config.corpus();
        if (config.quick() && (config.runs("ratio") || config.runs("threads"))) notes.add("--quick: the one-thread ratios are taken on " + reference + ", not the whole corpus (JIT warm-up flatters them)");
        onReference(reference, referencePath, threadsOption);
        Path nquads = scaling(corpora, threadsOption);
        String largest = config.db() != null ? config.db().toString() : Targets.scaled(config.largest());
        List<QueryLatency.Latency> latencies = List.of();
        if (config.runs("load") && nquads != null) {
            step("loading " + largest + " into TDB2, newskg's way and tdb2.tdbloader's");
            Path db = config.work().resolve("db-" + config.largest());
            new LoadComparison(new ChildJvm(config.jar(), config.home()), config.work().resolve("logs"))
                    .run(largest, nquads, db, config.work().resolve("db-tdbloader")).forEach(this::record);
            if (config.runs("queries")) latencies = timeQueries(queries, db, largest);
        } else if (config.runs("queries") && config.db() != null) {
            latencies = timeQueries(queries, config.db(), config.db().toString());
        } else if (config.runs("queries")) {
            notes.add("queries need the load step: not measured");
        }
        return new BenchResults(MachineFacts.here(config.home(), config.commandLine()), runs, latencies, config.warmups(),
                config.queryRuns(), reference, largest, notes);
    }

    /** Whether the largest scaled corpus is extracted for the load and the queries (not when the queries have a database given). */
    private boolean needsLargest() {
        return config.runs("load") || (config.runs("queries") && config.db() == null);
    }

    /** Each query's latency over HTTP on {@code db} (named {@code name}), its statistics counted first. */
    private List<QueryLatency.Latency> timeQueries(List<QueryLoad.Named> queries, Path db, String name) throws IOException, InterruptedException {
        step("timing " + queries.size() + " queries over HTTP on " + name);
        QueryLatency timing = new QueryLatency(new ChildJvm(config.jar(), config.home()), config.work().resolve("logs/serve.log"));
        List<QueryLatency.Latency> latencies = timing.measure(db, queries, config.warmups(), config.queryRuns());
        ProcessMeter.Measured s = timing.statistics();
        notes.add(String.format(java.util.Locale.ROOT, "statistics graph counted before the queries (what newskg load adds to its bulk load): %.1f s wall, %.1f s CPU, exit %d",
                s.wallSeconds(), s.cpuSeconds(), s.exitCode()));
        return latencies;
    }

    /** One thread against the bare pass, then all threads, on the reference input. */
    private void onReference(String name, Path input, boolean threadsOption) throws IOException, InterruptedException {
        if (!config.runs("ratio") && !config.runs("threads")) return;
        long characters = Extraction.characters(input);
        Path nq = out.resolve(name + ".nq");
        Run one = null;
        if (config.runs("ratio") || threadsOption) {
            step("extracting " + name + " on one thread");
            one = record(extraction.extract(name, input, nq, 1, threadsOption, characters));
        }
        if (config.runs("ratio")) {
            step("the bare HanLP pass over " + name);
            record(extraction.bare(name, input, one.articles(), characters));
        }
        if (config.runs("threads") && threadsOption && config.threads() > 1) {
            step("extracting " + name + " on " + config.threads() + " threads");
            record(extraction.extract(name, input, nq, config.threads(), true, characters));
        }
        Files.deleteIfExists(nq);
    }

    /** Extracts each scaled corpus (only the largest when scaling is skipped); returns the largest one's N-Quads, or null. */
    private Path scaling(List<CorpusScaler.Written> corpora, boolean threadsOption) throws IOException, InterruptedException {
        Path largest = null;
        for (CorpusScaler.Written c : corpora) {
            boolean isLargest = c.articles() == config.largest();
            if (!config.runs("scaling") && !(isLargest && needsLargest())) continue;
            String name = Targets.scaled(c.articles());
            int threads = threadsOption ? config.threads() : 1;
            step("extracting " + name + " on " + threads + (threads == 1 ? " thread" : " threads"));
            Path nq = out.resolve(name + ".nq");
            Run run = record(extraction.extract(name, c.dir(), nq, threads, threadsOption, c.characters()));
            if (isLargest && run.ok()) largest = nq;
            else Files.deleteIfExists(nq);
        }
        return largest;
    }

    private Run record(Run run) {
        runs.add(run);
        ProcessMeter.Measured m = run.measured();
        log.printf(java.util.Locale.ROOT, "bench:   %.1f s wall, %.1f s CPU, %.0f MB peak, exit %d%n",
                m.wallSeconds(), m.cpuSeconds(), m.peakRssMegabytes(), m.exitCode());
        log.flush();
        if (!run.ok()) notes.add(m.label() + " failed with exit " + m.exitCode() + ": see " + m.log());
        return run;
    }

    private void step(String what) {
        log.printf(java.util.Locale.ROOT, "bench: %4.0f s  %s%n", (System.nanoTime() - started) / 1e9, what);
        log.flush();
    }
}
