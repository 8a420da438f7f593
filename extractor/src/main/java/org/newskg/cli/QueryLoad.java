package org.newskg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDFLib;

/**
 * Runs SPARQL queries against an endpoint from several clients for a fixed time and records each
 * answer. Every HTTP 200 answer is parsed to its end (SELECT/ASK as SPARQL JSON results, CONSTRUCT
 * and DESCRIBE as N-Triples), so an answer cut in the middle counts as broken, not as a success.
 * The heavy queries go to one client of their own, so they test the server's cut without starving
 * the light ones of clients.
 */
public final class QueryLoad {
    /** A named query; {@code heavy} ones are expected to be cut by the server's timeout. */
    public record Named(String name, String text, boolean heavy) {
    }

    /** One answer: its HTTP status (0 when none came), time taken, when it ended ({@code System.nanoTime}), and what was wrong, or null. */
    public record Outcome(Named query, int status, long nanos, long end, String problem) {
        Outcome(Named query, int status, long start, String problem) {
            this(query, status, System.nanoTime() - start, System.nanoTime(), problem);
        }

        public boolean ok() {
            return problem == null;
        }

        boolean broken200() {
            return status == 200 && problem != null;
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public QueryLoad(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Runs {@code light} on {@code clients - 1} clients (all, if no heavy) and {@code heavy} on one, until {@code time} is up. */
    List<Outcome> run(List<Named> light, List<Named> heavy, int clients, Duration time) throws InterruptedException {
        long deadline = System.nanoTime() + time.toNanos();
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            boolean heavyClient = c == 0 && !heavy.isEmpty();
            List<Named> mine = heavyClient ? heavy : light;
            int first = heavy.isEmpty() ? c : Math.max(0, c - 1); // light clients start at different queries
            running.add(pool.submit(() -> client(mine, first, deadline, outcomes)));
        }
        pool.shutdown();
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("load test client failed", e.getCause());
            }
        }
        return List.copyOf(outcomes);
    }

    private void client(List<Named> queries, int first, long deadline, List<Outcome> outcomes) {
        for (int i = first; System.nanoTime() < deadline; i++) {
            outcomes.add(ask(queries.get(i % queries.size())));
        }
    }

    /** Sends one query and reads its answer to the end. */
    public Outcome ask(Named q) {
        Query parsed = QueryFactory.create(q.text());
        boolean graph = parsed.isConstructType() || parsed.isDescribeType();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", graph ? "application/n-triples" : "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
                .build();
        long start = System.nanoTime();
        int status = 0;
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            try (InputStream body = response.body()) {
                if (status != 200) {
                    body.transferTo(java.io.OutputStream.nullOutputStream());
                    return new Outcome(q, status, start, "HTTP " + status);
                }
                readFully(body, parsed, graph);
            }
            return new Outcome(q, status, start, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(q, status, start, "interrupted");
        } catch (IOException | RuntimeException e) {
            String what = status == 200 ? "HTTP 200 with broken content: " : "no answer: ";
            return new Outcome(q, status, start, what + e);
        }
    }

    /** The nearest-rank {@code p}th percentile of the outcomes' times, in milliseconds; NaN for none. */
    public static double percentileMillis(List<Outcome> outcomes, int p) {
        double[] ms = outcomes.stream().mapToDouble(o -> o.nanos() / 1e6).sorted().toArray();
        if (ms.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * ms.length);
        return ms[Math.max(0, Math.min(ms.length - 1, rank - 1))];
    }

    private static void readFully(InputStream body, Query parsed, boolean graph) {
        if (graph) {
            RDFParser.source(body).lang(Lang.NTRIPLES).parse(StreamRDFLib.sinkNull());
        } else if (parsed.isAskType()) {
            ResultSetMgr.readBoolean(body, ResultSetLang.RS_JSON);
        } else {
            ResultSet rs = ResultSetMgr.read(body, ResultSetLang.RS_JSON);
            while (rs.hasNext()) rs.next();
        }
    }
}
