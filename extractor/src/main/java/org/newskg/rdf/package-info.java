/**
 * The map half of the resolve + map stage: one annotated article as quads in its own named graph.
 *
 * <p>{@link org.newskg.rdf.ArticleGraphMapper#map} takes the file's source key
 * (its path under the input root), its {@link org.newskg.source.SourceText} and {@link org.newskg.text.NormalizedText}, an
 * {@link org.newskg.model.AnnotatedArticle}, its {@link org.newskg.resolve.ArticleEntities} and the
 * event labels ({@link org.newskg.resolve.EventNames}); it writes the article, its entities with
 * labels, mentions, positions, events, quotations and the graph's provenance to a Jena
 * {@code StreamRDF}, and returns the article's positions: those stated with a body (for the corpus)
 * and the {@link org.newskg.rdf.PositionStatement}s still waiting for one, which
 * {@code ArticleGraphMapper.position} writes after the corpus step.
 *
 * <ul>
 * <li>{@link org.newskg.rdf.Iris}: mints IRIs from canonical names, source keys and offsets only,
 *     never from run order or time.</li>
 * <li>{@link org.newskg.rdf.GraphQuads}: one article graph's quads, so that each is written there
 *     once, by the mapper and by the positions completed after the corpus step.</li>
 * <li>{@code CodePoints}: analysis offsets, mapped back to the original text, are
 *     written as Unicode code point offsets (what SPARQL's STRLEN and SUBSTR count).</li>
 * <li>{@code SourceScript}: the language tag ({@code zh-Hans} or {@code zh-Hant}) of
 *     literals that keep an article's wording.</li>
 * <li>{@link org.newskg.rdf.Vocab}: the terms written; {@code SuperClasses}: the
 *     outside classes each nkg: class specializes, read from {@code ontology/newskg.ttl}.</li>
 * </ul>
 *
 * <p>Rules here are the graph's shape, not word lists: a change of output is a change of the
 * ontology and the shapes too. Writes to a stream only; where quads go is {@code sink}'s.
 */
package org.newskg.rdf;
