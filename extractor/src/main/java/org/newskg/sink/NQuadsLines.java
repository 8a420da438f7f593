package org.newskg.sink;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.helpers.NTriplesUtil;

/**
 * Writes a Jena quad as one N-Quads line, the same characters Rio's N-Quads writer gives with its
 * default settings (no Unicode escapes, xsd:string left implicit), without making RDF4J values and
 * without Rio's per-character appends and per-statement setting look-ups (the dump is about 70
 * times the input: this was most of the writing thread's time). An IRI or a literal with a
 * character Rio would escape is handed to Rio's own escaping; which characters those are is asked
 * of Rio once, not copied from it. A quad with a blank node is left to the caller's Rio writer.
 */
final class NQuadsLines {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    /** ASCII characters Rio writes as they are: in an IRI, and in a literal's text. */
    private static final boolean[] IRI_AS_IS = new boolean[128];
    private static final boolean[] TEXT_AS_IS = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            String one = String.valueOf((char) c);
            IRI_AS_IS[c] = ("<x:" + one + ">").equals(rio(w -> NTriplesUtil.append(VF.createIRI("x:" + one), w, false)));
            TEXT_AS_IS[c] = one.equals(rio(w -> NTriplesUtil.escapeString(one, w, false)));
        }
    }

    private final Writer out;

    NQuadsLines(Writer out) {
        this.out = out;
    }

    /** Writes {@code q} and answers true, or answers false without writing if it holds a blank node. */
    boolean write(Quad q) throws IOException {
        Node g = q.isDefaultGraph() ? null : q.getGraph();
        if (q.getSubject().isBlank() || q.getObject().isBlank() || (g != null && g.isBlank())) return false;
        iri(q.getSubject().getURI());
        out.write(' ');
        iri(q.getPredicate().getURI());
        out.write(' ');
        object(q.getObject());
        if (g != null) {
            out.write(' ');
            iri(g.getURI());
        }
        out.write(" .\n");
        return true;
    }

    private void object(Node o) throws IOException {
        if (o.isURI()) {
            iri(o.getURI());
            return;
        }
        out.write('"');
        text(o.getLiteralLexicalForm());
        out.write('"');
        String lang = o.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            out.write('@');
            out.write(lang);
        } else if (!XSD_STRING.equals(o.getLiteralDatatypeURI())) {
            out.write("^^");
            iri(o.getLiteralDatatypeURI());
        }
    }

    private void iri(String iri) throws IOException {
        if (asIs(iri, IRI_AS_IS)) {
            out.write('<');
            out.write(iri);
            out.write('>');
        } else {
            NTriplesUtil.append(VF.createIRI(iri), out, false);
        }
    }

    private void text(String label) throws IOException {
        if (asIs(label, TEXT_AS_IS)) out.write(label);
        else NTriplesUtil.escapeString(label, out, false);
    }

    /** Whether Rio writes {@code s} unchanged: its ASCII characters are all in {@code table}; the others, unescaped, as they are. */
    private static boolean asIs(String s, boolean[] table) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 ? !table[c] : table == IRI_AS_IS) return false;
        }
        return true;
    }

    private interface Append {
        void to(Writer w) throws IOException;
    }

    private static String rio(Append a) {
        try {
            StringWriter w = new StringWriter();
            a.to(w);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
