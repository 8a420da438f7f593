package org.newskg.extract.quote;

import org.newskg.model.Mention;

/**
 * A resolved speaker: the mention naming them (null for a collective or an unnamed speaker), the
 * role word of an unnamed one, the confidence the evidence gives, and where in the text the
 * speaker stands ([begin, end), -1 when carried over from elsewhere).
 */
record Who(Mention mention, String role, double confidence, int begin, int end) {

    /** A speaker carried over from elsewhere (a previous quote, a document's author). */
    static Who carried(Mention m, String role, double confidence) {
        return new Who(m, role, confidence, -1, -1);
    }

    /** A speaker named by mention {@code m} where it stands. */
    static Who at(Mention m, double confidence) {
        return new Who(m, null, confidence, m.begin(), m.end());
    }
}
