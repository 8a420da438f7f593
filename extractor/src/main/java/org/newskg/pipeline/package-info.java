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
 *     {@link org.newskg.resolve.Corpus}, settles the files that wait for it
 *     ({@link org.newskg.pipeline.WaitingFile}), completes positions. Files are extracted on
 *     several threads ({@link org.newskg.pipeline.ParallelFiles}, each worker with its own extractor
 *     from {@link org.newskg.pipeline.ExtractorPool}) and taken in input order, each within its
 *     {@link org.newskg.pipeline.FileBudget}.</li>
 * <li>{@link org.newskg.pipeline.Loader}: the load use case (staging, replacement, bulk load).</li>
 * <li>{@link org.newskg.pipeline.ExtractionFailure} and {@link org.newskg.pipeline.FailurePolicy}:
 *     failures as located values, handled by one policy.</li>
 * </ul>
 */
package org.newskg.pipeline;
