/**
 * The records that flow between the stages; no stage logic and no dependency on any other newskg
 * package, so every stage may use them and none needs another stage to read them.
 *
 * <ul>
 * <li>{@link org.newskg.model.Article}: one article of a file as the splitter found it (span,
 *     title, authors, publisher, date).</li>
 * <li>{@link org.newskg.model.Mention} (of an {@link org.newskg.model.EntityType}),
 *     {@link org.newskg.model.PositionMention}, {@link org.newskg.model.EventMention} and
 *     {@link org.newskg.model.Quotation}: what the annotation stages find, in analysis-text
 *     offsets (end exclusive; see {@link org.newskg.model.TextSpan}).</li>
 * <li>{@link org.newskg.model.AnnotatedArticle}: one article with all of them, what the
 *     annotator hands to resolve and map.</li>
 * <li>{@link org.newskg.model.NewsDate}: the one date type, with its precision (year, year-month,
 *     day, day without year); its {@code parse} and {@code toString} are the only reader and
 *     writer of the text form.</li>
 * <li>{@link org.newskg.model.Segmentation}: what the event stages ask of the segmenter. It lives
 *     here because {@code annotate} implements it ({@code TokenSegmentation}) and {@code extract}
 *     reads it, and neither depends on the other.</li>
 * </ul>
 */
package org.newskg.model;
