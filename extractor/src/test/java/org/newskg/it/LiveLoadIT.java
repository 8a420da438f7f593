package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.it.SeedDatabase.HTTP;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.newskg.server.FusekiLauncher;
import org.newskg.server.ServerSettings;

/** POST /$/newskg/load: files added to a served database while queries go on, behind the admin password. */
class LiveLoadIT extends LiveLoadServer {
    // written for this test: a made-up bureau, official and statement
    static final String ARTICLE = "新华社杭州3月2日电 某省气象局局长周文涛2日在记者会上表示，“今年春季降水将明显偏多。”\n";
    static HttpResponse<String> upload(String name, String password, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/$/newskg/load?name=" + name))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE, StandardCharsets.UTF_8));
        if (password != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_wrong_or_missing_password_gets_401_and_changes_nothing() throws Exception {
        long before = SeedDatabase.count(server.getPort());
        HttpResponse<String> wrong = upload("wrong.txt", "not the password");
        HttpResponse<String> missing = upload("missing.txt", null);
        assertEquals(401, wrong.statusCode());
        assertEquals(401, missing.statusCode());
        assertTrue(missing.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(before, SeedDatabase.count(server.getPort()));
    }

    @Test
    void a_request_sent_by_a_web_page_is_refused_even_with_the_password() throws Exception {
        long before = SeedDatabase.count(server.getPort());
        assertEquals(403, upload("page.txt", PASSWORD, "Origin", "https://example.org").statusCode());
        assertEquals(before, SeedDatabase.count(server.getPort()));
    }

    @Test
    void queries_keep_answering_while_a_file_is_loaded_and_then_see_it() throws Exception {
        long before = SeedDatabase.count(server.getPort());
        List<String> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (loading.get()) {
                try {
                    answers.add(Long.toString(SeedDatabase.count(server.getPort())));
                } catch (Exception e) {
                    answers.add("failed: " + e.getMessage());
                }
            }
        });
        reader.start();
        HttpResponse<String> r = upload("live-load-test.txt", PASSWORD);
        loading.set(false);
        reader.join();
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"articles\" : 1"), r.body());
        long after = SeedDatabase.count(server.getPort());
        assertTrue(after > before, before + " → " + after);
        assertTrue(answers.size() >= 2, "the queries stopped during the load: " + answers);
        List<String> odd = new ArrayList<>(answers);
        odd.removeIf(a -> a.equals(Long.toString(before)) || a.equals(Long.toString(after)));
        assertEquals(List.of(), odd, "answers other than before or after the load");
    }

    @Test
    void uploads_named_by_their_path_under_a_folder_keep_their_own_graphs() throws Exception {
        assertEquals(200, upload("2025-03/same-name.txt", PASSWORD).statusCode());
        assertEquals(200, upload("2025-04/same-name.txt", PASSWORD).statusCode());
        HttpResponse<String> r = SeedDatabase.query(server.getPort(),
                "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?key { ?a nkg:sourceFile \"same-name.txt\" ; nkg:sourcePath ?key }",
                "Accept", "text/csv");
        assertTrue(r.body().contains("2025-03/same-name.txt") && r.body().contains("2025-04/same-name.txt"), r.body());
    }

    @Test
    void an_upload_name_that_climbs_out_of_its_folder_or_hides_a_part_is_refused() throws Exception {
        long before = SeedDatabase.count(server.getPort());
        for (String name : List.of("../up.txt", "a//b.txt", ".hidden.txt", "a/.b/c.txt", "a/b.pdf")) {
            assertEquals(400, upload(name, PASSWORD).statusCode(), name);
        }
        assertEquals(before, SeedDatabase.count(server.getPort()));
    }

    @Test
    void without_a_password_configured_the_operation_does_not_exist() throws Exception {
        FusekiServer plain = FusekiLauncher.build(Seeds.home().resolve("fuseki-config/config.ttl"), tmp.resolve("plain"),
                ServerSettings.onLoopback(0));
        plain.start();
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plain.getPort()
                    + "/$/newskg/load?name=a.txt")).POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build(),
                    HttpResponse.BodyHandlers.ofString());
            // no such servlet: the static files answer 405 to a POST, and no password is even asked for
            assertTrue(r.statusCode() == 404 || r.statusCode() == 405, r.statusCode() + " " + r.body());
        } finally {
            plain.stop();
        }
    }
}
