package org.newskg.source;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One input file as read from disk: where it came from, a fingerprint of its exact bytes and its
 * decoded text. The text is what every later stage works on (and what all offsets ultimately refer
 * to, through {@code NormalizedText}), so it is kept as decoded, with a leading byte order mark
 * removed and control characters replaced one for one (offsets stay right).
 *
 * @param path     the file as given to the reader
 * @param fileName the file name without its folder (the name the graph records as the source)
 * @param sha256   lower-case hex SHA-256 of the raw bytes, to identify the exact input version
 * @param charset  the character set the bytes were decoded with
 * @param text     the decoded text, byte order mark removed, control characters replaced by spaces
 * @param warnings one line each, starting with the path, for what a user should know although the
 *                 file was read: it is empty, damaged bytes or control characters were replaced
 */
public record SourceText(Path path, String fileName, String sha256, Charset charset, String text,
                         List<String> warnings) {
    public SourceText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }

    /** A text read without warnings. */
    public SourceText(Path path, String fileName, String sha256, Charset charset, String text) {
        this(path, fileName, sha256, charset, text, List.of());
    }
}
