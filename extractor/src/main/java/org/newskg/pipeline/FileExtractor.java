package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.newskg.annotate.hanlp.HanlpScript;
import org.newskg.annotate.hanlp.HanlpTokenizer;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;
import org.newskg.model.NewsDate;
import org.newskg.pipeline.FileOutcome.Failed;
import org.newskg.pipeline.FileOutcome.Mapped;
import org.newskg.pipeline.FileOutcome.MappedFile;
import org.newskg.pipeline.FileOutcome.Waiting;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.PositionStatement;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Corpus;
import org.newskg.resolve.CorpusFacts;
import org.newskg.resolve.EventEditions;
import org.newskg.resolve.EventNames;
import org.newskg.resolve.NameCanonicalizer;
import org.newskg.resolve.PositionBody;
import org.newskg.source.SourceFile;
import org.newskg.source.SourceReader;
import org.newskg.source.SourceText;
import org.newskg.source.UnreadableSourceException;
import org.newskg.text.ArticleSplitter;
import org.newskg.text.NormalizedText;
import org.newskg.text.TextNormalizer;

/**
 * One file through the stages, as a value: read ({@code source}) → normalize, with the script
 * converter ({@code text}) → split into articles → annotate each article ({@link ArticleAnnotator})
 * → resolve entities and map to quads ({@code resolve}, {@code rdf}). Takes a {@link SourceFile} (a path and its source key); gives a
 * {@link FileOutcome}: the file's quads and the facts it tells the corpus, or, for a file that
 * needs the corpus, its annotations to {@link #settle} later, or the failure with its location.
 * Nothing shared is read or changed while a file is extracted, so files may be extracted at once.
 */
public final class FileExtractor {
    private final SourceReader reader;
    private final TextNormalizer normalizer;
    private final ArticleSplitter splitter;
    private final ArticleAnnotator annotator;
    private final NameCanonicalizer canonicalizer = new NameCanonicalizer();
    private final ArticleGraphMapper mapper;
    /** The annotator's tokenizer when it segments a file's articles ahead of the rules; null otherwise. */
    private final TokensAhead ahead;

    public FileExtractor(SourceReader reader, TextNormalizer normalizer, ArticleSplitter splitter,
                         ArticleAnnotator annotator, ArticleGraphMapper mapper) {
        this(reader, normalizer, splitter, annotator, mapper, null);
    }

    private FileExtractor(SourceReader reader, TextNormalizer normalizer, ArticleSplitter splitter,
                          ArticleAnnotator annotator, ArticleGraphMapper mapper, TokensAhead ahead) {
        this.reader = reader;
        this.normalizer = normalizer;
        this.splitter = splitter;
        this.annotator = annotator;
        this.mapper = mapper;
        this.ahead = ahead;
    }

    /** newskg's stages: HanLP's traditional→simplified converter and tokenizer (a file's articles segmented first), and every annotator. */
    public static FileExtractor standard(ArticleGraphMapper mapper) {
        TokensAhead ahead = new TokensAhead(new HanlpTokenizer());
        return new FileExtractor(new SourceReader(), new TextNormalizer(HanlpScript.toSimplified()), new ArticleSplitter(),
                ArticleAnnotator.standard(ahead), mapper, ahead);
    }

    public ArticleGraphMapper mapper() {
        return mapper;
    }

    /** The first pass over one file: mapped, or waiting for the corpus, or failed. */
    public FileOutcome extract(SourceFile file) {
        try {
            AnnotatedFile annotated = annotate(file);
            CorpusFacts facts = new CorpusFacts(CorpusFacts.editionsOf(annotated.articles()), List.of(), latinOrganizations(annotated));
            if (needsCorpus(annotated)) return new Waiting(annotated, facts);
            MappedFile mapped = map(annotated, EventNames.AS_WRITTEN);
            return new Mapped(mapped, facts.withBodies(mapped.stated()));
        } catch (Located e) {
            return new Failed(e.failure);
        }
    }

    /**
     * A waiting file against the merged corpus: a page stating no year is read in the month of the
     * one dated edition of the series it names, and Latin names it brackets that the corpus knows
     * as organizations become aliases; then it is mapped. Its facts are the positions it states.
     */
    public FileOutcome settle(AnnotatedFile annotated, Corpus corpus) {
        try {
            Path file = annotated.path();
            NewsDate month = step(file, "corpus", () ->
                    EventEditions.statesNoYear(annotated.articles()) ? corpus.monthOf(annotated.articles()) : null);
            AnnotatedFile settled = annotated;
            if (month != null || step(file, "corpus", () -> knowsBracketedNames(annotated, corpus))) {
                PageDate page = month == null ? new PageDate(annotated.split()) : PageDate.inMonth(annotated.split(), month);
                settled = annotated.withArticles(annotate(file, annotated.text(), annotated.split(), page, corpus.latinOrganizations()));
            }
            MappedFile mapped = map(settled, corpus.namesIn(month));
            return new Mapped(mapped, CorpusFacts.ofBodies(mapped.stated()));
        } catch (Located e) {
            return new Failed(e.failure);
        }
    }

    /**
     * A waiting file kept in its compact form against the merged corpus: read, normalized and split
     * again (the same steps give the same text and articles), then settled as above. A file whose
     * bytes are no longer those it was annotated from fails: its annotations would point elsewhere.
     */
    public FileOutcome settle(WaitingFile waiting, Corpus corpus) {
        try {
            Path file = waiting.path();
            SourceText source = read(file);
            if (!source.sha256().equals(waiting.sha256())) {
                return new Failed(ExtractionFailure.input(file, file + ": changed while the run read it (read it again in a new run)", null));
            }
            NormalizedText text = step(file, "normalize", () -> normalizer.normalize(source.text()));
            List<Article> articles = source.text().isBlank() ? List.of() : step(file, "split", () -> splitter.split(text));
            return settle(new AnnotatedFile(file, waiting.key(), source, text, articles, waiting.articles()), corpus);
        } catch (Located e) {
            return new Failed(e.failure);
        }
    }

    /** One file on its own, as if no other file existed: its quads with its positions completed by itself. */
    public MappedFile extractAlone(SourceFile file) {
        try {
            MappedFile mapped = map(annotate(file), EventNames.AS_WRITTEN);
            Corpus alone = Corpus.of(List.of(CorpusFacts.ofBodies(mapped.stated())));
            List<Quad> quads = new ArrayList<>(mapped.quads());
            StreamRDF collect = collecting(quads);
            for (PositionStatement p : mapped.open()) mapper.position(p, alone.bodyOf(p.person(), p.role()), collect);
            return new MappedFile(mapped.key(), mapped.articles(), quads, List.of(), mapped.stated(), mapped.warnings());
        } catch (Located e) {
            throw new IllegalStateException(e.failure.describe(), e.failure.cause());
        }
    }

    /** Reads, normalizes, splits and annotates one file. */
    private AnnotatedFile annotate(SourceFile sourceFile) {
        Path file = sourceFile.path();
        SourceText source = read(file);
        NormalizedText text = step(file, "normalize", () -> normalizer.normalize(source.text()));
        // an empty or blank file has no article (no phantom article spanning nothing)
        List<Article> articles = source.text().isBlank() ? List.of() : step(file, "split", () -> splitter.split(text));
        return new AnnotatedFile(file, sourceFile.key(), source, text, articles, annotate(file, text, articles, new PageDate(articles), Set.of()));
    }

    private SourceText read(Path file) {
        return step(file, "read", () -> {
            try {
                return reader.read(file);
            } catch (UnreadableSourceException e) {
                throw new Located(ExtractionFailure.input(file, e.getMessage(), e));
            }
        });
    }

    private List<AnnotatedArticle> annotate(Path file, NormalizedText text, List<Article> articles, PageDate page, Set<String> knownLatin) {
        List<AnnotatedArticle> annotated = new ArrayList<>();
        if (ahead != null) ahead.segmentAll(text.text(), articles);
        for (Article article : articles) {
            try {
                AnnotatedArticle a = annotator.annotate(text.text(), page.dateIfMissing(article), knownLatin);
                page.learn(a);
                annotated.add(a);
            } catch (StageFailure e) {
                throw new Located(ExtractionFailure.defect(file, e.stage(), article.index(), offset(text, article), e.getCause()));
            } catch (RuntimeException e) {
                throw new Located(ExtractionFailure.defect(file, "page date", article.index(), offset(text, article), e));
            }
        }
        return annotated;
    }

    /** Maps one file's articles to quads, one named graph each; the file's positions come with them. */
    private MappedFile map(AnnotatedFile file, EventNames eventNames) {
        List<Quad> quads = new ArrayList<>();
        StreamRDF collect = collecting(quads);
        List<PositionStatement> open = new ArrayList<>();
        List<PositionBody> stated = new ArrayList<>();
        for (AnnotatedArticle annotated : file.articles()) {
            try {
                ArticleEntities entities = new ArticleEntities(canonicalizer);
                entities.addMentions(annotated.mentions(), m -> file.text().originalSlice(m.begin(), m.end()));
                ArticleGraphMapper.Positions positions = mapper.map(file.key(), file.source(), file.text(), annotated, entities, eventNames, collect);
                open.addAll(positions.open());
                stated.addAll(positions.stated());
            } catch (RuntimeException e) {
                Article a = annotated.article();
                throw new Located(ExtractionFailure.defect(file.path(), "map", a.index(), offset(file.text(), a), e));
            }
        }
        return new MappedFile(file.key(), file.articles().size(), quads, open, stated, file.source().warnings());
    }

    private static Set<String> latinOrganizations(AnnotatedFile file) {
        Set<String> names = new java.util.TreeSet<>();
        for (AnnotatedArticle a : file.articles()) names.addAll(LatinNames.organizationsOf(a));
        return names;
    }

    private static boolean needsCorpus(AnnotatedFile file) {
        if (EventEditions.statesNoYear(file.articles())) return true;
        for (AnnotatedArticle a : file.articles()) {
            if (!LatinNames.unknownBracketed(file.text().text(), a).isEmpty()) return true;
        }
        return false;
    }

    /** Whether the corpus knows as organizations some Latin names the file brackets without knowing them. */
    private static boolean knowsBracketedNames(AnnotatedFile file, Corpus corpus) {
        for (AnnotatedArticle a : file.articles()) {
            for (String name : LatinNames.unknownBracketed(file.text().text(), a)) {
                if (corpus.latinOrganizations().contains(name)) return true;
            }
        }
        return false;
    }

    /** Where an article starts in the source file, in code points; -1 if that cannot be told. */
    private static int offset(NormalizedText text, Article article) {
        try {
            return text.original().codePointCount(0, text.toOriginal(article.begin()));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Runs one step of {@code file}; a rule that throws becomes a located defect. */
    private static <T> T step(Path file, String stage, Supplier<T> body) {
        try {
            return body.get();
        } catch (Located e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Located(ExtractionFailure.defect(file, stage, -1, -1, e));
        }
    }

    static StreamRDF collecting(List<Quad> quads) {
        return new StreamRDFWrapper(StreamRDFLib.sinkNull()) {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        };
    }

    /** Carries a failure out of the steps of one file to where it becomes a {@link Failed} value. */
    private static final class Located extends RuntimeException {
        final transient ExtractionFailure failure;

        Located(ExtractionFailure failure) {
            super(failure.describe(), null, false, false);
            this.failure = failure;
        }
    }
}
