package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.newskg.pipeline.FileOutcome.Failed;
import org.newskg.pipeline.FileOutcome.Mapped;
import org.newskg.pipeline.FileOutcome.MappedFile;
import org.newskg.pipeline.FileOutcome.Waiting;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.PositionStatement;
import org.newskg.rdf.Vocab;
import org.newskg.resolve.Corpus;
import org.newskg.resolve.CorpusFacts;
import org.newskg.source.SourceFile;
import org.newskg.source.UnreadableSourceException;

/**
 * A run over many files, pushing quads into any {@link StreamRDF} (a Rio dump, a staging file for
 * the TDB2 loader), in three steps:
 * <ol>
 * <li>each file is extracted on its own ({@link FileExtractor#extract}), giving its quads, written
 *     at once, and the facts it tells the corpus; a file that needs the corpus waits;</li>
 * <li>the corpus merges every file's facts, in input order, after what was known beforehand (a
 *     database's); the waiting files, kept as their annotations only ({@link WaitingFile}), are
 *     read again, annotated again against it where it tells them more, and written;</li>
 * <li>positions without a named body are written last, in the body the whole corpus gives them.</li>
 * </ol>
 * A failed file is reported through the {@link FailurePolicy} with its location and skipped; its
 * quads are written only once the whole file has been mapped, so it never leaves half a file.
 *
 * <p>Files are extracted on several threads at once ({@link #withThreads}, by default one per
 * processor; {@link ParallelFiles}), but their outcomes are taken in input order, so the corpus,
 * the waiting files and the quads written are the same whatever the thread count.
 */
public final class Pipeline {
    private final FileExtractor extractor;
    private final Supplier<FileExtractor> extractors;

    private FileBudget budget = new FileBudget(FileBudget.DEFAULT);
    private int threads = Runtime.getRuntime().availableProcessors();

    /** A pipeline whose worker threads share {@code extractor}: its stages must be safe to share. */
    public Pipeline(FileExtractor extractor) {
        this(extractor, () -> extractor);
    }

    /** newskg's standard stages, mapping with {@code mapper}; each worker thread gets its own. */
    public Pipeline(ArticleGraphMapper mapper) {
        this(FileExtractor.standard(mapper), () -> FileExtractor.standard(mapper));
    }

    /** A pipeline using {@code first}, and for more worker threads what {@code more} makes. */
    Pipeline(FileExtractor first, Supplier<FileExtractor> more) {
        this.extractor = first;
        this.extractors = more;
    }

    /** This pipeline, giving each file at most {@code budget} for each pass. */
    public Pipeline withBudget(FileBudget budget) {
        this.budget = budget;
        return this;
    }

    /** This pipeline, working on at most {@code threads} files at once (the output does not change). */
    public Pipeline withThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.threads = threads;
        return this;
    }

    /** Processes {@code files} into {@code out}, which is started and finished here. */
    public ExtractionReport run(List<SourceFile> files, StreamRDF out, Progress progress) {
        return run(files, out, progress, CorpusFacts.NONE, FailurePolicy.SKIP_FILE);
    }

    /**
     * Processes {@code files} into {@code out}, with {@code known} what the corpus holds beforehand
     * (a database's events, positions and organizations), and {@code policy} deciding whether a
     * failure ends the run.
     */
    public ExtractionReport run(List<SourceFile> files, StreamRDF out, Progress progress, CorpusFacts known, FailurePolicy policy) {
        ExtractionReport report = new ExtractionReport();
        out.start();
        out.prefix("nkg", Vocab.NKG);
        OntologyGraph.write(counting(out, report));
        List<CorpusFacts> facts = new ArrayList<>(List.of(known));
        List<WaitingFile> waiting = new ArrayList<>(); // compact: re-read when settled, not held whole
        List<PositionStatement> open = new ArrayList<>();
        ExtractorPool pool = new ExtractorPool(extractor, extractors);
        Corpus corpus;
        try (ParallelFiles parallel = new ParallelFiles(threads, budget)) {
            parallel.run(files, SourceFile::path, file -> pool.with(x -> x.extract(file)), Pipeline::failed, outcome -> {
                if (outcome instanceof Waiting w) {
                    facts.add(w.facts());
                    waiting.add(WaitingFile.of(w.file()));
                    return;
                }
                take(outcome, facts, open, report, policy, out);
                progress.fileDone(report);
            });
            Corpus merged = Corpus.of(facts);
            corpus = merged;
            parallel.run(waiting, WaitingFile::path, file -> pool.with(x -> x.settle(file, merged)), Pipeline::failed, outcome -> {
                take(outcome, facts, open, report, policy, out);
                progress.fileDone(report);
            });
        }
        if (!waiting.isEmpty()) corpus = Corpus.of(facts); // with the positions the waiting files state
        complete(open, corpus, counting(out, report));
        out.finish();
        return report;
    }

    /** Extracts one file given directly (keyed by its name) on its own into a list of quads (one named graph per article). */
    public MappedFile extract(Path file) {
        return extractor.extractAlone(SourceFile.given(file));
    }

    private static FileOutcome failed(UnreadableSourceException e) {
        return new Failed(ExtractionFailure.input(e.file(), e.getMessage(), e));
    }

    /** Writes a mapped file and keeps what it gives the corpus, or reports its failure. */
    private static void take(FileOutcome outcome, List<CorpusFacts> facts, List<PositionStatement> open,
                             ExtractionReport report, FailurePolicy policy, StreamRDF out) {
        if (outcome instanceof Mapped m) {
            facts.add(m.facts());
            open.addAll(m.file().open());
            m.file().warnings().forEach(report::warned);
            m.file().quads().forEach(out::quad);
            report.succeeded(m.file().key(), m.file().articles(), m.file().quads().size());
        } else if (outcome instanceof Failed f) {
            report.failed(f.failure());
            policy.failed(f.failure());
        }
    }

    /** Writes the positions left open, each in the body the corpus gives it (or none). */
    private void complete(List<PositionStatement> open, Corpus corpus, StreamRDF out) {
        for (PositionStatement p : open) extractor.mapper().position(p, corpus.bodyOf(p.person(), p.role()), out);
    }

    /** {@code out}, counting into {@code report} the quads written apart from the files' (the ontology, positions completed by the corpus). */
    private static StreamRDF counting(StreamRDF out, ExtractionReport report) {
        return new StreamRDFWrapper(out) {
            @Override
            public void quad(Quad q) {
                report.addQuads(1);
                super.quad(q);
            }
        };
    }
}
