/**
 * Where quads go, and nothing else: {@link org.newskg.sink.RioStreamRDF} streams them into a dump
 * in any RDF4J Rio format; {@link org.newskg.sink.TdbStore} is a TDB2 database with its bulk load
 * (empty database) and its one-transaction replacement of graphs. What to extract and load is the
 * pipeline's ({@link org.newskg.pipeline.Loader}).
 */
package org.newskg.sink;
