package org.newskg.rdf;

import org.apache.jena.graph.Node;

/**
 * A position as an article states it, apart from its body: the article's graph and node, the node
 * of the title phrase that states it with the phrase's code point offsets and wording (a literal tagged with the article's script), the
 * person's canonical name, the role, the qualifier (前/原, or null), and whether the title follows
 * the name. A statement that names no body (某某主席, 记者某某) waits for the corpus to give one;
 * {@code written} is what its graph already holds, so that completing it repeats no quad there.
 */
public record PositionStatement(Node graph, Node article, Node mention, int begin, int end, Node wording,
                           String person, String role, String qualifier, boolean afterName, GraphQuads written) {
}
