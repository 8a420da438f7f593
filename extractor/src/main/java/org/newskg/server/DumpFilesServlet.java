package org.newskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves the files {@code newskg dump} wrote into the database's dumps folder, by plain name only
 * (no sub-folders, nothing outside the folder), with their media types.
 */
final class DumpFilesServlet extends HttpServlet {
    private final Path dir;

    DumpFilesServlet(Path dir) {
        this.dir = dir;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Path file = dir.resolve(name);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || !Files.isRegularFile(file)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such dump file (run: newskg dump --db DIR)");
            return;
        }
        resp.setContentType(mediaType(name));
        resp.setContentLengthLong(Files.size(file));
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Files.copy(file, resp.getOutputStream());
    }

    static String mediaType(String name) {
        if (name.endsWith(".gz")) return "application/gzip";
        if (name.endsWith(".trig")) return "application/trig";
        if (name.endsWith(".jsonld")) return "application/ld+json";
        if (name.endsWith(".ttl")) return "text/turtle; charset=utf-8";
        if (name.endsWith(".nq")) return "application/n-quads";
        return "application/octet-stream";
    }
}
