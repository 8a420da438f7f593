package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LoadTestCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = NewskgCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void only_loopback_urls_are_accepted() {
        assertTrue(LoadTestCommand.isLoopback(URI.create("http://127.0.0.1:3030/newskg/sparql")));
        assertTrue(LoadTestCommand.isLoopback(URI.create("http://[::1]:3030/newskg/sparql")));
        assertTrue(LoadTestCommand.isLoopback(URI.create("http://localhost:3030/newskg/sparql")));
        assertFalse(LoadTestCommand.isLoopback(URI.create("http://192.0.2.1/sparql")));
        assertFalse(LoadTestCommand.isLoopback(URI.create("file:///etc/passwd")));
    }

    @Test
    void a_remote_url_is_refused_as_a_usage_error_before_any_request() {
        assertEquals(2, run("loadtest", "--url", "http://192.0.2.1:3030/newskg/sparql", "--seconds", "1"));
        assertTrue(err.toString().contains("not a loopback address"), err.toString());
    }

    @Test
    void a_short_run_against_a_local_fuseki_reports_every_query_and_exits_0() throws Exception {
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("01-all.rq"), "SELECT * WHERE { ?s ?p ?o } LIMIT 5");
        Files.writeString(queries.resolve("02-ask.rq"), "ASK { ?s ?p ?o }");
        Files.writeString(queries.resolve("03-graph.rq"), "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .add("/ds", DatasetGraphFactory.createTxnMem()).build().start();
        try {
            int code = run("loadtest", "--url", "http://127.0.0.1:" + server.getPort() + "/ds/sparql",
                    "--clients", "4", "--seconds", "2", "--queries", queries.toString());
            assertEquals(0, code, out + "\n" + err);
            for (String q : new String[] {"01-all", "02-ask", "03-graph", "heavy-count"}) {
                assertTrue(out.toString().contains(q), q + " in\n" + out);
            }
            assertTrue(out.toString().contains("HTTP 200 with broken content: 0"), out.toString());
        } finally {
            server.stop();
        }
    }

    /** A server that answers every query with {@code body}, declaring its length or (0) streaming it. */
    private static HttpServer answering(String body, boolean declareLength) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sparql", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, declareLength ? bytes.length : 0);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static QueryLoad.Outcome askOnce(HttpServer server) {
        QueryLoad load = new QueryLoad(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql"));
        return load.ask(new QueryLoad.Named("q", "SELECT * WHERE { ?s ?p ?o }", false));
    }

    @Test
    void an_answer_cut_after_http_200_counts_as_broken_not_as_success() throws Exception {
        HttpServer cut = answering("{ \"head\": { \"vars\": [ \"s\" ] }, \"results\": { \"bindings\": [ { \"s\": { \"type\": \"uri\", \"va", false);
        try {
            QueryLoad.Outcome o = askOnce(cut);
            assertEquals(200, o.status());
            assertTrue(o.broken200(), String.valueOf(o.problem()));
        } finally {
            cut.stop(0);
        }
    }

    @Test
    void a_complete_answer_is_a_success() throws Exception {
        HttpServer whole = answering("{ \"head\": { \"vars\": [ \"s\" ] }, \"results\": { \"bindings\": "
                + "[ { \"s\": { \"type\": \"uri\", \"value\": \"http://x/1\" } } ] } }", true);
        try {
            QueryLoad.Outcome o = askOnce(whole);
            assertNull(o.problem());
            assertTrue(o.nanos() > 0 && o.nanos() < 60_000_000_000L, "time taken: " + o.nanos() + " ns");
        } finally {
            whole.stop(0);
        }
    }
}
