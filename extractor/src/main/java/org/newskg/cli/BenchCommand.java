package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newskg.bench.BenchConfig;
import org.newskg.bench.BenchReport;
import org.newskg.bench.BenchResults;
import org.newskg.bench.BenchRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark newskg outside the test suite: scale the CCTV corpus to --sizes articles, compare extraction"
                + " with a bare HanLP pass (one thread each, whole corpus), one thread with all cores, extraction time and"
                + " memory at each size, newskg's TDB2 load with tdb2.tdbloader, and the p50/p95 latency of every query over"
                + " HTTP at the largest size. Every figure is of a whole child JVM. Writes bench.md, bench.json and runs.tsv"
                + " into WORK/report and prints the Markdown.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Scaled corpus sizes in articles (default: 1000,10000,100000; --quick: 1000).")
    List<Integer> sizes;

    @Option(names = "--work", paramLabel = "DIR", description = "Work folder for corpora, dumps, databases, logs and the report (default: a new folder in the temporary folder).")
    Path work;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The real corpus to scale and measure on (default: ../shared/corpus beside the project).")
    Path corpus;

    @Option(names = "--skip", split = ",", paramLabel = "STEP", description = "Steps to leave out: ratio, threads, scaling, load, queries.")
    Set<String> skip = Set.of();

    @Option(names = "--quick", description = "A small run: 1,000 articles, the one-thread ratios on that scaled corpus instead of the whole corpus, 3 runs a query.")
    boolean quick;

    @Option(names = "--seed", defaultValue = "20261205", description = "Seed of the scaled corpora (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the all-cores runs (default: the available processors).")
    Integer threads;

    @Option(names = "--query-runs", paramLabel = "N", description = "Measured runs of each query (default: 20; --quick: 3).")
    Integer queryRuns;

    @Option(names = "--db", paramLabel = "DIR", description = "Time the queries on this database (a copy you can spare: its statistics graph is counted again first) instead of loading the largest scaled corpus; the load step is left out.")
    Path db;

    @Option(names = "--jar", paramLabel = "FILE", description = "The newskg jar the child processes run (default: this one).")
    Path jar;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        Path jarFile = jar != null ? jar : runningJar();
        if (!Files.isRegularFile(jarFile)) throw new CommandLine.ParameterException(cl, jarFile + ": no newskg jar (build it, or name it with --jar)");
        BenchConfig config;
        try {
            config = new BenchConfig(jarFile, Home.file(".").toAbsolutePath().normalize(),
                    corpus != null ? corpus : Home.file("../shared/corpus").toAbsolutePath().normalize(),
                    work != null ? work : Files.createTempDirectory("newskg-bench"),
                    sizes != null ? sizes : quick ? List.of(1000) : List.of(1000, 10000, 100000), seed, skip,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors(), quick ? 1 : 2,
                    queryRuns != null ? queryRuns : quick ? 3 : 20, quick, db, "newskg " + String.join(" ", cl.getParseResult().originalArgs()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        if (!Files.isDirectory(config.corpus())) throw new CommandLine.ParameterException(cl, config.corpus() + ": no such corpus folder");
        if (db != null && !Files.isDirectory(db)) throw new CommandLine.ParameterException(cl, db + ": no such database folder");
        long start = System.nanoTime();
        BenchResults results = new BenchRun(config, cl.getErr()).run(LoadTestCommand.readQueries(Home.file("queries")));
        String md = BenchReport.write(results, config.work().resolve("report"));
        cl.getOut().print(md);
        cl.getOut().flush();
        cl.getErr().printf("newskg: bench took %.0f s; report in %s%n", (System.nanoTime() - start) / 1e9, config.work().resolve("report"));
        return results.runs().stream().allMatch(org.newskg.bench.Run::ok) && results.notes().stream().noneMatch(n -> n.contains("failed")) ? 0 : 1;
    }

    /** The jar this command runs from; from compiled classes (tests), the project's built jar. */
    private static Path runningJar() throws IOException {
        try {
            Path here = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(here) ? here : Home.file("extractor/target/newskg.jar");
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
