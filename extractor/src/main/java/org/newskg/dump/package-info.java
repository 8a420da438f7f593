/**
 * The {@code newskg dump} use case: a database's quads written as files others can download.
 *
 * <ul>
 * <li>{@link org.newskg.dump.DumpWriter#write}: in one read transaction and one pass, writes
 *     {@value org.newskg.dump.DumpWriter#NQUADS}, {@value org.newskg.dump.DumpWriter#TRIG} and
 *     {@value org.newskg.dump.DumpWriter#JSONLD}, each streaming (JSON-LD through
 *     {@link org.newskg.dump.JsonLdStreamWriter}), so memory does not grow with the database.</li>
 * <li>{@link org.newskg.dump.VoidDescription#describe}: the VoID and DCAT description written
 *     beside them ({@value org.newskg.dump.VoidDescription#FILE}): size, entities per class, licence,
 *     endpoint, IRI space, vocabularies and the dump files.</li>
 * <li>{@link org.newskg.dump.Prefixes}: the prefixes the dumps, the VoID description and the
 *     server's resource pages write.</li>
 * </ul>
 *
 * <p>Called by {@code cli.DumpCommand}; {@code server} serves the files and the description.
 * Depends on {@code rdf} ({@code Vocab}) only.
 */
package org.newskg.dump;
