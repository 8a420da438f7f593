package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineIT {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = NewskgCommand.newCommandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @Test
    void unknown_output_format_is_a_usage_error() throws Exception {
        Path in = Files.writeString(tmp.resolve("a.txt"), "新闻。", StandardCharsets.UTF_8);
        assertEquals(2, run("extract", in.toString(), "-o", tmp.resolve("out.xyz").toString()));
        assertTrue(err.toString().contains("out.xyz"), err.toString());
    }

    @Test
    void a_binary_file_is_skipped_by_name_and_the_others_are_extracted() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("good.txt"), "东海市市长林清泉说：“今年的重点是交通。”\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("broken.txt"), new byte[] {0, 0, 1, 2, (byte) 0xfe, 0, 3});
        Path out = tmp.resolve("out.nq");
        assertEquals(1, run("extract", dir.toString(), "-o", out.toString()));
        assertTrue(err.toString().contains("broken.txt"), err.toString());
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        assertTrue(ds.listModelNames().hasNext());
        String dump = Files.readString(out);
        assertTrue(dump.contains("good.txt"));
    }

    @Test
    void a_missing_input_is_reported() {
        int code = run("extract", tmp.resolve("nope").toString(), "-o", tmp.resolve("o.nq").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("nope"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
