package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.it.Seeds;
import org.newskg.server.AdminPassword;
import org.newskg.server.FusekiLauncher;
import org.newskg.server.LiveLoad;
import org.newskg.server.LiveLoader;
import org.newskg.server.ServerSettings;
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
        assertEquals(1, code, "a failure while running, not a usage error");
        assertTrue(err.toString().contains("nope"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void pushed_files_are_loaded_by_the_running_server() throws Exception {
        Path db = tmp.resolve("tdb2");
        LiveLoad live = new LiveLoad(new AdminPassword("pushed"), new LiveLoader(db, Seeds::pipeline));
        FusekiServer server = FusekiLauncher.build(Seeds.home().resolve("fuseki-config/config.ttl"), db,
                ServerSettings.onLoopback(0).withLiveLoad(live));
        server.start();
        try {
            Path dir = Files.createDirectories(tmp.resolve("news"));
            // written for this test
            Files.writeString(dir.resolve("b.txt"), "本报讯 某市水务局局长陈立新4日表示，“今年汛期准备已经就绪。”\n", StandardCharsets.UTF_8);
            Path pw = Files.writeString(tmp.resolve("pw"), "pushed\n");
            int code = run("push", "--server", "http://127.0.0.1:" + server.getPort(), "--password-file", pw.toString(), dir.toString());
            assertEquals(0, code, err.toString());
            assertTrue(err.toString().contains("b.txt: HTTP 200"), err.toString());
            assertTrue(new org.newskg.sink.TdbStore(db).loadedFiles().contains("b.txt"));
        } finally {
            server.stop();
        }
    }

    @Test
    void without_a_password_push_is_a_usage_error() throws Exception {
        assumeTrue(System.getenv(AdminPassword.ENV) == null, "the environment sets an admin password");
        Path in = Files.writeString(tmp.resolve("a.txt"), "新闻。", StandardCharsets.UTF_8);
        assertEquals(2, run("push", in.toString()));
        assertTrue(err.toString().contains("no admin password"), err.toString());
    }

    @Test
    void a_server_that_does_not_answer_fails_the_run_with_one_line() throws Exception {
        Path in = Files.writeString(tmp.resolve("a.txt"), "新闻。", StandardCharsets.UTF_8);
        Path pw = Files.writeString(tmp.resolve("pw"), "secret\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        assertEquals(1, run("push", "--server", "http://127.0.0.1:" + port, "--password-file", pw.toString(), in.toString()));
        assertTrue(err.toString().startsWith("newskg: "), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void compacting_a_reloaded_database_keeps_its_quads() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("news"));
        Files.writeString(in.resolve("a.txt"), "东海市市长林清泉说：“今年的重点是交通。”\n", StandardCharsets.UTF_8);
        Path db = tmp.resolve("db");
        assertEquals(0, run("load", in.toString(), "--db", db.toString()));
        assertEquals(0, run("load", in.toString(), "--db", db.toString()));
        long quads = quadsIn(db);
        assertEquals(0, run("compact", "--db", db.toString()));
        assertEquals(quads, quadsIn(db), "the same quads after compaction");
        assertTrue(err.toString().contains("newskg: compacted"), err.toString());
        assertEquals(2, run("compact", "--db", tmp.resolve("none").toString()), "a missing database is a usage error");
    }

    private static long quadsIn(Path db) {
        var dsg = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(db.toString());
        long n = org.apache.jena.system.Txn.calculateRead(dsg, () -> dsg.stream().count());
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        return n;
    }
}
