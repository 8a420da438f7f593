package org.newskg.pipeline;

import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.PositionStatement;
import org.newskg.resolve.CorpusFacts;
import org.newskg.resolve.PositionBody;

/**
 * What extracting one file returns, a value that touches nothing shared: its quads (or the
 * annotated file when it needs the corpus first), the facts it gives the corpus, or why it failed.
 */
public sealed interface FileOutcome {
    /** Mapped: the file's quads and the positions waiting for the corpus to give their body. */
    record Mapped(MappedFile file, CorpusFacts facts) implements FileOutcome {
    }

    /** Annotated, to be mapped once the corpus is merged (a page without a year, an unknown bracketed Latin name). */
    record Waiting(AnnotatedFile file, CorpusFacts facts) implements FileOutcome {
    }

    record Failed(ExtractionFailure failure) implements FileOutcome {
    }

    /**
     * One file's article graphs, the file known by its source {@code key}: {@code quads} in one named graph per article, the positions whose
     * body it does not name ({@code open}), those it states with one ({@code stated}), and what a user
     * should know about the file although it was read ({@code warnings}, one line each, starting with the path).
     */
    record MappedFile(String key, int articles, List<Quad> quads, List<PositionStatement> open,
                      List<PositionBody> stated, List<String> warnings) {
        public MappedFile {
            quads = List.copyOf(quads);
            open = List.copyOf(open);
            stated = List.copyOf(stated);
            warnings = List.copyOf(warnings);
        }
    }
}
