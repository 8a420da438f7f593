package org.newskg.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.newskg.search.SearchIndex;

/**
 * Starts Fuseki from {@code fuseki-config/config.ttl}, pointing its TDB2 dataset at the database the
 * user named. The configuration stays the description of the data service (endpoints, read-only
 * access, timeout); this class adds what makes it a safe public endpoint and a place to browse:
 * the web UI ({@link WebUi}), a row cap and clean timeouts ({@link CappedQueryService}), no
 * SERVICE to other endpoints, CORS, gzip, one log line per request ({@link RequestLog}), the
 * address to listen on, and, when an admin password is set, the admin load operation.
 */
public final class FusekiLauncher {
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";

    private FusekiLauncher() {
    }

    /** On loopback with the default settings. */
    public static FusekiServer build(Path configFile, Path db, int port) {
        return build(configFile, db, ServerSettings.onLoopback(port));
    }

    public static FusekiServer build(Path configFile, Path db, ServerSettings settings) {
        Model config = configPointingAt(configFile, db);
        SearchIndex.pointAt(config, db);
        String dataset = "/" + datasetName(config, configFile);
        FusekiServer.Builder builder = LinkedData.register(FusekiServer.create(), db)
                .registerOperation(Operation.Query, new CappedQueryService(settings.maxRows()))
                .parseConfig(config)
                .port(settings.port())
                .loopback(false) // the connector's host is set below, to the address asked for
                .enableCors(true, corsSettings(configFile))
                .addFilter("/*", new RequestLog(settings.requestLog()));
        WebUi.install(builder, dataset);
        if (settings.liveLoad() != null) {
            builder.addServlet("/$" + dataset + "/load", new AdminLoadServlet(settings.liveLoad()));
        }
        FusekiServer server = builder.build();
        if (settings.liveLoad() != null) settings.liveLoad().loader().search().attach(SearchIndex.of(dataset(server)));
        server.getDataAccessPointRegistry().accessPoints().forEach(
                ap -> ap.getDataService().getDataset().getContext().set(ARQ.httpServiceAllowed, false));
        listenOn(server.getJettyServer(), settings.host());
        gzip(server.getJettyServer());
        return server;
    }

    /** The dataset of the server's (first) data service. */
    private static DatasetGraph dataset(FusekiServer server) {
        return server.getDataAccessPointRegistry().accessPoints().get(0).getDataService().getDataset();
    }

    private static Model configPointingAt(Path configFile, Path db) {
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
        return config;
    }

    /** {@code cors.properties} beside the configuration; without it, Fuseki's defaults. */
    private static String corsSettings(Path configFile) {
        Path cors = configFile.toAbsolutePath().resolveSibling("cors.properties");
        return Files.isRegularFile(cors) ? cors.toString() : null;
    }

    /** The name of the configuration's data service ("newskg"). */
    private static String datasetName(Model config, Path configFile) {
        Property name = config.createProperty(FUSEKI, "name");
        for (Resource service : config.listSubjectsWithProperty(config.createProperty(FUSEKI, "dataset")).toList()) {
            Statement n = service.getProperty(name);
            if (n != null) return n.getString().replaceFirst("^/", "");
        }
        throw new IllegalArgumentException(configFile + ": no fuseki:Service with a fuseki:name");
    }

    private static void listenOn(Server jetty, String host) {
        for (var connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector sc) sc.setHost(host);
        }
    }

    /** Compresses responses for clients that accept gzip, query answers sent by POST included. */
    private static void gzip(Server jetty) {
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }
}
