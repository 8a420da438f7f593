package org.newskg.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * Writes quads as one compacted JSON-LD document while they stream by: an {@code @context} of the
 * prefixes, then one object per named graph holding one node object per subject. Only the current
 * subject's properties are held, so a database of any size is written in constant memory when its
 * quads come grouped by graph and subject (as TDB2's GSPO order gives them); a graph or subject
 * that comes back later is written as another object with the same {@code @id}, which JSON-LD
 * merges. Language tags are written exactly as stored ({@code zh-Hans} keeps its capitals),
 * strings as JSON strings, other literals as {@code @value} with {@code @type}.
 */
public final class JsonLdStreamWriter implements StreamRDF {
    private final Writer out;
    private final PrefixMap prefixes;
    private Node graph;
    private Node subject;
    private final Map<String, List<String>> properties = new LinkedHashMap<>();
    private boolean firstGraph = true;
    private boolean firstNode = true;

    public JsonLdStreamWriter(Writer out, PrefixMap prefixes) {
        this.out = out;
        this.prefixes = prefixes;
    }

    @Override
    public void start() {
        StringBuilder ctx = new StringBuilder("{\n  \"@context\": {");
        String sep = "\n    ";
        for (Map.Entry<String, String> p : new java.util.TreeMap<>(prefixes.getMapping()).entrySet()) {
            ctx.append(sep).append(string(p.getKey())).append(": ").append(string(p.getValue()));
            sep = ",\n    ";
        }
        ctx.append("\n  },\n  \"@graph\": [");
        write(ctx);
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
        if (!g.equals(graph)) {
            flushNode();
            if (graph != null && !Quad.isDefaultGraph(graph)) write("\n    ]}");
            graph = g;
            openGraph();
        } else if (!quad.getSubject().equals(subject)) {
            flushNode();
        }
        subject = quad.getSubject();
        Node p = quad.getPredicate();
        if (p.equals(RDF.Nodes.type) && !quad.getObject().isLiteral()) {
            properties.computeIfAbsent("@type", k -> new ArrayList<>()).add(string(compact(quad.getObject())));
        } else {
            properties.computeIfAbsent(compact(p), k -> new ArrayList<>()).add(value(quad.getObject()));
        }
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
    }

    @Override
    public void finish() {
        flushNode();
        if (graph != null && !Quad.isDefaultGraph(graph)) write("\n    ]}");
        write("\n  ]\n}\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void openGraph() {
        if (Quad.isDefaultGraph(graph)) return;
        write((firstGraph ? "\n" : ",\n") + "    {\"@id\": " + string(id(graph)) + ", \"@graph\": [");
        firstGraph = false;
        firstNode = true;
    }

    private void flushNode() {
        if (subject == null) return;
        boolean top = Quad.isDefaultGraph(graph);
        String indent = top ? "    " : "      ";
        StringBuilder sb = new StringBuilder();
        if (top) sb.append(firstGraph ? "\n" : ",\n");
        else sb.append(firstNode ? "\n" : ",\n");
        sb.append(indent).append("{\"@id\": ").append(string(id(subject)));
        for (Map.Entry<String, List<String>> e : properties.entrySet()) {
            sb.append(", ").append(string(e.getKey())).append(": ");
            List<String> vs = e.getValue();
            sb.append(vs.size() == 1 ? vs.get(0) : "[" + String.join(", ", vs) + "]");
        }
        sb.append('}');
        write(sb);
        if (top) firstGraph = false;
        else firstNode = false;
        properties.clear();
        subject = null;
    }

    private String value(Node o) {
        if (!o.isLiteral()) return "{\"@id\": " + string(id(o)) + "}";
        String lex = string(o.getLiteralLexicalForm());
        String lang = o.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) return "{\"@value\": " + lex + ", \"@language\": " + string(lang) + "}";
        String dt = o.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSD.xstring.getURI())) return lex;
        return "{\"@value\": " + lex + ", \"@type\": " + string(compact(dt)) + "}";
    }

    /** An IRI or blank node as an {@code @id} value: IRIs in full, blank nodes as {@code _:label}. */
    private static String id(Node n) {
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9_-]", "_");
        return n.getURI();
    }

    private String compact(Node n) {
        return n.isURI() ? compact(n.getURI()) : id(n);
    }

    /** A prefixed name when a prefix covers the IRI with a plain local name, else the IRI. */
    private String compact(String iri) {
        String c = prefixes.abbreviate(iri);
        return c != null && c.matches("[A-Za-z][\\w-]*:[A-Za-z_][\\w.-]*") && !c.endsWith(".") ? c : iri;
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    private void write(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
