package org.newskg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * A servlet filter in front of everything the server answers (SPARQL, UI files, admin): one line per
 * request, {@code METHOD PATH STATUS MS ms}, written once the response is done. The query string is
 * left out: queries are long and may carry what a user typed.
 */
final class RequestLog implements Filter {
    private final Consumer<String> sink;

    RequestLog(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Lines to the {@code org.newskg.server.RequestLog} logger, at info. */
    static Consumer<String> toLogger() {
        var log = LoggerFactory.getLogger(RequestLog.class);
        return log::info;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                sink.accept(req.getMethod() + " " + req.getRequestURI() + " " + resp.getStatus() + " " + ms + " ms");
            }
        }
    }
}
