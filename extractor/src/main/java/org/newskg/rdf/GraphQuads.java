package org.newskg.rdf;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The quads written into one article graph, so that each is written there once. The mapper states
 * some facts several times (a role's type and label for every position that holds it, an
 * organization for each title naming it), and a position the corpus completes at the end of the
 * run may repeat what its article's graph already holds; a dump, a count and the database then
 * agree on what one quad is. Shared by the positions of one article, which are completed one after
 * the other.
 */
public final class GraphQuads {
    private final Set<Quad> written = ConcurrentHashMap.newKeySet();

    /** {@code out}, passing on each quad the first time this graph sees it. */
    StreamRDF onceEach(StreamRDF out) {
        return new StreamRDFWrapper(out) {
            @Override
            public void quad(Quad q) {
                if (written.add(q)) super.quad(q);
            }
        };
    }

    /** Forgets the quads {@code later} cannot repeat, so a graph waiting for the end of the run keeps little. */
    void keepOnly(Predicate<Quad> later) {
        written.removeIf(later.negate());
    }
}
