package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;
import org.newskg.source.SourceText;
import org.newskg.text.NormalizedText;

/** A file read, normalized, split and annotated, not yet mapped; {@code key} is its source key (see {@link org.newskg.source.SourceFile}). */
public record AnnotatedFile(Path path, String key, SourceText source, NormalizedText text, List<Article> split,
                            List<AnnotatedArticle> articles) {
    public AnnotatedFile {
        split = List.copyOf(split);
        articles = List.copyOf(articles);
    }

    AnnotatedFile withArticles(List<AnnotatedArticle> annotated) {
        return new AnnotatedFile(path, key, source, text, split, annotated);
    }
}
