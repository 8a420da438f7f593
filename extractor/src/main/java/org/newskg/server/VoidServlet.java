package org.newskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.dump.VoidDescription;
import org.newskg.rdf.Iris;

/**
 * {@code /.well-known/void}: the VoID description {@code newskg dump} wrote beside the dumps, or,
 * when the database has not been dumped, one made now from the database (without dump files), with
 * this server's address as endpoint. Turtle, JSON-LD or N-Triples by content negotiation.
 */
final class VoidServlet extends HttpServlet {
    private static final List<RdfNegotiation> OFFERED = List.of(RdfNegotiation.TURTLE, RdfNegotiation.JSONLD, RdfNegotiation.NTRIPLES);
    private final Path dumps;

    VoidServlet(Path dumps) {
        this.dumps = dumps;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RdfNegotiation format = RdfNegotiation.choose(req, OFFERED);
        if (format == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "text/turtle, application/ld+json or application/n-triples");
            return;
        }
        format.write(description(req), resp);
    }

    private Model description(HttpServletRequest req) {
        Path written = dumps.resolve(VoidDescription.FILE);
        if (Files.isRegularFile(written)) return RDFDataMgr.loadModel(written.toString());
        DatasetGraph dataset = LinkedData.dataset(getServletContext());
        long quads = Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (var it = dataset.find(); it.hasNext(); it.next()) n++;
            return n;
        });
        String server = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        var pub = new VoidDescription.Publication(Iris.DEFAULT_BASE, server, VoidDescription.DEFAULT_LICENSE,
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return VoidDescription.describe(dataset, quads, List.of(), pub);
    }
}
