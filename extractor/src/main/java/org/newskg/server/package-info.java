/**
 * The server: Fuseki over a TDB2 database, made a safe public SPARQL endpoint and a linked-data site.
 *
 * <ul>
 * <li>{@link org.newskg.server.FusekiLauncher#build}: the entry point. Starts Fuseki from
 *     {@code fuseki-config/config.ttl} with its dataset pointed at the database, and adds the web
 *     UI ({@code WebUi}, read-only), a row cap and clean timeouts ({@code CappedQueryService}), no
 *     SERVICE, CORS, gzip, one log line per request ({@code RequestLog}) and the SPARQL service
 *     description ({@code ServiceDescription}). How it listens is a
 *     {@link org.newskg.server.ServerSettings}.</li>
 * <li>{@link org.newskg.server.LinkedData}: IRIs under {@code /id/} answer with their description
 *     ({@code ResourceServlet}, {@code ResourceDescription}; Turtle, JSON-LD, N-Triples or an HTML
 *     {@code ResourcePage}, by {@code RdfNegotiation}), the VoID description at
 *     {@code /.well-known/void} ({@code VoidServlet}) and the dump files at {@code /dumps/}
 *     ({@code DumpFilesServlet}). SPARQL's DESCRIBE gives the same description
 *     ({@link org.newskg.server.LinkedDataDescribe}, a Jena subsystem).</li>
 * <li>{@link org.newskg.server.LiveLoad}: the admin load operation, {@code POST /$/DATASET/load}
 *     ({@code AdminLoadServlet}), opened by an {@link org.newskg.server.AdminPassword} and run by a
 *     {@link org.newskg.server.LiveLoader}, which calls the same load use case as
 *     {@code newskg load} ({@code pipeline.Loader}) and keeps the server's search index in step
 *     ({@code search.LiveSearchIndex}).</li>
 * </ul>
 *
 * <p>Not a pipeline stage: it adds nothing to the graph except through the load use case.
 * Started by {@code cli.ServeCommand} and {@code cli.UpCommand}.
 */
package org.newskg.server;
