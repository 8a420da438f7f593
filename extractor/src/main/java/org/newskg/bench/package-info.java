/**
 * The benchmark ({@code newskg bench}): a corpus scaled from real text ({@link org.newskg.bench.CorpusScaler}),
 * whole-process measures of child JVMs ({@link org.newskg.bench.ProcessMeter}), the bare HanLP pass
 * extraction is compared with ({@link org.newskg.bench.BareHanlpPass}), the load against Jena's
 * {@code tdb2.tdbloader} ({@link org.newskg.bench.LoadComparison}), query latency over HTTP
 * ({@link org.newskg.bench.QueryLatency}) and the report ({@link org.newskg.bench.BenchReport}).
 * Nothing here is used by extraction; the pipeline does not know this package.
 */
package org.newskg.bench;
