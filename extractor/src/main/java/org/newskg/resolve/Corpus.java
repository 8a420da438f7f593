package org.newskg.resolve;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the files of a run, and the database they are loaded into, say that one file alone cannot:
 * the dated editions of event series, the bodies people hold their roles in, and the organizations
 * named in Latin letters.
 */
public record Corpus(EventEditions editions, PositionBodies bodies, Set<String> latinOrganizations) {
    /** Nothing known beforehand. */
    public static Corpus empty() {
        return new Corpus(new EventEditions(), new PositionBodies(), new TreeSet<>());
    }
}
