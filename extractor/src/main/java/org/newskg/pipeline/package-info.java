/**
 * The pipeline layer: assembles the stages and runs them; it alone knows their order.
 *
 * <ul>
 * <li>{@link org.newskg.pipeline.FileExtractor}: one file through read → normalize (script
 *     converter) → split → annotate → map, returning a {@link org.newskg.pipeline.FileOutcome}
 *     value; touches nothing shared.</li>
 * <li>{@link org.newskg.pipeline.ArticleAnnotator}: one article through the
 *     {@link org.newskg.pipeline.AnnotationStages annotation stages}, each declaring the
 *     {@link org.newskg.pipeline.Layer layers} it takes and adds.</li>
 * <li>{@link org.newskg.pipeline.Pipeline}: many files; merges their
 *     {@link org.newskg.resolve.CorpusFacts} in input order into the
 *     {@link org.newskg.resolve.Corpus}, settles the files that wait for it, completes positions.</li>
 * <li>{@link org.newskg.pipeline.Loader}: the load use case (staging, replacement, bulk load).</li>
 * <li>{@link org.newskg.pipeline.ExtractionFailure} and {@link org.newskg.pipeline.FailurePolicy}:
 *     failures as located values, handled by one policy.</li>
 * </ul>
 */
package org.newskg.pipeline;
