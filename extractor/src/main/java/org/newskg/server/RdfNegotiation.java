package org.newskg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.newskg.dump.JsonLdStreamWriter;
import org.newskg.dump.Prefixes;

/**
 * HTTP content negotiation for RDF descriptions: the Accept header's preferred type among Turtle,
 * JSON-LD, N-Triples and (where a page exists) HTML; Turtle when the client accepts anything. JSON-LD
 * is written compacted with the prefixes as its @context and language tags as stored.
 */
enum RdfNegotiation {
    HTML("text/html"), TURTLE("text/turtle"), JSONLD("application/ld+json"), NTRIPLES("application/n-triples");

    final String mediaType;

    RdfNegotiation(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The best of {@code offered} for the request's Accept header; null when none is acceptable. */
    static RdfNegotiation choose(HttpServletRequest req, List<RdfNegotiation> offered) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return offered.contains(TURTLE) ? TURTLE : offered.get(0);
        RdfNegotiation best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (String part : accept.split(",")) {
            String[] bits = part.trim().split(";");
            String type = bits[0].trim().toLowerCase(java.util.Locale.ROOT);
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q <= 0) continue;
            for (RdfNegotiation f : offered) {
                int specificity = f.matches(type);
                if (specificity < 0) continue;
                // a wildcard picks the first offered format (Turtle), never HTML over an exact type
                RdfNegotiation pick = specificity == 2 ? f : (offered.contains(TURTLE) ? TURTLE : f);
                if (q > bestQ || (q == bestQ && specificity > bestSpecificity)) {
                    best = pick;
                    bestQ = q;
                    bestSpecificity = specificity;
                }
            }
        }
        return best;
    }

    /** 2 for the exact type (or an alias), 1 for type/*, 0 for *&#47;*, -1 for no match. */
    private int matches(String type) {
        if (type.equals("*/*")) return 0;
        if (type.equals(mediaType.substring(0, mediaType.indexOf('/')) + "/*")) return 1;
        if (type.equals(mediaType)) return 2;
        if (this == TURTLE && type.equals("application/x-turtle")) return 2;
        if (this == JSONLD && type.equals("application/json")) return 2;
        if (this == NTRIPLES && type.equals("text/plain")) return 2;
        if (this == HTML && type.equals("application/xhtml+xml")) return 2;
        return -1;
    }

    /** Writes {@code model} in this format (not HTML) as the response body. */
    void write(Model model, HttpServletResponse resp) throws IOException {
        resp.setContentType(mediaType);
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Vary", "Accept");
        switch (this) {
            case TURTLE -> {
                model.setNsPrefixes(Prefixes.all().getMapping());
                RDFDataMgr.write(resp.getOutputStream(), model, RDFFormat.TURTLE_PRETTY);
            }
            case NTRIPLES -> RDFDataMgr.write(resp.getOutputStream(), model, RDFFormat.NTRIPLES);
            case JSONLD -> {
                Writer w = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8);
                JsonLdStreamWriter json = new JsonLdStreamWriter(w, Prefixes.all());
                json.start();
                List<Triple> triples = model.getGraph().find().toList();
                // grouped by subject, so each node is written as one object
                triples.sort(Comparator.comparing((Triple t) -> t.getSubject().toString()));
                triples.forEach(json::triple);
                json.finish();
            }
            default -> throw new IllegalStateException("not an RDF format: " + this);
        }
    }
}
