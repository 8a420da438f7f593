package org.newskg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the same N-Quads file into two empty TDB2 databases, each in a child JVM: once as newskg
 * loads (its {@code TdbStore.bulkLoad}, Jena's phased loader) and once with Jena's own
 * {@code tdb2.tdbloader --loader=phased} from the same jar; then builds the search index of
 * newskg's database, which the query latencies are measured on. Jena's database is deleted after
 * its load (it would only double the disk used).
 */
public final class LoadComparison {
    private static final Pattern QUADS = Pattern.compile("bulkload: (\\d+) quads");

    private final ChildJvm jvm;
    private final Path logs;

    public LoadComparison(ChildJvm jvm, Path logs) {
        this.jvm = jvm;
        this.logs = logs;
    }

    /** The three runs (newskg's load, tdbloader's, the index); newskg's database is left in {@code db}. */
    public List<Run> run(String name, Path nquads, Path db, Path scratch) throws IOException, InterruptedException {
        delete(db);
        delete(scratch);
        ProcessMeter.Measured ours = ProcessMeter.run("load newskg", jvm.command(BenchTool.class.getName(), "bulkload",
                db.toString(), nquads.toString()), logs.resolve("load-newskg.log"));
        Matcher q = QUADS.matcher(Files.readString(ours.log()));
        long quads = q.find() ? Long.parseLong(q.group(1)) : 0;
        ProcessMeter.Measured jena = ProcessMeter.run("load tdbloader", jvm.command("tdb2.tdbloader", "--loader=phased",
                "--loc", scratch.toString(), nquads.toString()), logs.resolve("load-tdbloader.log"));
        delete(scratch);
        ProcessMeter.Measured index = ProcessMeter.run("search index", jvm.command(BenchTool.class.getName(), "index",
                jvm.home().resolve("fuseki-config/config.ttl").toString(), db.toString()), logs.resolve("index.log"));
        return List.of(new Run(Run.Step.LOAD_NEWSKG, name, 0, 0, 0, quads, ours),
                new Run(Run.Step.LOAD_TDBLOADER, name, 0, 0, 0, quads, jena),
                new Run(Run.Step.SEARCH_INDEX, name, 0, 0, 0, quads, index));
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
