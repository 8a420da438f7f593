package org.newskg.text;

import java.util.List;
import java.util.Objects;

import org.newskg.model.Article;

/**
 * Divides a normalized source text into its articles. A file may hold one story, a newspaper page
 * of several (with headlines, bylines, datelines, continuation marks; see {@link PageSplitter}), or
 * a dated broadcast transcript with one item per heading (see {@link TranscriptSplitter}). The
 * articles returned cover the analysis text in order, without gaps or overlap, indexed from 0; a
 * text without recognisable structure is one article spanning all of it. Stateless and
 * thread-safe.
 */
public final class ArticleSplitter {

    /** The articles of {@code nt}, in text order; offsets are analysis-text offsets. */
    public List<Article> split(NormalizedText nt) {
        Objects.requireNonNull(nt, "nt");
        String text = nt.text();
        List<Article> articles = TranscriptSplitter.accepts(text)
                ? TranscriptSplitter.split(text)
                : PageSplitter.split(text);
        return List.copyOf(articles);
    }
}
