package org.newskg.extract.quote;

/**
 * What a sieve found for a quote: the speech verb (null when none introduces it), the speaker, the
 * sieve's name, and whether the speaker is known to be someone nobody names ({@code unnamed}: the
 * quote is kept without a speaker and no later sieve may guess one).
 */
record Attribution(Cue cue, Who who, String sieve, boolean unnamed) {

    static Attribution unnamed(Cue cue) {
        return new Attribution(cue, null, null, true);
    }
}
