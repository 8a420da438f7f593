/**
 * Full-text search over the graph's Chinese literals ({@code text:query} in SPARQL).
 *
 * <ul>
 * <li>{@link org.newskg.search.SearchIndex}: the Lucene index, defined once in the Fuseki
 *     configuration's dataset section and kept in the database folder ({@code lucene/});
 *     {@code pointAt} aims that configuration at the database served, {@code rebuild} indexes a
 *     database after {@code newskg load}.</li>
 * <li>{@link org.newskg.search.LiveSearchIndex}: keeps the server's own index in step with the loads
 *     made while it serves: re-indexes, from the union graph, the subjects whose texts a load
 *     replaced or added ({@code IndexedSubjects}), the replaced ones read from a snapshot taken
 *     before the load ({@code ReadSnapshot}).</li>
 * <li>{@link org.newskg.search.SimplifiedChineseAnalyzer}: converts text to simplified with the
 *     converter the analysis text is made with ({@code annotate.hanlp.HanlpScript}), then cuts Han
 *     characters into overlapping bigrams, so a query in either script finds both.</li>
 * </ul>
 *
 * <p>Used by {@code cli.LoadCommand}, {@code server.FusekiLauncher} and {@code server.LiveLoader}. Not a pipeline stage: it
 * reads what was loaded and adds nothing to the graph.
 */
package org.newskg.search;
