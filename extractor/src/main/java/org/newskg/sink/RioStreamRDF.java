package org.newskg.sink;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * A Jena {@link StreamRDF} that streams every quad straight into an RDF4J Rio writer, so dumps are
 * written as the pipeline produces them, never built in memory first. The format comes from the
 * file name through Rio's format registry (.nq, .trig, .ttl, .jsonld; optionally .gz). Turtle has no
 * named graphs: a .ttl dump holds the union of all graphs.
 */
public final class RioStreamRDF implements StreamRDF, AutoCloseable {
    private final ValueFactory vf = SimpleValueFactory.getInstance();
    private final Closeable stream;
    private final RDFWriter writer;
    private final boolean graphs;
    /** N-Quads lines written without Rio's values (null for the other formats). */
    private final NQuadsLines lines;
    private long count;

    private RioStreamRDF(OutputStream stream, RDFFormat format) {
        // Rio's text writers wrap a stream in an unbuffered OutputStreamWriter, encoding every short
        // append on its own (40% of an extract run in the profile); a block writer encodes in blocks
        this.stream = format.hasCharset() ? new BlockWriter(new OutputStreamWriter(stream, format.getCharset())) : stream;
        this.writer = this.stream instanceof Writer text ? Rio.createWriter(format, text) : Rio.createWriter(format, stream);
        this.graphs = format.supportsContexts();
        this.lines = RDFFormat.NQUADS.equals(format) && this.stream instanceof Writer text ? new NQuadsLines(text) : null;
        // pretty printing buffers statements to group them; a dump of a corpus must stream
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, false);
        writer.getWriterConfig().set(BasicWriterSettings.INLINE_BLANK_NODES, false);
    }

    /** Opens a writer for {@code file}, choosing the format from its extension. */
    public static RioStreamRDF open(Path file) throws IOException {
        RDFFormat format = formatOf(file).orElseThrow(() -> new IllegalArgumentException(
                file + ": unknown output format; use .nq, .trig, .ttl or .jsonld, optionally with .gz"));
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (isGzip(file)) out = new GZIPOutputStream(out, 1 << 16);
        return new RioStreamRDF(out, format);
    }

    public static Optional<RDFFormat> formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (!(name.endsWith(".nq") || name.endsWith(".trig") || name.endsWith(".ttl") || name.endsWith(".jsonld"))) {
            return Optional.empty();
        }
        return Rio.getWriterFormatForFileName(name);
    }

    private static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    public long count() {
        return count;
    }

    @Override
    public void start() {
        writer.startRDF();
    }

    @Override
    public void triple(Triple t) {
        writer.handleStatement(vf.createStatement(resource(t.getSubject()), iri(t.getPredicate()), value(t.getObject())));
        count++;
    }

    @Override
    public void quad(Quad q) {
        count++;
        if (lines != null && written(q)) return;
        Resource ctx = graphs && !q.isDefaultGraph() ? resource(q.getGraph()) : null;
        writer.handleStatement(vf.createStatement(resource(q.getSubject()), iri(q.getPredicate()), value(q.getObject()), ctx));
    }

    private boolean written(Quad q) {
        try {
            return lines.write(q);
        } catch (IOException e) {
            throw new RDFHandlerException(e);
        }
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
        writer.handleNamespace(prefix, iri);
    }

    @Override
    public void version(String version) {
    }

    @Override
    public void finish() {
        writer.endRDF();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }

    private Resource resource(Node n) {
        return n.isBlank() ? vf.createBNode(n.getBlankNodeLabel()) : iri(n);
    }

    private IRI iri(Node n) {
        return vf.createIRI(n.getURI());
    }

    private Value value(Node n) {
        if (n.isURI() || n.isBlank()) return resource(n);
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) return vf.createLiteral(n.getLiteralLexicalForm(), lang);
        return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
    }

}
