package org.newskg.extract.quote;

import java.util.Set;

/**
 * One speech verb of {@code quote-cues.txt} and its constraints: the roles it may play and the
 * characters around it that make it no speech verb.
 *
 * @param word      the verb
 * @param uses      its roles: report, bare, tight, near, ask, counted, addressee, in-view
 * @param notAfter  characters that, right before the verb, make it no cue
 * @param notBefore characters that, right after the verb, make it no cue
 * @param mustBefore when not empty, the verb is a cue only if one of these characters follows it
 *                   (or, for a bare verb, a Han character)
 * @param reportNot two characters after the verb that make an indirect report an attitude
 */
record CueRule(String word, Set<String> uses, String notAfter, String notBefore, String mustBefore,
               Set<String> reportNot) {

    boolean has(String use) {
        return uses.contains(use);
    }

    /**
     * Whether the verb is a cue between {@code prev} and {@code next} ({@code next2}: the two
     * characters after it); {@code direct}: it introduces a direct quote rather than a report.
     */
    boolean accepts(char prev, char next, String next2, boolean direct) {
        if (!direct && !has("report")) return false;
        if (notAfter.indexOf(prev) >= 0 || notBefore.indexOf(next) >= 0) return false;
        // a "bare" verb may also take a clause of Han words (某某曾指若…); its speaker must then stand next to it
        boolean bareClause = has("bare") && Character.isIdeographic(next);
        if (!mustBefore.isEmpty() && mustBefore.indexOf(next) < 0 && !bareClause) return false;
        return direct || !reportNot.contains(next2);
    }
}
