/**
 * The {@code newskg} command line (picocli); {@link org.newskg.cli.NewskgCommand#main} is the entry
 * point ({@code ./newskg} in the project folder runs it).
 *
 * <ul>
 * <li>{@code extract} ({@code ExtractCommand}): the inputs through the pipeline into an RDF dump,
 *     streamed through RDF4J Rio ({@code sink.RioStreamRDF}).</li>
 * <li>{@code load} ({@code LoadCommand}): extract and bulk-load into a TDB2 database through
 *     {@code pipeline.Loader}, replacing a file's earlier graphs; then rebuild the search index.</li>
 * <li>{@code serve} ({@code ServeCommand}) and {@code up} ({@code UpCommand}, which first loads
 *     {@code seeds/} into {@code data/tdb2} unless already loaded): the server ({@code server.FusekiLauncher}).</li>
 * <li>{@code push} ({@code PushCommand}): uploads files to a running server's admin load
 *     operation.</li>
 * <li>{@code dump} ({@code DumpCommand}): N-Quads, TriG, JSON-LD and VoID files of a database
 *     ({@code dump}).</li>
 * <li>{@code loadtest} ({@code LoadTestCommand}, {@code QueryLoad}): load-tests a SPARQL endpoint
 *     on this machine with the queries of {@code queries/}.</li>
 * </ul>
 *
 * <p>Shared options are {@code ExtractionOptions} (inputs, IRI base, time one file may take, threads) and
 * {@code ServerOptions} (address, row cap, admin password); {@code Home} finds the project folder,
 * {@code Inputs} reports how a run went, {@code ProgressBarProgress} shows progress on stderr.
 * The commands hold no extraction rules: those are in the stage packages and the lexicon files.
 */
package org.newskg.cli;
