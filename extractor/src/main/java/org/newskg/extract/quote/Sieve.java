package org.newskg.extract.quote;

/**
 * An attribution sieve for a direct quote: one rule that may find the quote's speaker, with a name
 * and the confidence it gives. The sieves are tried in one ordered list ({@link DirectQuotes}); the
 * first that fires wins, and its name is recorded on the quotation as {@code nkg:attributedBy}.
 */
abstract class Sieve {
    private final String name;
    private final double confidence;
    /** The article's run, which the sieve reads. */
    final QuoteContext x;

    Sieve(String name, double confidence, QuoteContext x) {
        this.name = name;
        this.confidence = confidence;
        this.x = x;
    }

    /** A short name for the rule, as written in nkg:attributedBy (e.g. "speaker-before-cue"). */
    final String name() {
        return name;
    }

    /** The highest confidence this sieve gives; a weaker candidate it finds (a pronoun, a title) gives less. */
    final double confidence() {
        return confidence;
    }

    /** The attribution of the quote at {@code site}, or null when this sieve does not fire. */
    abstract Attribution attribute(QuoteSite site);

    /** This sieve's attribution of {@code who}, introduced by {@code cue} (null when no verb introduces the quote). */
    final Attribution found(Cue cue, Who who) {
        return new Attribution(cue, who, name, false);
    }
}
