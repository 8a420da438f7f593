package org.newskg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.rdf.Iris;

/**
 * GET on an IRI under {@code /id/}: the description of the entity, article, quotation (or any other
 * node newskg minted) as Turtle, JSON-LD or N-Triples, or an HTML page for a browser, by content
 * negotiation; 404 when the database does not know the IRI. The IRI looked up is the address asked
 * for (a database loaded with {@code --base http://HOST:PORT/id/}); failing that, the same path
 * under the default base, for requests that w3id.org redirected here.
 */
final class ResourceServlet extends HttpServlet {
    private static final List<RdfNegotiation> OFFERED =
            List.of(RdfNegotiation.TURTLE, RdfNegotiation.JSONLD, RdfNegotiation.NTRIPLES, RdfNegotiation.HTML);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ResourceDescription description = new ResourceDescription(LinkedData.dataset(getServletContext()));
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (path.equals("dataset") || path.startsWith("dataset/")) {
            // the dataset and its parts are described by the VoID document, not stored in the database
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + "/.well-known/void");
            return;
        }
        String here = req.getRequestURL().toString();
        String localBase = here.substring(0, here.length() - path.length());
        Node iri = null;
        for (String base : List.of(localBase, Iris.DEFAULT_BASE)) {
            Node candidate = NodeFactory.createURI(base + path);
            if (!path.isEmpty() && description.exists(candidate)) {
                iri = candidate;
                break;
            }
        }
        if (iri == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "unknown IRI: " + here);
            return;
        }
        RdfNegotiation format = RdfNegotiation.choose(req, OFFERED);
        if (format == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "text/html, text/turtle, application/ld+json or application/n-triples");
            return;
        }
        if (format == RdfNegotiation.HTML) {
            resp.setContentType("text/html");
            resp.setCharacterEncoding("UTF-8");
            resp.setHeader("Vary", "Accept");
            String iriBase = iri.getURI().substring(0, iri.getURI().length() - path.length());
            resp.getWriter().write(new ResourcePage(description, iri, iriBase, req.getContextPath() + LinkedData.ID_PATH).html());
            return;
        }
        format.write(description.graph(iri), resp);
    }
}
