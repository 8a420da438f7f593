package org.newskg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;

/**
 * Writes a benchmark's results: {@code bench.md} (the machine, the targets, every run, the query
 * latencies, as Markdown tables), {@code bench.json} (the same for programs) and {@code runs.tsv}
 * (one line per run). Every figure printed is one measured (or a ratio of two), never a constant.
 */
public final class BenchReport {
    private BenchReport() {
    }

    /** Writes the three files into {@code dir}; returns the Markdown. */
    public static String write(BenchResults r, Path dir) throws IOException {
        Files.createDirectories(dir);
        String md = markdown(r);
        Files.writeString(dir.resolve("bench.md"), md, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bench.json"), JSON.toString(BenchJson.of(r)) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("runs.tsv"), tsv(r), StandardCharsets.UTF_8);
        return md;
    }

    public static String markdown(BenchResults r) {
        StringBuilder out = new StringBuilder("# newskg benchmark\n\n| machine | |\n|---|---|\n");
        MachineFacts m = r.machine();
        row(out, "cores", Integer.toString(m.cores()));
        row(out, "memory", m.memoryBytes() < 0 ? "unknown" : number(m.memoryBytes() / 1e9, 1) + " GB");
        row(out, "Java", m.java());
        row(out, "date", m.date());
        row(out, "commit", m.commit());
        row(out, "command", "`" + m.command() + "`");
        out.append("\n## Targets\n\n| measure | value | target | met | from |\n|---|---|---|---|---|\n");
        for (Targets.Target t : Targets.of(r)) {
            row(out, t.measure(), number(t.value(), t.bound() >= 100 ? 0 : 2), t.boundText(), Double.isNaN(t.value()) ? "—" : t.met() ? "yes" : "no", t.basis());
        }
        out.append("\n## Runs\n\nWhole child processes: wall seconds from start to exit; CPU seconds, user + system, of the reaped"
                + " child; peak RSS, the child's VmHWM (/proc/PID/status) read every 50 ms.\n\n"
                + "| step | input | threads | articles | characters | quads | wall s | CPU s | peak RSS MB | articles/s | characters/s | quads/s | exit |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Run run : r.runs()) {
            ProcessMeter.Measured x = run.measured();
            row(out, run.step().title, run.input(), run.threads() == 0 ? "—" : Integer.toString(run.threads()), count(run.articles()),
                    count(run.characters()), count(run.quads()), number(x.wallSeconds(), 1), number(x.cpuSeconds(), 1),
                    number(x.peakRssMegabytes(), 0), number(run.articlesPerSecond(), 1), number(run.charactersPerSecond(), 0),
                    number(run.quadsPerSecond(), 0), Integer.toString(x.exitCode()));
        }
        queries(out, r);
        if (!r.notes().isEmpty()) out.append("\n## Notes\n\n");
        r.notes().forEach(n -> out.append("- ").append(n).append('\n'));
        return out.toString();
    }

    private static void queries(StringBuilder out, BenchResults r) {
        if (r.queries().isEmpty()) return;
        out.append("\n## Query latency over HTTP (").append(r.largest()).append(", ").append(r.warmups()).append(" warm-up and ")
                .append(r.queryRuns()).append(" measured runs each, one at a time)\n\n| query | runs | errors | p50 ms | p95 ms |\n|---|---|---|---|---|\n");
        for (QueryLatency.Latency q : r.queries()) {
            row(out, q.query() + (q.problem() == null ? "" : " (" + q.problem() + ")"), Integer.toString(q.runs()),
                    Integer.toString(q.errors()), number(q.p50Millis(), 0), number(q.p95Millis(), 0));
        }
    }

    static String tsv(BenchResults r) {
        StringBuilder out = new StringBuilder("step\tinput\tthreads\tarticles\tcharacters\tquads\twall_s\tcpu_s\tpeak_rss_mb\texit\n");
        for (Run run : r.runs()) {
            ProcessMeter.Measured x = run.measured();
            out.append(String.join("\t", run.step().name(), run.input(), Integer.toString(run.threads()), Long.toString(run.articles()),
                    Long.toString(run.characters()), Long.toString(run.quads()), number(x.wallSeconds(), 3), number(x.cpuSeconds(), 2),
                    number(x.peakRssMegabytes(), 1), Integer.toString(x.exitCode()))).append('\n');
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** A figure with {@code decimals} decimals and thousands separators; "—" for NaN. */
    static String number(double v, int decimals) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    private static String count(long n) {
        return n == 0 ? "—" : String.format(Locale.ROOT, "%,d", n);
    }

    /** The results as JSON; NaN (not measured) becomes null. */
    static final class BenchJson {
        private BenchJson() {
        }

        static org.apache.jena.atlas.json.JsonValue of(BenchResults r) {
            JsonBuilder b = new JsonBuilder().startObject();
            MachineFacts m = r.machine();
            b.key("machine").startObject().pair("cores", m.cores()).pair("memory_bytes", m.memoryBytes()).pair("java", m.java())
                    .pair("date", m.date()).pair("commit", m.commit()).pair("command", m.command()).finishObject();
            b.key("targets").startArray();
            for (Targets.Target t : Targets.of(r)) {
                b.startObject().pair("measure", t.measure());
                decimal(b, "value", t.value()).pair("bound", t.bound()).pair("at_most", t.atMost()).pair("met", t.met())
                        .pair("basis", t.basis()).finishObject();
            }
            b.finishArray().key("runs").startArray();
            for (Run run : r.runs()) {
                ProcessMeter.Measured x = run.measured();
                b.startObject().pair("step", run.step().name()).pair("input", run.input()).pair("threads", run.threads())
                        .pair("articles", run.articles()).pair("characters", run.characters()).pair("quads", run.quads());
                decimal(decimal(b, "wall_s", x.wallSeconds()), "cpu_s", x.cpuSeconds()).pair("peak_rss_bytes", x.peakRssBytes())
                        .pair("exit", x.exitCode()).finishObject();
            }
            b.finishArray().key("queries").startArray();
            for (QueryLatency.Latency q : r.queries()) {
                b.startObject().pair("query", q.query()).pair("runs", q.runs()).pair("errors", q.errors());
                decimal(decimal(b, "p50_ms", q.p50Millis()), "p95_ms", q.p95Millis()).finishObject();
            }
            b.finishArray().key("notes").startArray();
            r.notes().forEach(b::value);
            return b.finishArray().finishObject().build();
        }

        private static JsonBuilder decimal(JsonBuilder b, String key, double v) {
            return Double.isNaN(v) ? b.key(key).valueNull() : b.pair(key, v);
        }
    }
}
