package org.newskg.server;

import java.util.function.Consumer;

/**
 * How the server listens and what it allows: the address and port, the most rows one query may
 * return, where request log lines go, and the loader behind the admin load operation (none: the
 * operation does not exist).
 *
 * @param host      address to listen on; {@link #LOOPBACK} unless the user asks for more
 * @param port      TCP port, 0 for any free one
 * @param maxRows   the most solutions a query returns; longer results are cut there
 * @param requestLog receives one line per request
 * @param liveLoad  the admin load operation, or null when no admin password is configured
 */
public record ServerSettings(String host, int port, int maxRows, Consumer<String> requestLog, LiveLoad liveLoad) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_MAX_ROWS = 10_000;

    public ServerSettings {
        if (maxRows < 1) throw new IllegalArgumentException("the row cap must be at least 1, not " + maxRows);
    }

    /** Loopback only, the default cap, request lines to the server's log, no admin load. */
    public static ServerSettings onLoopback(int port) {
        return new ServerSettings(LOOPBACK, port, DEFAULT_MAX_ROWS, RequestLog.toLogger(), null);
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, maxRows, requestLog, liveLoad);
    }

    public ServerSettings withMaxRows(int rows) {
        return new ServerSettings(host, port, rows, requestLog, liveLoad);
    }

    public ServerSettings withRequestLog(Consumer<String> log) {
        return new ServerSettings(host, port, maxRows, log, liveLoad);
    }

    public ServerSettings withLiveLoad(LiveLoad load) {
        return new ServerSettings(host, port, maxRows, requestLog, load);
    }
}
