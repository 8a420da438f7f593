package org.newskg.source;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Thrown when an input file cannot be turned into text: it cannot be read, it holds binary data, or
 * no supported character set decodes it cleanly. The message always starts with the file, so that a
 * batch run can report the problem without further context.
 */
public class UnreadableSourceException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public UnreadableSourceException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public UnreadableSourceException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
