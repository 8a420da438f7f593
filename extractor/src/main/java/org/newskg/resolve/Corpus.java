package org.newskg.resolve;

/**
 * What the files of a run, and the database they are loaded into, say that one file alone cannot:
 * the dated editions of event series, and the bodies people hold their roles in.
 */
public record Corpus(EventEditions editions, PositionBodies bodies) {
    /** Nothing known beforehand. */
    public static Corpus empty() {
        return new Corpus(new EventEditions(), new PositionBodies());
    }
}
