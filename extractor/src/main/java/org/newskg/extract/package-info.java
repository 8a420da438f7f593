/**
 * The events and quotations stages of the annotate stage, and what both read: one article's text
 * units and its dates.
 *
 * <ul>
 * <li>{@link org.newskg.extract.EventFinder} — takes the analysis text, an
 *     {@link org.newskg.model.Article}, its mentions and a {@link org.newskg.model.Segmentation};
 *     adds {@link org.newskg.model.EventMention}s. Entry point of the chain in
 *     {@link org.newskg.extract.event}; rules in the {@code event-*} lexicon files.</li>
 * <li>{@link org.newskg.extract.QuoteFinder} — takes the analysis text, the article, its mentions
 *     and events; adds {@link org.newskg.model.Quotation}s, each naming the rule that attributed it
 *     (nkg:attributedBy). Entry point of the chain in {@link org.newskg.extract.quote}; rules in the
 *     {@code quote-*} lexicon files.</li>
 * <li>{@link org.newskg.extract.ArticleText} — one article's paragraphs, sentences, clauses and
 *     quotation-mark pairs ({@link org.newskg.extract.QuotedSpan}), each unit defined once here.</li>
 * <li>{@link org.newskg.extract.DateResolver} — finds date expressions and resolves them against a
 *     reference date to {@link org.newskg.model.NewsDate}s (absolute, relative such as 昨日,
 *     anaphoric such as 当天); its words come from {@link org.newskg.extract.DateWords}, which reads
 *     {@code date-numerals.txt}, {@code date-units.txt} and {@code date-relative.txt}.</li>
 * </ul>
 *
 * <p>Where the stages run relative to the recognizers is the pipeline's choice
 * ({@code pipeline/AnnotationStages}). This package and its sub-packages depend on {@code model},
 * {@code lexicon} and {@code text} (character classes) only: they do not import {@code annotate}
 * (the segmenter is reached through {@code model.Segmentation}) nor HanLP.
 */
package org.newskg.extract;
