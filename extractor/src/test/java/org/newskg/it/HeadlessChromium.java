package org.newskg.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;

/**
 * A real browser for tests: Debian's {@code chromium} started headless, driven through the Chrome
 * DevTools Protocol over the JDK's own WebSocket client. It opens one page and evaluates JavaScript
 * in it; that is all the UI test needs.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private final Process process;
    private final WebSocket page;
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** The chromium on this machine: $NEWSKG_CHROMIUM, else chromium or chromium-browser on the PATH. */
    static Optional<Path> find() {
        String override = System.getenv("NEWSKG_CHROMIUM");
        if (override != null && !override.isBlank()) return Optional.of(Path.of(override));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    HeadlessChromium(Path chromium, Path profile, String url) throws Exception {
        process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--window-size=1280,1000",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).start();
        try {
            page = openPage(url);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private WebSocket openPage(String url) throws Exception {
        URI http = URI.create(devToolsAddress().replaceFirst("^ws", "http"));
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(http.resolve("/json/new?"
                + URLEncoder.encode(url, StandardCharsets.UTF_8))).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        String pageSocket = JSON.parse(created.body()).get("webSocketDebuggerUrl").getAsString().value();
        return client.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Replies()).get(30, TimeUnit.SECONDS);
    }

    /** Reads chromium's output until it says where DevTools listens. */
    private String devToolsAddress() throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.append(line).append('\n');
        }
        throw new IOException("chromium ended without a DevTools address:\n" + seen);
    }

    /** The value of a JavaScript expression in the page, as a string ("" for null or undefined). */
    String eval(String expression) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        JsonObject params = new JsonObject();
        params.put("expression", "String((() => { try { return " + expression + "; } catch (e) { return ''; } })() ?? '')");
        params.put("returnByValue", true);
        JsonObject call = new JsonObject();
        call.put("id", id);
        call.put("method", "Runtime.evaluate");
        call.put("params", params);
        page.sendText(call.toString(), true).get(10, TimeUnit.SECONDS);
        JsonObject result = reply.get(30, TimeUnit.SECONDS).get("result").getAsObject().get("result").getAsObject();
        return result.get("value") instanceof JsonString s ? s.value() : "";
    }

    /** Evaluates the expression until it yields a non-empty string, or gives up after the timeout. */
    String waitFor(String expression, long seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String v = eval(expression);
            if (!v.isEmpty()) return v;
            Thread.sleep(250);
        }
        return "";
    }

    @Override
    public void close() throws Exception {
        if (page != null) page.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
    }

    /** Matches each reply to its call by id; events (no id) are ignored. */
    private final class Replies implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = JSON.parse(partial.toString());
                partial.setLength(0);
                if (message.hasKey("id")) {
                    CompletableFuture<JsonObject> f = pending.remove(message.get("id").getAsNumber().value().intValue());
                    if (f != null) f.complete(message);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
