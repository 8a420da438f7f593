/**
 * The normalize and split stages: from a file's decoded text to its analysis text and articles.
 *
 * <ol>
 * <li>{@link org.newskg.text.TextNormalizer} takes the decoded text and gives a
 *     {@link org.newskg.text.NormalizedText}: a simplified, markup-free, layout-repaired copy for
 *     analysis and an offset map back to the original. Its steps run in this order:
 *     {@code ScriptConverter} (traditional→simplified, one character for one; the converter itself
 *     is passed in as a function, HanLP's from {@code annotate.hanlp.HanlpScript}),
 *     {@code MarkupStripper}, {@code WhitespaceNormalizer}, {@code DuplicateRunRemover},
 *     {@code LayoutRepairer}, each reading one {@code MappedText} and writing the next.</li>
 * <li>{@link org.newskg.text.ArticleSplitter} takes the analysis text and gives the file's
 *     {@link org.newskg.model.Article}s (span, title, authors, publisher, date): pages through
 *     {@code PageSplitter} (lines classed as {@code PageLine}s by {@code Structure}, credits read by
 *     {@code Bylines} and {@code Datelines}, publishers by {@code Publishers}), broadcast
 *     transcripts through {@code TranscriptSplitter}. {@code YearResolver} gives a
 *     dateline's month and day its year.</li>
 * </ol>
 *
 * <p>Rules live in these lexicon files: {@code publishers.txt} and the table
 * {@code publisher-words.txt} ({@code Publishers}, {@code Bylines}, {@code Datelines}),
 * {@code page-layout-words.txt} ({@code Structure}, {@code TranscriptSplitter}),
 * {@code numeral-chars.txt} (list numbers in {@code Structure}), {@code date-units.txt} and
 * {@code date-plan-words.txt} ({@code YearResolver}). Character classes (Han, full-width
 * punctuation, sentence ends) are in {@link org.newskg.text.TextChars}.
 *
 * <p>Depends only on {@code model} and {@code lexicon}; it does not import HanLP or any later stage.
 */
package org.newskg.text;
