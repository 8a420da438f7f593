package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Several clients query without pause while a live load replaces a file's graphs: every answer is
 * whole, none is an error, and each sees the file as it was before the load or as it is after,
 * never a mix of the two versions.
 */
class ConcurrentReadsIT extends LiveLoadServer {
    static final String FILE = "concurrent-reads.txt";
    // written for this test: two versions of one made-up article, told apart by 旧版 / 新版 in every quotation
    static final String OLD = "某省农业厅召开会议\n新华社合肥5月6日电 某省农业厅厅长王建华6日表示，“旧版方案一已经完成。”"
            + "王建华说：“旧版方案二正在推进。”\n";
    static final String NEW = "某省农业厅召开会议\n新华社合肥5月6日电 某省农业厅厅长王建华6日表示，“新版方案一已经完成。”"
            + "王建华说：“新版方案二正在推进。”王建华还说：“新版方案三明年开始。”\n";
    static final String COUNTS = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            SELECT (SUM(IF(CONTAINS(?t, "旧版"), 1, 0)) AS ?old) (SUM(IF(CONTAINS(?t, "新版"), 1, 0)) AS ?new)
                   (COUNT(DISTINCT ?a) AS ?articles)
            { ?q nkg:quoteText ?t ; nkg:inArticle ?a FILTER (CONTAINS(?t, "旧版") || CONTAINS(?t, "新版")) }""";
    static final int CLIENTS = 4;
    /** "old,new,articles" as the server answers now, or the error it gave. */
    static String counts() {
        try {
            HttpResponse<String> r = SeedDatabase.query(server.getPort(), COUNTS, "Accept", "text/csv");
            if (r.statusCode() != 200) return "HTTP " + r.statusCode() + ": " + r.body();
            List<String> lines = r.body().lines().toList();
            if (lines.size() != 2 || !lines.get(0).strip().equals("old,new,articles")) return "malformed: " + r.body();
            return lines.get(1).strip();
        } catch (Exception e) {
            return "failed: " + e;
        }
    }

    /** A search while the load runs: only its status and shape are checked (the index commits just after the database). */
    static String search() {
        try {
            HttpResponse<String> r = SeedDatabase.query(server.getPort(), "PREFIX text: <http://jena.apache.org/text#>"
                    + " SELECT ?s { ?s text:query '\"方案\"' }", "Accept", "application/sparql-results+json");
            boolean whole = r.body().strip().endsWith("}") && r.body().contains("\"bindings\"");
            return r.statusCode() == 200 && whole ? "ok" : "HTTP " + r.statusCode() + ": " + r.body();
        } catch (Exception e) {
            return "failed: " + e;
        }
    }

    @Test
    void clients_querying_during_a_reload_see_the_old_file_or_the_new_one_never_a_mix() throws Exception {
        assertEquals(200, AdminUpload.send(server, PASSWORD, FILE, OLD).statusCode());
        String before = counts();
        assertTrue(before.startsWith("2,0,"), before);

        AtomicBoolean loading = new AtomicBoolean(true);
        List<String> answers = new CopyOnWriteArrayList<>();
        Map<String, Integer> searches = new ConcurrentHashMap<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            boolean searching = i == 0;
            Thread t = new Thread(() -> {
                while (loading.get()) {
                    if (searching) searches.merge(search(), 1, Integer::sum);
                    else answers.add(counts());
                }
            });
            clients.add(t);
            t.start();
        }
        HttpResponse<String> load = AdminUpload.send(server, PASSWORD, FILE, NEW);
        loading.set(false);
        for (Thread t : clients) t.join();

        assertEquals(200, load.statusCode(), load.body());
        String after = counts();
        assertTrue(after.startsWith("0,3,"), after);
        Map<String, Integer> seen = new TreeMap<>();
        answers.forEach(a -> seen.merge(a, 1, Integer::sum));
        assertTrue(answers.size() >= 2 * (CLIENTS - 1), "too few answers during the load: " + seen);
        Map<String, Integer> odd = new TreeMap<>(seen);
        odd.keySet().removeAll(List.of(before, after));
        assertEquals(Map.of(), odd, "answers neither before nor after the load (all: " + seen + ")");
        assertEquals(List.of("ok"), List.copyOf(searches.keySet()), "searches during the load: " + searches);
    }
}
