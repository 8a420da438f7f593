package org.newskg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * TDB2 never reuses the space of removed or replaced quads, nor of a write transaction a crash cut
 * short: a database that is re-loaded grows. Compaction (TDB2's own) writes the live data into a
 * new generation and deletes the old one.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact a TDB2 database after re-loads: TDB2's compaction into a new generation, the old one deleted."
                + " Stop `serve` first (one process uses a database folder at a time).")
final class CompactCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Inputs.requireDatabase(db, spec);
        long before = size(db);
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(db.toAbsolutePath().normalize().toString());
        DatabaseMgr.compact(dataset, true);
        long after = size(db);
        spec.commandLine().getErr().printf("newskg: compacted %s from %,d to %,d bytes%n", db, before, after);
        spec.commandLine().getErr().flush();
        return 0;
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
