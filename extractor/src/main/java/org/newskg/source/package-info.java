/**
 * Reading input files into text, the first stage of a file.
 *
 * <p>Takes a path; gives a {@link org.newskg.source.SourceText}: the file's bytes' SHA-256, the
 * detected charset and the decoded text, which every offset the graph writes finally points into.
 *
 * <ul>
 * <li>{@link org.newskg.source.InputFinder}: expands command-line inputs (files, folders searched
 *     for {@code *.txt} and {@code *.md}) into a sorted list of {@link org.newskg.source.SourceFile}s,
 *     each with its source key: its path under the folder given, or its name when given directly,
 *     the file's identity in the graph; a second file with a key already taken is refused.</li>
 * <li>{@link org.newskg.source.SourceReader}: reads one file, refusing files past
 *     {@link org.newskg.source.InputLimits}; the charset is found by {@code EncodingDetector}
 *     (UTF-8/16/32, GB18030, Big5), damaged UTF-8 is read by {@code DamagedUtf8}, control
 *     characters are replaced one for one by {@code ControlCharacters} so offsets stay right.</li>
 * <li>{@link org.newskg.source.UnreadableSourceException}: a file that cannot be made text (binary,
 *     undecodable, unreadable), its message starting with the file.</li>
 * </ul>
 *
 * <p>No word lists: the rules here are about bytes and encodings, and stay in the classes above.
 * The package depends on no other newskg package.
 */
package org.newskg.source;
