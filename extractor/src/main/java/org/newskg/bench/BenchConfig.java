package org.newskg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What a benchmark run does. {@code corpus}: the real corpus scaled from and, unless {@code quick},
 * the one the one-thread ratios are taken on (the whole of it: on small inputs JIT warm-up flatters
 * the ratios); {@code sizes}: the scaled corpora (articles), the largest loaded and queried;
 * {@code skip}: steps left out ({@link #STEPS}); {@code threads}: "all cores"; {@code db}: a database
 * to time the queries on instead of the one the load step makes (null: that one); {@code commandLine}:
 * recorded in the report.
 */
public record BenchConfig(Path jar, Path home, Path corpus, Path work, List<Integer> sizes, long seed, Set<String> skip,
                          int threads, int warmups, int queryRuns, boolean quick, Path db, String commandLine) {
    /** The steps {@code --skip} can leave out. */
    public static final List<String> STEPS = List.of("ratio", "threads", "scaling", "load", "queries");

    public BenchConfig {
        sizes = sizes.stream().sorted().distinct().toList();
        skip = Set.copyOf(skip);
        if (sizes.isEmpty()) throw new IllegalArgumentException("no corpus size");
        for (String s : skip) {
            if (!STEPS.contains(s)) throw new IllegalArgumentException("unknown step to skip: " + s + " (one of " + STEPS + ")");
        }
    }

    public boolean runs(String step) {
        return !skip.contains(step) && !(db != null && step.equals("load"));
    }

    public int largest() {
        return sizes.get(sizes.size() - 1);
    }
}
