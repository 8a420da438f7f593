package org.newskg.extract.quote;

/**
 * An attribution sieve for a direct quote: one rule that may find the quote's speaker. The sieves
 * are tried in one ordered list ({@link DirectQuotes#SIEVES}); the first that fires wins, and its
 * name is recorded on the quotation as {@code nkg:attributedBy}.
 */
interface Sieve {
    /** A short name for the rule, as written in nkg:attributedBy (e.g. "speaker-before-cue"). */
    String name();

    /** The highest confidence this sieve gives; a weaker candidate it finds (a pronoun, a title) gives less. */
    double confidence();

    /** The attribution of the quote at {@code site}, or null when this sieve does not fire. */
    Attribution attribute(QuoteSite site);
}
