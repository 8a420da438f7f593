package org.newskg.server;

import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The linked-data face of the server, added to a Fuseki builder in one call: entity, article and
 * quotation IRIs under {@code /id/} resolve to their description ({@link ResourceServlet}), the VoID
 * description is at {@code /.well-known/void} ({@link VoidServlet}) and the dumps of
 * {@code DB/dumps} are at {@code /dumps/} ({@link DumpFilesServlet}). The servlets read the data
 * service's own dataset, so they see what SPARQL sees, in the same read transactions.
 */
public final class LinkedData {
    static final String ID_PATH = "/id/";

    private LinkedData() {
    }

    public static FusekiServer.Builder register(FusekiServer.Builder builder, Path db) {
        Path dumps = db.toAbsolutePath().normalize().resolve("dumps");
        builder.addServlet(ID_PATH + "*", new ResourceServlet());
        builder.addServlet("/.well-known/void", new VoidServlet(dumps));
        builder.addServlet("/dumps/*", new DumpFilesServlet(dumps));
        return builder;
    }

    /** The dataset of the server's (first) data service. */
    static DatasetGraph dataset(ServletContext context) {
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(context);
        DataAccessPoint ap = registry.accessPoints().get(0);
        return ap.getDataService().getDataset();
    }
}
