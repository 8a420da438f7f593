package org.newskg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.newskg.annotate.ArticleAnnotator;
import org.newskg.annotate.hanlp.HanlpScript;
import org.newskg.annotate.hanlp.HanlpTokenizer;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.Vocab;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.NameCanonicalizer;
import org.newskg.source.SourceReader;
import org.newskg.source.SourceText;
import org.newskg.source.UnreadableSourceException;
import org.newskg.text.ArticleSplitter;
import org.newskg.text.NormalizedText;
import org.newskg.text.TextNormalizer;

/**
 * The whole extraction, read top to bottom: read → normalize → split articles → annotate → resolve
 * entities → map to RDF, pushing quads into any {@link StreamRDF} (a Rio dump, the TDB2 loader).
 * A file that cannot be read or analysed is reported and skipped; its quads are emitted only once
 * the whole file has been mapped, so a failure never leaves half a file in the output.
 */
public final class Pipeline {
    public static final String ONTOLOGY_RESOURCE = "/org/newskg/ontology/newskg.ttl";

    private final SourceReader reader = new SourceReader();
    private final TextNormalizer normalizer = new TextNormalizer(HanlpScript.toSimplified());
    private final ArticleSplitter splitter = new ArticleSplitter();
    private final ArticleAnnotator annotator = new ArticleAnnotator(new HanlpTokenizer());
    private final NameCanonicalizer canonicalizer = new NameCanonicalizer();
    private final ArticleGraphMapper mapper;

    public Pipeline(ArticleGraphMapper mapper) {
        this.mapper = mapper;
    }

    /** Processes {@code files} in order into {@code out}, which is started and finished here. */
    public ExtractionReport run(List<Path> files, StreamRDF out, Progress progress) {
        ExtractionReport report = new ExtractionReport();
        out.start();
        out.prefix("nkg", Vocab.NKG);
        ontology(out);
        for (Path file : files) {
            try {
                FileResult r = extract(file);
                r.quads().forEach(out::quad);
                report.succeeded(r.fileName(), r.articles(), r.quads().size());
            } catch (UnreadableSourceException e) {
                report.failed(file, e.getMessage());
            } catch (RuntimeException e) {
                report.failed(file, "extraction failed: " + e);
            }
            progress.fileDone(report);
        }
        out.finish();
        return report;
    }

    /** Extracts one file into a list of quads (one named graph per article). */
    public FileResult extract(Path file) throws UnreadableSourceException {
        SourceText source = reader.read(file);
        NormalizedText text = normalizer.normalize(source.text());
        List<Article> articles = splitter.split(text);
        List<Quad> quads = new ArrayList<>();
        StreamRDF collect = new StreamRDFWrapper(StreamRDFLib.sinkNull()) {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        };
        PageDate page = new PageDate(articles);
        for (Article article : articles) {
            AnnotatedArticle annotated = annotator.annotate(text.text(), page.dateIfMissing(article));
            page.learn(annotated);
            ArticleEntities entities = new ArticleEntities(canonicalizer);
            entities.addMentions(annotated.mentions(), m -> text.originalSlice(m.begin(), m.end()));
            mapper.map(source, text, annotated, entities, collect);
        }
        return new FileResult(source.fileName(), articles.size(), quads);
    }

    /**
     * The ontology in its own named graph, so a dump or database carries its vocabulary. Its blank
     * nodes (OWL unions, restrictions) are labelled from the ontology's own bytes, so two runs write
     * the same labels and dumps of the same input are byte-identical.
     */
    private static void ontology(StreamRDF out) {
        try (InputStream in = Pipeline.class.getResourceAsStream(ONTOLOGY_RESOURCE)) {
            if (in == null) throw new IllegalStateException("ontology resource missing: " + ONTOLOGY_RESOURCE);
            byte[] turtle = in.readAllBytes();
            var graph = NodeFactory.createURI(Vocab.ONTOLOGY);
            RDFParser.source(new java.io.ByteArrayInputStream(turtle)).lang(Lang.TURTLE)
                    .labelToNode(LabelToNode.createScopeByDocumentHash(java.util.UUID.nameUUIDFromBytes(turtle)))
                    .parse(new StreamRDFWrapper(StreamRDFLib.sinkNull()) {
                @Override
                public void triple(org.apache.jena.graph.Triple t) {
                    out.quad(Quad.create(graph, t));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record FileResult(String fileName, int articles, List<Quad> quads) {
    }
}
