package org.newskg.source;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The most one input file may hold, so that one file cannot take the memory or the hours of a whole
 * batch. A file past a limit is refused with one line naming it, rather than split: splitting would
 * have to insert line breaks into the text every offset points into, at boundaries that are guesswork
 * in text of this shape (a minified page, a concatenated dump), while the user can split it knowing
 * what it holds.
 *
 * <ul>
 *   <li>{@value #MAX_FILE_BYTES} bytes (20 MiB) per file: 200 times the largest file of the CCTV corpus;
 *       memory for one file stays near ten times that.</li>
 *   <li>{@value #MAX_LINE_CHARS} characters per line: ten times the longest line of the corpus; a line
 *       is analysed as one paragraph, and analysis time grows faster than its length (160,000
 *       characters took about 30 s, a 5 MB line never ended).</li>
 * </ul>
 */
public final class InputLimits {
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    public static final int MAX_LINE_CHARS = 200_000;

    private InputLimits() {
    }

    /** Refuses a file of {@code size} bytes when it is over the size limit. */
    static void checkSize(Path file, long size) throws UnreadableSourceException {
        if (size > MAX_FILE_BYTES) {
            throw new UnreadableSourceException(file, String.format(Locale.ROOT,
                    "refused: over %,d bytes, the limit for one file (split it into smaller files)", MAX_FILE_BYTES));
        }
    }

    /** Refuses a text with a line longer than the line limit, naming the first such line. */
    static void checkLines(Path file, String text) throws UnreadableSourceException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
            if (!end) continue;
            if (i - start > MAX_LINE_CHARS) {
                throw new UnreadableSourceException(file, String.format(Locale.ROOT,
                        "refused: line %d has %,d characters, over %,d, the limit for one line (break it into paragraphs)",
                        line, i - start, MAX_LINE_CHARS));
            }
            if (i < text.length() && text.charAt(i) == '\n') line++;
            else if (i < text.length() && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) line++;
            start = i + 1;
        }
    }
}
