package org.newskg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.newskg.rdf.PositionStatement;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Corpus;
import org.newskg.resolve.EventEditions;
import org.newskg.resolve.EventNames;
import org.newskg.resolve.PositionBodies;
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
    private FileBudget budget = new FileBudget(FileBudget.DEFAULT);

    public Pipeline(ArticleGraphMapper mapper) {
        this.mapper = mapper;
    }

    /** This pipeline, giving each file at most {@code budget} to be read and annotated. */
    public Pipeline withBudget(FileBudget budget) {
        this.budget = budget;
        return this;
    }

    /** Processes {@code files} into {@code out}, which is started and finished here. */
    public ExtractionReport run(List<Path> files, StreamRDF out, Progress progress) {
        return run(files, out, progress, Corpus.empty());
    }

    /**
     * Processes {@code files} into {@code out}, with {@code corpus} holding what is known beforehand
     * (a database's events, positions and organizations). Each file is written as soon as it is
     * mapped, except what needs the other files: a file that states no year, or that brackets a
     * Latin name it does not know (Abcd（某某）), is annotated again and mapped last, once every
     * other file has told {@code corpus} what it knows; positions without a named body are written
     * at the end, in the body the corpus gives them.
     */
    public ExtractionReport run(List<Path> files, StreamRDF out, Progress progress, Corpus corpus) {
        ExtractionReport report = new ExtractionReport();
        out.start();
        out.prefix("nkg", Vocab.NKG);
        ontology(out);
        List<AnnotatedFile> later = new ArrayList<>();
        List<PositionStatement> open = new ArrayList<>();
        for (Path file : files) {
            AnnotatedFile annotated = attempt(file, report, () -> budget.run(file, () -> annotate(file)));
            if (annotated != null) {
                annotated.source().warnings().forEach(report::warned);
                learn(annotated, corpus);
                if (needsCorpus(annotated)) {
                    later.add(annotated);
                    continue;
                }
                attempt(file, report, () -> emit(map(annotated, EventNames.AS_WRITTEN, corpus, open), report, out));
            }
            progress.fileDone(report);
        }
        for (AnnotatedFile annotated : later) {
            attempt(annotated.path(), report, () -> {
                var month = EventEditions.statesNoYear(annotated.articles()) ? corpus.editions().monthOf(annotated.articles()) : null;
                AnnotatedFile settled = annotated;
                if (month != null || knowsBracketedNames(annotated, corpus)) {
                    PageDate page = month == null ? new PageDate(annotated.split()) : PageDate.inMonth(annotated.split(), month);
                    settled = annotated.withArticles(annotate(annotated.text(), annotated.split(), page, corpus.latinOrganizations()));
                }
                return emit(map(settled, corpus.editions().namesIn(month), corpus, open), report, out);
            });
            progress.fileDone(report);
        }
        complete(open, corpus.bodies(), counting(out, report));
        out.finish();
        return report;
    }

    /** Writes the positions left open, each in the body {@code bodies} gives it (or none). */
    private void complete(List<PositionStatement> open, PositionBodies bodies, StreamRDF out) {
        for (PositionStatement p : open) mapper.position(p, bodies.bodyOf(p.person(), p.role()), out);
    }

    private static void learn(AnnotatedFile file, Corpus corpus) {
        corpus.editions().learn(file.articles());
        for (AnnotatedArticle a : file.articles()) corpus.latinOrganizations().addAll(ArticleAnnotator.latinOrganizations(a));
    }

    private static boolean needsCorpus(AnnotatedFile file) {
        if (EventEditions.statesNoYear(file.articles())) return true;
        for (AnnotatedArticle a : file.articles()) {
            if (!ArticleAnnotator.unknownBracketedNames(file.text().text(), a).isEmpty()) return true;
        }
        return false;
    }

    /** Whether the corpus knows as organizations some Latin names the file brackets without knowing them. */
    private static boolean knowsBracketedNames(AnnotatedFile file, Corpus corpus) {
        for (AnnotatedArticle a : file.articles()) {
            for (String name : ArticleAnnotator.unknownBracketedNames(file.text().text(), a)) {
                if (corpus.latinOrganizations().contains(name)) return true;
            }
        }
        return false;
    }

    /** Extracts one file on its own into a list of quads (one named graph per article). */
    public FileResult extract(Path file) throws UnreadableSourceException {
        Corpus alone = Corpus.empty();
        List<PositionStatement> open = new ArrayList<>();
        FileResult r = map(annotate(file), EventNames.AS_WRITTEN, alone, open);
        complete(open, alone.bodies(), collecting(r.quads()));
        return r;
    }

    /** Reads, normalizes, splits and annotates one file. */
    private AnnotatedFile annotate(Path file) throws UnreadableSourceException {
        SourceText source = reader.read(file);
        NormalizedText text = normalizer.normalize(source.text());
        List<Article> articles = source.text().isBlank() ? List.of() : splitter.split(text);
        return new AnnotatedFile(file, source, text, articles, annotate(text, articles, new PageDate(articles), Set.of()));
    }

    private List<AnnotatedArticle> annotate(NormalizedText text, List<Article> articles, PageDate page, Set<String> knownLatin) {
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (Article article : articles) {
            AnnotatedArticle a = annotator.annotate(text.text(), page.dateIfMissing(article), knownLatin);
            page.learn(a);
            annotated.add(a);
        }
        return annotated;
    }

    /** Maps one file's articles; the positions whose body they do not name are added to {@code open}. */
    private FileResult map(AnnotatedFile file, EventNames eventNames, Corpus corpus, List<PositionStatement> open) {
        List<Quad> quads = new ArrayList<>();
        StreamRDF collect = collecting(quads);
        List<PositionStatement> mine = new ArrayList<>();
        for (AnnotatedArticle annotated : file.articles()) {
            ArticleEntities entities = new ArticleEntities(canonicalizer);
            entities.addMentions(annotated.mentions(), m -> file.text().originalSlice(m.begin(), m.end()));
            mine.addAll(mapper.map(file.source(), file.text(), annotated, entities, eventNames, corpus.bodies(), collect));
        }
        open.addAll(mine); // only once the whole file has mapped, as its quads
        return new FileResult(file.source().fileName(), file.articles().size(), quads);
    }

    private static StreamRDF collecting(List<Quad> quads) {
        return new StreamRDFWrapper(StreamRDFLib.sinkNull()) {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        };
    }

    /** {@code out}, counting into {@code report} the quads written after the files. */
    private static StreamRDF counting(StreamRDF out, ExtractionReport report) {
        return new StreamRDFWrapper(out) {
            @Override
            public void quad(Quad q) {
                report.addQuads(1);
                super.quad(q);
            }
        };
    }

    private static FileResult emit(FileResult r, ExtractionReport report, StreamRDF out) {
        r.quads().forEach(out::quad);
        report.succeeded(r.fileName(), r.articles(), r.quads().size());
        return r;
    }

    private interface Step<T> {
        T run() throws UnreadableSourceException;
    }

    /** Runs one step for {@code file}; a failure is reported against the file, which is then skipped. */
    private static <T> T attempt(Path file, ExtractionReport report, Step<T> step) {
        try {
            return step.run();
        } catch (UnreadableSourceException e) {
            report.failed(file, e.getMessage());
        } catch (RuntimeException e) {
            report.failed(file, "extraction failed: " + e);
        }
        return null;
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

    /** A file read and annotated, not yet mapped. */
    private record AnnotatedFile(Path path, SourceText source, NormalizedText text, List<Article> split,
                                 List<AnnotatedArticle> articles) {
        AnnotatedFile withArticles(List<AnnotatedArticle> annotated) {
            return new AnnotatedFile(path, source, text, split, annotated);
        }
    }
}
