package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.bench.TestTranscripts;
import picocli.CommandLine;

/**
 * The bench command end to end on a small scale: a corpus scaled from a few invented day files,
 * extracted by a child {@code newskg extract} of the built jar, and the report written. Only the
 * wiring is checked; no figure is compared with a time.
 */
class BenchCommandIT {
    @TempDir
    Path tmp;

    @Test
    void a_small_bench_scales_extracts_in_a_child_process_and_writes_its_report() throws Exception {
        Path corpus = TestTranscripts.write(tmp.resolve("corpus"), 3);
        Path work = tmp.resolve("work");
        String out = bench("--corpus", corpus.toString(), "--work", work.toString(), "--sizes", "12",
                "--skip", "ratio,threads,load,queries");
        assertTrue(out.contains("| extract | scaled-12 |"), out);
        List<String> tsv = Files.readAllLines(work.resolve("report/runs.tsv"));
        assertEquals(2, tsv.size(), tsv.toString());
        assertTrue(tsv.get(1).startsWith("EXTRACT\tscaled-12\t"), tsv.get(1));
        assertEquals("12", tsv.get(1).split("\t")[3], "the child extracted the 12 articles asked for");
        assertTrue(Files.isRegularFile(work.resolve("report/bench.json")));
    }

    @Test
    void queries_are_timed_on_a_database_given_with_db_and_nothing_is_extracted_or_loaded() throws Exception {
        Path corpus = TestTranscripts.write(tmp.resolve("corpus"), 3);
        Path db = tmp.resolve("db");
        Path work = tmp.resolve("work");
        // loaded by a child process: a database this JVM opened stays locked against the bench's server
        Process load = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar", Home.file("extractor/target/newskg.jar").toString(),
                "load", corpus.toString(), "--db", db.toString()).inheritIO().start();
        assertEquals(0, load.waitFor());
        String out = bench("--corpus", corpus.toString(), "--work", work.toString(), "--sizes", "12",
                "--skip", "ratio,threads,scaling", "--db", db.toString(), "--query-runs", "1");
        assertTrue(out.contains("## Query latency over HTTP (" + db), out);
        assertTrue(out.contains("01-quotes-by-person"), out);
        assertEquals(1, Files.readAllLines(work.resolve("report/runs.tsv")).size(), "no extraction and no load, only the header");
        assertTrue(Files.notExists(work.resolve("corpus-12")), "no corpus scaled for nothing");
    }

    /** Runs {@code newskg bench ARGS} in this JVM, asserts it succeeded, returns its report. */
    private static String bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = NewskgCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] command = new String[args.length + 1];
        command[0] = "bench";
        System.arraycopy(args, 0, command, 1, args.length);
        assertEquals(0, cl.execute(command), err.toString() + out);
        return out.toString();
    }

    @Test
    void a_database_that_is_not_there_is_a_usage_error() {
        CommandLine cl = NewskgCommand.newCommandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("bench", "--db", tmp.resolve("none").toString(), "--work", tmp.toString()));
    }

    @Test
    void an_unknown_step_to_skip_is_a_usage_error() {
        CommandLine cl = NewskgCommand.newCommandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("bench", "--skip", "lunch", "--work", tmp.toString()));
    }
}
