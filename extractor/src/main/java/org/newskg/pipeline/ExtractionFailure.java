package org.newskg.pipeline;

import java.nio.file.Path;

/**
 * Why a file was skipped, and where: the file, the article (its index and the code point offset
 * where it starts in the source file, or -1 when the failure is not inside one), and the stage.
 * An {@link Kind#INPUT input} failure is the file's fault (binary, undecodable, unreadable); a
 * {@link Kind#DEFECT defect} is a rule that threw, a bug to see and fix.
 */
public record ExtractionFailure(Path file, Kind kind, String stage, int article, int offset, String reason, Throwable cause) {
    public enum Kind { INPUT, DEFECT }

    /** The file could not be read as text. */
    public static ExtractionFailure input(Path file, String reason, Throwable cause) {
        return new ExtractionFailure(file, Kind.INPUT, "read", -1, -1, reason, cause);
    }

    /** A stage threw on {@code file}, outside any article ({@code article} -1) or inside one. */
    public static ExtractionFailure defect(Path file, String stage, int article, int offset, Throwable cause) {
        return new ExtractionFailure(file, Kind.DEFECT, stage, article, offset, cause.toString() + where(cause), cause);
    }

    /** One line for the user: the file and reason, and for a defect the stage and place. */
    public String describe() {
        if (kind == Kind.INPUT) {
            String name = file.toString();
            return reason.startsWith(name) || reason.startsWith(file.getFileName().toString()) ? reason : name + ": " + reason;
        }
        String place = article < 0 ? "" : ", article " + article + " (offset " + offset + ")";
        return file + place + ", stage " + stage + ": defect: " + reason;
    }

    /** The first frame of newskg's own code the exception passed through, where the rule to fix is. */
    private static String where(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            for (StackTraceElement e : t.getStackTrace()) {
                if (e.getClassName().startsWith("org.newskg.")) return " at " + e.getClassName() + "." + e.getMethodName()
                        + "(" + e.getFileName() + ":" + e.getLineNumber() + ")";
            }
        }
        return "";
    }
}
