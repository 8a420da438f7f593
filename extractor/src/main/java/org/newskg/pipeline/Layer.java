package org.newskg.pipeline;

/**
 * What an {@link AnnotationStage} takes from an article's draft and adds to it, as CoreNLP's
 * annotators declare {@code requires()} and {@code requirementsSatisfied()}: the annotator checks,
 * when it is built, that every stage finds what it takes among what earlier stages add.
 */
public enum Layer {
    /** The segmenter's tagged words over the article's span. */
    TOKENS,
    /** Person mentions. */
    PERSONS,
    /** Title phrases: positions written before or after a name. */
    POSITIONS,
    /** Organization mentions. */
    ORGANIZATIONS,
    /** Place mentions. */
    PLACES,
    /** Named events with their dates, places, organizers and mentions. */
    EVENTS,
    /** Quotations with their speakers. */
    QUOTATIONS
}
