package org.newskg.it;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.server.AdminPassword;
import org.newskg.server.LiveLoad;
import org.newskg.server.LiveLoader;
import org.newskg.server.ServerSettings;

/** The tests of loads while serving: each test class gets a seeded database served with the admin load operation open. */
abstract class LiveLoadServer {
    static final String PASSWORD = "a test password";
    @TempDir
    static Path tmp;
    static FusekiServer server;

    @BeforeAll
    static void serve() throws Exception {
        Path db = tmp.resolve("tdb2");
        LiveLoad live = new LiveLoad(new AdminPassword(PASSWORD), new LiveLoader(db, Seeds::pipeline));
        server = SeedDatabase.serve(db, ServerSettings.onLoopback(0).withLiveLoad(live));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }
}
