package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.newskg.model.AnnotatedArticle;

/**
 * What the run keeps of a file waiting for the corpus: its path and source key, the SHA-256 of the bytes it was
 * annotated from, and its annotations, but not its text (twice, in both scripts) nor the offset map,
 * which are several times the annotations' size. {@link FileExtractor#settle(WaitingFile,
 * org.newskg.resolve.Corpus)} reads, normalizes and splits the file again, which costs little
 * beside annotating it, and refuses a file whose bytes changed in the meantime.
 */
public record WaitingFile(Path path, String key, String sha256, List<AnnotatedArticle> articles) {
    public WaitingFile {
        articles = List.copyOf(articles);
    }

    /** The compact form of {@code file}. */
    static WaitingFile of(AnnotatedFile file) {
        return new WaitingFile(file.path(), file.key(), file.source().sha256(), file.articles());
    }
}
