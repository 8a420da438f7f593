package org.newskg.extract.quote;

/**
 * The confidences an attribution gives (nkg:confidence), by the kind of evidence for the speaker.
 * A sieve gives the confidence of the candidate it finds, so these name candidates, not sieves.
 */
final class Confidence {
    /** A name next to the speech verb, nothing but a few words between (某某表示). */
    static final double NAME_NEXT_TO_CUE = 0.95;
    /** A name farther in the sentence, or introducing the quote with a colon or 的话. */
    static final double NAME_IN_SENTENCE = 0.8;
    /** A pronoun resolved, or the previous quote's speaker in the same paragraph. */
    static final double PRONOUN_OR_PREVIOUS = 0.7;
    /** A title resolved, a role of an organization, a document's author, or context. */
    static final double TITLE_OR_CONTEXT = 0.5;
    /** The article's dominant person, for lack of anything else. */
    static final double DOMINANT_PERSON = 0.3;
    /** No speaker, or a collective without a mention. */
    static final double NONE = 0.0;

    private Confidence() {
    }
}
