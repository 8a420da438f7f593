package org.newskg.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.jena.fuseki.main.FusekiServer;

/** Uploads a file's text to a running server's admin load operation, as {@code newskg push} does. */
final class AdminUpload {
    private AdminUpload() {
    }

    static HttpResponse<String> send(FusekiServer server, String password, String name, String text) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(SeedDatabase.url(server, "/$/newskg/load?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8))))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build();
        return SeedDatabase.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
