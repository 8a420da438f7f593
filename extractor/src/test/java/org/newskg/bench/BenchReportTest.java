package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {
    @TempDir
    Path tmp;

    private static final MachineFacts MACHINE = new MachineFacts(2, 8_000_000_000L, "Java 17", "2026-12-05 20:00 UTC", "abc1234", "newskg bench");

    private static Run run(Run.Step step, String input, int threads, long articles, double wall, double cpu, long rssMb) {
        return new Run(step, input, threads, articles, articles * 500, articles * 100,
                new ProcessMeter.Measured(step.name(), wall, cpu, rssMb * 1024 * 1024, 0, Path.of("x.log")));
    }

    private static BenchResults results() {
        List<Run> runs = List.of(
                run(Run.Step.EXTRACT, "corpus", 1, 3000, 30.0, 33.0, 700),
                run(Run.Step.BARE_HANLP, "corpus", 1, 3000, 12.0, 11.0, 400),
                run(Run.Step.EXTRACT, "corpus", 2, 3000, 20.0, 36.0, 800),
                run(Run.Step.EXTRACT, "scaled-1000", 2, 1000, 10.0, 15.0, 500),
                run(Run.Step.EXTRACT, "scaled-10000", 2, 10000, 60.0, 110.0, 600),
                run(Run.Step.LOAD_NEWSKG, "scaled-10000", 0, 0, 45.0, 50.0, 900),
                run(Run.Step.LOAD_TDBLOADER, "scaled-10000", 0, 0, 40.0, 48.0, 850));
        List<QueryLatency.Latency> queries = List.of(new QueryLatency.Latency("01-a", 20, 0, 120, 340, null),
                new QueryLatency.Latency("02-b", 20, 1, 90, 610, "HTTP 503"));
        return new BenchResults(MACHINE, runs, queries, 2, 20, "corpus", "scaled-10000", List.of("a note"));
    }

    private static Targets.Target target(String start) {
        return Targets.of(results()).stream().filter(t -> t.measure().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void each_target_is_the_ratio_of_its_measured_runs() {
        assertEquals(2.5, target("extraction time / bare").value(), 1e-9);
        assertEquals(3.0, target("extraction CPU / bare").value(), 1e-9);
        assertEquals(1.5, target("all cores vs 1 thread").value(), 1e-9);
        assertEquals(45.0 / 40.0, target("load time").value(), 1e-9);
        assertEquals(1.2, target("peak memory at 10000 articles / at 1000").value(), 1e-9);
        assertEquals(610, target("highest p95").value(), 1e-9);
        assertFalse(target("extraction time / bare").met());
        assertTrue(target("load time").met());
        assertFalse(target("all cores").met());
    }

    @Test
    void a_target_whose_runs_are_missing_is_not_measured_rather_than_made_up() {
        BenchResults r = results();
        BenchResults noLoad = new BenchResults(MACHINE, r.runs().stream().filter(x -> x.step() != Run.Step.LOAD_TDBLOADER).toList(),
                List.of(), 2, 20, "corpus", "scaled-10000", List.of());
        Targets.Target load = Targets.of(noLoad).stream().filter(t -> t.measure().startsWith("load time")).findFirst().orElseThrow();
        assertTrue(Double.isNaN(load.value()));
        assertEquals("not measured", load.basis());
        assertTrue(BenchReport.markdown(noLoad).contains("| — | ≤ 1.2 | — | not measured |"), BenchReport.markdown(noLoad));
    }

    @Test
    void the_markdown_tables_hold_the_machine_the_targets_the_runs_and_the_latencies() {
        String md = BenchReport.markdown(results());
        assertTrue(md.contains("| cores | 2 |"));
        assertTrue(md.contains("| commit | abc1234 |"));
        assertTrue(md.contains("| 2.50 | ≤ 2.0 | no | 30.0 (extract, 1 thread) / 12.0 (bare HanLP pass, 1 thread) |"), md);
        assertTrue(md.contains("| extract | scaled-10000 | 2 | 10,000 | 5,000,000 | 1,000,000 | 60.0 | 110.0 | 600 | 166.7 | 83,333 | 16,667 | 0 |"), md);
        assertTrue(md.contains("| 02-b (HTTP 503) | 20 | 1 | 90 | 610 |"), md);
        assertTrue(md.contains("- a note"));
    }

    @Test
    void the_json_and_tsv_carry_the_same_figures() throws IOException {
        BenchReport.write(results(), tmp);
        JsonObject json = JSON.read(tmp.resolve("bench.json").toString());
        assertEquals(2, json.get("machine").getAsObject().get("cores").getAsNumber().value().intValue());
        assertEquals(7, json.get("runs").getAsArray().size());
        assertEquals(610.0, json.get("queries").getAsArray().get(1).getAsObject().get("p95_ms").getAsNumber().value().doubleValue(), 1e-9);
        List<String> tsv = Files.readAllLines(tmp.resolve("runs.tsv"));
        assertEquals(8, tsv.size());
        assertTrue(tsv.get(5).startsWith("EXTRACT\tscaled-10000\t2\t10000\t"), tsv.get(5));
        assertTrue(Files.readString(tmp.resolve("bench.md")).startsWith("# newskg benchmark"));
    }
}
