package org.newskg.server;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.PrefixMap;
import org.newskg.dump.Prefixes;

/**
 * The HTML page of one IRI: its label and types, then — where there are any — the positions a person
 * holds, the quotations attributed to it with their words and article, the events, the articles, its
 * own statements and the other nodes that link to it. Every link to a node minted under the
 * database's base points back into this server, so a reader can walk the graph; every text is
 * HTML-escaped.
 */
final class ResourcePage {
    private static final PrefixMap PREFIXES = Prefixes.all();
    private final ResourceDescription description;
    private final Node iri;
    private final String base;
    private final String localPath;
    private final StringBuilder html = new StringBuilder();

    ResourcePage(ResourceDescription description, Node iri, String base, String localPath) {
        this.description = description;
        this.iri = iri;
        this.base = base;
        this.localPath = localPath;
    }

    String html() {
        String title = title();
        html.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
            .append(" · newskg</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
                    + "td{vertical-align:top;padding:.2em .6em}blockquote{margin:.3em 0 .8em 1em;border-left:3px solid #ccc;padding-left:.6em}"
                    + "small{color:#666}</style></head><body>\n");
        html.append("<h1>").append(esc(title)).append("</h1>\n<p><code>").append(esc(iri.getURI())).append("</code></p>\n");
        positions();
        quotations();
        listSection("events", "Events", "e", "label");
        listSection("articles", "Articles", "a", "title");
        statements();
        links();
        long mentions = description.rows("mentions", iri).get(0).getLiteral("n").getLong();
        if (mentions > 0) html.append("<p><small>Named ").append(mentions).append(" times in the articles.</small></p>\n");
        html.append("<p><small>As data: <code>curl -H 'Accept: text/turtle' ").append(esc(iri.getURI()))
            .append("</code> (also application/ld+json, application/n-triples).</small></p>\n</body></html>\n");
        return html.toString();
    }

    private String title() {
        for (QuerySolution r : description.rows("statements", iri)) {
            String p = r.getResource("p").getURI();
            if (p.endsWith("#label") || p.endsWith("/title")) return r.get("o").asLiteral().getLexicalForm();
        }
        return iri.getURI().substring(iri.getURI().lastIndexOf('/') + 1);
    }

    private void positions() {
        List<QuerySolution> rows = description.rows("positions", iri);
        if (rows.isEmpty()) return;
        html.append("<h2>Positions</h2>\n<ul>\n");
        for (QuerySolution r : rows) {
            html.append("<li>").append(link(r.get("m"), r.getLiteral("role").getLexicalForm()));
            if (r.contains("org")) html.append(" · ").append(link(r.get("org"), text(r.get("orgLabel"))));
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void quotations() {
        List<QuerySolution> rows = description.rows("quotations", iri);
        if (rows.isEmpty()) return;
        html.append("<h2>Quotations</h2>\n");
        for (QuerySolution r : rows) {
            html.append("<blockquote>").append(esc(r.getLiteral("text").getLexicalForm())).append("<br><small>")
                .append(link(r.get("q"), "quotation")).append(" · ")
                .append(link(r.get("article"), r.contains("title") ? text(r.get("title")) : "article"))
                .append("</small></blockquote>\n");
        }
    }

    private void listSection(String section, String heading, String node, String label) {
        List<QuerySolution> rows = description.rows(section, iri);
        if (rows.isEmpty()) return;
        html.append("<h2>").append(heading).append("</h2>\n<ul>\n");
        for (QuerySolution r : rows) {
            html.append("<li>").append(link(r.get(node), r.contains(label) ? text(r.get(label)) : null)).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void statements() {
        List<QuerySolution> rows = description.rows("statements", iri);
        html.append("<h2>Statements</h2>\n<table>\n");
        for (QuerySolution r : rows) {
            html.append("<tr><td>").append(esc(compact(r.getResource("p").getURI()))).append("</td><td>")
                .append(value(r.get("o"), r.get("label"))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void links() {
        List<QuerySolution> rows = description.rows("links", iri);
        if (rows.isEmpty()) return;
        html.append("<h2>Linked from</h2>\n<table>\n");
        for (QuerySolution r : rows) {
            html.append("<tr><td>").append(link(r.get("i"), r.contains("label") ? text(r.get("label")) : null))
                .append("</td><td>").append(esc(compact(r.getResource("p").getURI()))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private String value(RDFNode o, RDFNode label) {
        if (o.isLiteral()) {
            Literal l = o.asLiteral();
            String tag = !l.getLanguage().isEmpty() ? "@" + l.getLanguage()
                    : l.getDatatypeURI().endsWith("#string") ? "" : "^^" + compact(l.getDatatypeURI());
            return esc(l.getLexicalForm()) + (tag.isEmpty() ? "" : " <small>" + esc(tag) + "</small>");
        }
        return link(o, label == null ? null : text(label));
    }

    /** A link to a node: into this server for IRIs under the database's base, else to the IRI itself. */
    private String link(RDFNode node, String label) {
        if (node == null) return "";
        if (node.isAnon()) return esc("_:" + node.asResource().getId());
        String uri = node.asResource().getURI();
        String href = uri.startsWith(base) ? localPath + uri.substring(base.length()) : uri;
        String shown = label != null ? label : compact(uri);
        return "<a href=\"" + esc(href) + "\">" + esc(shown) + "</a>";
    }

    private static String text(RDFNode n) {
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String compact(String uri) {
        String c = PREFIXES.abbreviate(uri);
        return c != null ? c : uri;
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
