package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = "Load-test a SPARQL endpoint on this machine (loopback only): every query in queries/ on"
                + " CLIENTS-1 clients, and on one more client the pathological queries (a triple cross product,"
                + " a heavy COUNT) that the server must cut. Reports throughput, p50/p99 and errors; every HTTP 200"
                + " answer is parsed to its end. Exit 1 when a light query fails or any 200 answer is broken.")
final class LoadTestCommand implements Callable<Integer> {
    /** Queries that no endpoint can answer in time over a real database: the server must cut them. */
    static final List<QueryLoad.Named> PATHOLOGICAL = List.of(
            new QueryLoad.Named("heavy-count", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", true),
            new QueryLoad.Named("cross-product", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", true));

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The SPARQL query endpoint, e.g. http://127.0.0.1:3030/newskg/sparql (loopback only).")
    URI url;

    @Option(names = "--clients", defaultValue = "20", description = "Concurrent clients, 2 to 64 (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "Duration, 1 to 600 s (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of *.rq queries (default: queries/).")
    Path queries;

    @Option(names = "--light-only", description = "Leave out the pathological queries (to measure the light ones alone).")
    boolean lightOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (clients < 2 || clients > 64) throw new CommandLine.ParameterException(cl, "--clients must be 2 to 64");
        if (seconds < 1 || seconds > 600) throw new CommandLine.ParameterException(cl, "--seconds must be 1 to 600");
        if (!isLoopback(url)) {
            throw new CommandLine.ParameterException(cl, url + ": not a loopback address; the load test only runs against this machine");
        }
        List<QueryLoad.Named> light = readQueries(queries == null ? Home.file("queries") : queries);
        if (light.isEmpty()) throw new CommandLine.ParameterException(cl, "no *.rq queries found");
        long start = System.nanoTime();
        List<QueryLoad.Outcome> outcomes = new QueryLoad(url).run(light, lightOnly ? List.of() : PATHOLOGICAL, clients, Duration.ofSeconds(seconds));
        return report(outcomes, start, cl.getOut());
    }

    /** Whether every address the URL's host names is a loopback address. */
    static boolean isLoopback(URI url) {
        if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) return false;
        try {
            InetAddress[] all = InetAddress.getAllByName(url.getHost());
            return all.length > 0 && Arrays.stream(all).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static List<QueryLoad.Named> readQueries(Path dir) throws IOException {
        List<QueryLoad.Named> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                out.add(new QueryLoad.Named(p.getFileName().toString().replace(".rq", ""), Files.readString(p), false));
            }
        }
        return out;
    }

    /** Prints one line per query and the totals; returns the exit code. */
    static int report(List<QueryLoad.Outcome> outcomes, long start, PrintWriter out) {
        Map<String, List<QueryLoad.Outcome>> byQuery = new LinkedHashMap<>();
        outcomes.stream().sorted((a, b) -> a.query().name().compareTo(b.query().name()))
                .forEach(o -> byQuery.computeIfAbsent(o.query().name(), k -> new ArrayList<>()).add(o));
        out.printf(Locale.ROOT, "%-40s %7s %7s %9s %9s  %s%n", "query", "answers", "errors", "p50 ms", "p99 ms", "statuses");
        byQuery.forEach((name, list) -> out.printf(Locale.ROOT, "%-40s %7d %7d %9.0f %9.0f  %s%n", name, list.size(),
                list.stream().filter(o -> !o.ok()).count(), percentile(list, 50), percentile(list, 99), statuses(list)));
        List<QueryLoad.Outcome> light = outcomes.stream().filter(o -> !o.query().heavy()).toList();
        // light clients stop asking at the deadline: their rate is over the time to their last answer
        double seconds = (light.stream().mapToLong(QueryLoad.Outcome::end).max().orElse(start) - start) / 1e9;
        long lightErrors = light.stream().filter(o -> !o.ok()).count();
        long broken = outcomes.stream().filter(QueryLoad.Outcome::broken200).count();
        long heavyCut = outcomes.stream().filter(o -> o.query().heavy() && !o.ok() && o.status() >= 400).count();
        out.printf(Locale.ROOT, "light queries: %d answers in %.1f s = %.1f/s, p50 %.0f ms, p99 %.0f ms, %d errors%n",
                light.size(), seconds, seconds > 0 ? light.size() / seconds : 0, percentile(light, 50), percentile(light, 99), lightErrors);
        out.printf(Locale.ROOT, "heavy queries: %d cut with an error status; HTTP 200 with broken content: %d%n", heavyCut, broken);
        outcomes.stream().filter(o -> !o.ok()).map(o -> o.query().name() + ": " + o.problem()).distinct().limit(10)
                .forEach(p -> out.println("  " + p));
        out.flush();
        return lightErrors == 0 && broken == 0 ? 0 : 1;
    }

    private static String statuses(List<QueryLoad.Outcome> list) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        list.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        return counts.toString();
    }

    /** Whole milliseconds, 0 for none: the figures the report prints. */
    static double percentile(List<QueryLoad.Outcome> list, int p) {
        return list.isEmpty() ? 0 : Math.floor(QueryLoad.percentileMillis(list, p));
    }
}
