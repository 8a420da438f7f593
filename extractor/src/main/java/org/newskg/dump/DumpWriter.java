package org.newskg.dump;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Writes a database's quads, in one read transaction and one pass, to three files at once:
 * {@value #NQUADS} (gzip), {@value #TRIG} and {@value #JSONLD} (compacted, with an @context). Every
 * writer streams, so memory does not grow with the database; each stored quad is written once.
 */
public final class DumpWriter {
    public static final String NQUADS = "newskg.nq.gz";
    public static final String TRIG = "newskg.trig";
    public static final String JSONLD = "newskg.jsonld";

    /** A file written: its name, media type and size in bytes. */
    public record DumpFile(String name, String mediaType, long bytes) {
    }

    public record Result(long quads, List<DumpFile> files) {
    }

    private DumpWriter() {
    }

    public static Result write(DatasetGraph dataset, Path dir) throws IOException {
        Files.createDirectories(dir);
        PrefixMap prefixes = Prefixes.all();
        long quads;
        try (OutputStream nq = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(NQUADS)), 1 << 16));
             OutputStream trig = new BufferedOutputStream(Files.newOutputStream(dir.resolve(TRIG)), 1 << 16);
             Writer jsonld = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(dir.resolve(JSONLD)), 1 << 16),
                     StandardCharsets.UTF_8)) {
            List<StreamRDF> sinks = List.of(
                    StreamRDFWriter.getWriterStream(nq, RDFFormat.NQUADS),
                    StreamRDFWriter.getWriterStream(trig, RDFFormat.TRIG_BLOCKS),
                    new JsonLdStreamWriter(jsonld, prefixes));
            quads = Txn.calculateRead(dataset, () -> {
                for (StreamRDF s : sinks) {
                    s.start();
                    prefixes.forEach(s::prefix);
                }
                long n = 0;
                Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    for (StreamRDF s : sinks) s.quad(q);
                    n++;
                }
                for (StreamRDF s : sinks) s.finish();
                return n;
            });
        }
        List<DumpFile> files = new ArrayList<>();
        files.add(new DumpFile(NQUADS, "application/n-quads", Files.size(dir.resolve(NQUADS))));
        files.add(new DumpFile(TRIG, "application/trig", Files.size(dir.resolve(TRIG))));
        files.add(new DumpFile(JSONLD, "application/ld+json", Files.size(dir.resolve(JSONLD))));
        return new Result(quads, files);
    }
}
