package org.newskg.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The targets, each computed from the measured runs: a ratio of two runs' whole-process
 * figures, or the highest p95 latency. A target whose runs were not measured (skipped, failed) has
 * the value NaN and says why.
 */
public final class Targets {
    /** One target: what is measured, its value, the bound ({@code atMost} or not), and what it was computed from. */
    public record Target(String measure, double value, double bound, boolean atMost, String basis) {
        public boolean met() {
            return !Double.isNaN(value) && (atMost ? value <= bound : value >= bound);
        }

        public String boundText() {
            return (atMost ? "≤ " : "≥ ") + BenchReport.number(bound, bound >= 100 ? 0 : 1);
        }
    }

    /** The size name of a scaled corpus of {@code articles} articles. */
    public static String scaled(int articles) {
        return "scaled-" + articles;
    }

    private Targets() {
    }

    public static List<Target> of(BenchResults r) {
        String ref = r.reference();
        Optional<Run> bare = r.find(Run.Step.BARE_HANLP, ref, -1);
        Optional<Run> one = r.find(Run.Step.EXTRACT, ref, 1);
        Optional<Run> all = r.runs().stream().filter(x -> x.step() == Run.Step.EXTRACT && x.input().equals(ref) && x.threads() > 1).findFirst();
        List<Target> out = new ArrayList<>();
        out.add(ratio("extraction time / bare HanLP time, one thread each, wall (" + ref + ")", one, bare, Run::wallSeconds, 2.0, true));
        out.add(ratio("extraction CPU / bare HanLP CPU, one thread each (" + ref + ")", one, bare, x -> x.measured().cpuSeconds(), 2.0, true));
        out.add(ratio("all cores vs 1 thread extraction speed-up, wall (" + ref + ")", one, all, Run::wallSeconds, 1.7, false));
        out.add(ratio("load time / tdb2.tdbloader time, same N-Quads (" + r.largest() + ")", r.find(Run.Step.LOAD_NEWSKG, r.largest(), -1),
                r.find(Run.Step.LOAD_TDBLOADER, r.largest(), -1), Run::wallSeconds, 1.2, true));
        out.add(memory(r));
        out.add(p95(r));
        return out;
    }

    private static Target ratio(String measure, Optional<Run> a, Optional<Run> b, ToDoubleFunction<Run> f, double bound, boolean atMost) {
        if (a.isEmpty() || b.isEmpty() || !a.get().ok() || !b.get().ok()) return new Target(measure, Double.NaN, bound, atMost, "not measured");
        return new Target(measure, f.applyAsDouble(a.get()) / f.applyAsDouble(b.get()), bound, atMost,
                describe(a.get(), f) + " / " + describe(b.get(), f));
    }

    private static String describe(Run run, ToDoubleFunction<Run> f) {
        return BenchReport.number(f.applyAsDouble(run), 1) + " (" + run.step().title + (run.threads() == 1 ? ", 1 thread" : run.threads() > 1 ? ", " + run.threads() + " threads" : "") + ")";
    }

    /** Peak memory of the largest scaled extraction against the one a tenth its size. */
    private static Target memory(BenchResults r) {
        List<Integer> sizes = r.runs().stream().filter(x -> x.step() == Run.Step.EXTRACT && x.input().startsWith("scaled-") && x.ok())
                .map(x -> Integer.parseInt(x.input().substring("scaled-".length()))).sorted().toList();
        String measure = "peak memory at the largest scaled corpus / at a tenth of it";
        if (sizes.isEmpty() || !sizes.contains(sizes.get(sizes.size() - 1) / 10)) return new Target(measure, Double.NaN, 1.5, true, "not measured");
        int big = sizes.get(sizes.size() - 1);
        measure = "peak memory at " + big + " articles / at " + big / 10;
        return ratio(measure, r.find(Run.Step.EXTRACT, scaled(big), -1), r.find(Run.Step.EXTRACT, scaled(big / 10), -1),
                x -> x.measured().peakRssMegabytes(), 1.5, true);
    }

    private static Target p95(BenchResults r) {
        String measure = "highest p95 latency of the queries/ queries, ms (" + r.largest() + ")";
        Optional<QueryLatency.Latency> worst = r.queries().stream().max(Comparator.comparingDouble(QueryLatency.Latency::p95Millis));
        return worst.map(w -> new Target(measure, w.p95Millis(), 500, true, w.query() + ", " + w.runs() + " runs"))
                .orElse(new Target(measure, Double.NaN, 500, true, "not measured"));
    }
}
