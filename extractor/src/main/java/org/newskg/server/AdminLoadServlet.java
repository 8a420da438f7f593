package org.newskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.source.InputFinder;
import org.newskg.source.SourceFile;

/**
 * {@code POST /$/DATASET/load}: adds files to the served database while queries go on. Two forms:
 * {@code ?name=FILE.txt} with the file's bytes as the request body (an upload), or one or more
 * {@code ?path=} naming files or folders on the server's disk. Needs the admin password as HTTP Basic
 * credentials; without it the answer is 401 and nothing is read. A request a web page sends (it
 * carries an Origin header) is refused, so no page can drive a load with a browser's cached login. The answer is a JSON summary: 200
 * when every file loaded, 422 when some failed (those keep what the database had for them).
 */
final class AdminLoadServlet extends HttpServlet {
    private static final long MAX_UPLOAD_BYTES = 64L << 20;

    /** An upload's key: folder names, then a .txt or .md file name; no part empty, none opening with a dot, no backslash. */
    private static final Pattern UPLOAD_KEY =
            Pattern.compile("([^/\\\\.][^/\\\\]*/)*[^/\\\\.][^/\\\\]*\\.(txt|md)");
    private final transient LiveLoad live;

    AdminLoadServlet(LiveLoad live) {
        this.live = live;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!live.password().accepts(req)) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"newskg admin\", charset=\"UTF-8\"");
            send(resp, 401, error("the admin password is missing or wrong"));
            return;
        }
        if (req.getHeader("Origin") != null) {
            // browsers send Origin with a page's requests: no web page may drive a load, even with cached credentials
            send(resp, 403, error("admin operations are not open to web pages"));
            return;
        }
        String type = req.getContentType();
        if (type != null && type.startsWith("application/x-www-form-urlencoded") && req.getQueryString() != null
                && req.getQueryString().contains("name=")) {
            // a form body would be read as parameters, not as the file
            send(resp, 415, error("send the file as text/plain or application/octet-stream"));
            return;
        }
        String name = req.getParameter("name");
        String[] paths = req.getParameterValues("path");
        if ((name == null) == (paths == null)) {
            send(resp, 400, error("give either ?name=FILE.txt with the file as the body, or ?path= (repeatable)"));
            return;
        }
        try {
            LiveLoader.Outcome outcome = name != null ? loadUpload(name, req) : loadPaths(paths);
            send(resp, outcome.ok() ? 200 : 422, summary(outcome));
        } catch (NoSuchFileException e) {
            send(resp, 400, error("no such file or folder on the server: " + e.getFile()));
        } catch (IllegalArgumentException e) {
            send(resp, 400, error(e.getMessage()));
        }
    }

    private LiveLoader.Outcome loadPaths(String[] paths) throws IOException {
        List<SourceFile> files;
        try {
            files = InputFinder.findAll(Arrays.stream(paths).map(Path::of).toList());
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e); // a path that cannot be listed, two files of one key: 400
        }
        return live.loader().load(files);
    }

    /**
     * The body is saved under its file name in a fresh folder and keyed by {@code name}: a file name,
     * or the path under its input root that {@code newskg push} sends ({@code 2025-03/x.txt}), so
     * files of one name in different folders keep their own graphs.
     */
    private LiveLoader.Outcome loadUpload(String name, HttpServletRequest req) throws IOException {
        if (!UPLOAD_KEY.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be a file name ending in .txt or .md, or a path of such"
                    + " names separated by / (none empty or starting with a dot): " + name);
        }
        Path dir = Files.createTempDirectory("newskg-upload-");
        try {
            Path file = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
            try (InputStream in = req.getInputStream()) {
                byte[] body = in.readNBytes((int) MAX_UPLOAD_BYTES + 1);
                if (body.length > MAX_UPLOAD_BYTES) throw new IllegalArgumentException("upload larger than 64 MiB");
                Files.write(file, body);
            }
            return live.loader().load(List.of(new SourceFile(file, name)));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static JsonObject summary(LiveLoader.Outcome o) {
        JsonObject json = new JsonObject();
        json.put("files", o.files());
        JsonArray failed = new JsonArray();
        o.failures().forEach(failed::add);
        json.put("failed", failed);
        json.put("articles", o.articles());
        json.put("quadsExtracted", o.quadsExtracted());
        json.put("quadsLoaded", o.quadsLoaded());
        json.put("replacedGraphs", o.replacedGraphs());
        json.put("quadsRemoved", o.quadsRemoved());
        return json;
    }

    private static JsonObject error(String message) {
        JsonObject json = new JsonObject();
        json.put("error", message);
        return json;
    }

    private static void send(HttpServletResponse resp, int status, JsonObject body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getOutputStream().write((body + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
