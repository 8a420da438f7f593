package org.newskg.resolve;

/** The label an event of one file goes by in the graph, which mints its IRI. */
@FunctionalInterface
public interface EventNames {
    /** Each event under the label its article gives it. */
    EventNames AS_WRITTEN = label -> label;

    String canonical(String label);
}
