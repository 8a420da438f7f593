package org.newskg.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Starts Fuseki from {@code fuseki-config/config.ttl}, pointing its TDB2 dataset at the database the
 * user named. The configuration stays the single description of the service (endpoints, read-only
 * access, timeout); only the database location and the port come from the command line.
 */
public final class FusekiLauncher {
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";

    private FusekiLauncher() {
    }

    public static FusekiServer build(Path configFile, Path db, int port) {
        if (!Files.isRegularFile(configFile)) {
            throw new IllegalArgumentException(configFile + ": Fuseki configuration not found");
        }
        Model config = RDFDataMgr.loadModel(configFile.toString());
        Property location = config.createProperty(TDB2, "location");
        List<Statement> locations = config.listStatements(null, location, (String) null).toList();
        if (locations.isEmpty()) {
            throw new IllegalArgumentException(configFile + ": no tdb2:location to point at the database");
        }
        for (Statement s : locations) {
            config.remove(s);
            config.add(s.getSubject(), location, db.toAbsolutePath().normalize().toString());
        }
        org.newskg.search.SearchIndex.pointAt(config, db);
        return LinkedData.register(FusekiServer.create(), db)
                .parseConfig(config)
                .port(port)
                .loopback(true)
                .build();
    }
}
