package org.newskg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.pipeline.OntologyGraph;

/**
 * Fuseki's own web UI (the {@code jena-fuseki-ui} files: query editor, dataset info), served read-only.
 * Of the admin calls the UI makes, only those that read are installed: {@code /$/server} (datasets and
 * their endpoints), {@code /$/ping} and {@code /$/stats}. The ones that change things
 * ({@code /$/datasets} to create or delete, {@code /$/backup}, {@code /$/compact}, upload and graph
 * editing, which need endpoints the configuration does not declare) answer 404 or 405. A GET on
 * {@code /} opens the query page with the dataset's prefixes and a first query.
 */
final class WebUi {
    private static final String UI_RESOURCE = "webapp/index.html";

    private WebUi() {
    }

    static void install(FusekiServer.Builder builder, String datasetName) {
        builder.staticFileBase(uiFiles())
                .addServlet("/$/server", new ActionServerStatus())
                .enablePing(true)
                .enableStats(true)
                .addFilter("/*", new RootToQueryPage(queryPage(datasetName)));
    }

    /** Where the UI's files are: the folder of index.html inside the jena-fuseki-ui jar (or the shaded jar). */
    private static String uiFiles() {
        URL index = WebUi.class.getClassLoader().getResource(UI_RESOURCE);
        if (index == null) throw new IllegalStateException("the Fuseki UI files (jena-fuseki-ui) are not on the class path");
        String url = index.toExternalForm();
        return url.substring(0, url.length() - "index.html".length());
    }

    /** The UI's query page for a dataset ("/newskg"), opened on a first query that declares the dataset's prefixes. */
    static String queryPage(String datasetName) {
        // The UI finds the server from the page's path, so the page stays at "/"; "?start" only tells
        // this page apart from the bare root, which is sent here.
        return "/?start#/dataset" + datasetName + "/query?query="
                + URLEncoder.encode(firstQuery(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String firstQuery() {
        StringBuilder q = new StringBuilder();
        prefixes().forEach((prefix, ns) -> q.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n"));
        q.append("""

                # The most quoted speakers. Press the run button (the triangle) to see the results.
                SELECT ?speaker ?name (COUNT(?quote) AS ?quotations) WHERE {
                  ?quote a nkg:Quotation ; nkg:speaker ?speaker .
                  ?speaker rdfs:label ?name .
                }
                GROUP BY ?speaker ?name
                ORDER BY DESC(?quotations)
                LIMIT 20
                """);
        return q.toString();
    }

    /** The prefixes the ontology declares: the vocabularies the data is written in. */
    static Map<String, String> prefixes() {
        try (InputStream in = OntologyGraph.class.getResourceAsStream(OntologyGraph.RESOURCE)) {
            var graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            Map<String, String> prefixes = new TreeMap<>(graph.getPrefixMapping().getNsPrefixMap());
            prefixes.remove("vann");
            return prefixes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a browser's GET on the server root to the query page; every other request passes. */
    private static final class RootToQueryPage implements Filter {
        private final String target;

        RootToQueryPage(String target) {
            this.target = target;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                    && "GET".equals(req.getMethod()) && "/".equals(req.getRequestURI()) && req.getQueryString() == null) {
                resp.setStatus(HttpServletResponse.SC_FOUND); // by hand: sendRedirect refuses a #fragment
                resp.setHeader("Location", target);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
