package org.newskg.rdf;

import org.apache.jena.graph.Node;

/**
 * A position an article states without naming its body (某某主席, 记者某某), mapped but not yet
 * written: its article's graph and node, the node of the title phrase that states it with the
 * phrase's code point offsets and wording, the person's canonical name, the role, the qualifier
 * (前/原, or null), and whether the title follows the name.
 */
public record OpenPosition(Node graph, Node article, Node mention, int begin, int end, String wording,
                           String person, String role, String qualifier, boolean afterName) {
}
