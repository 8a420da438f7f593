package org.newskg.annotate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link PositionParser} knows of an article while it reads title phrases: what the segmenter
 * says around the names (where clauses break, the words it tagged as places or bodies, its other
 * proper nouns: brands and firms' short names), the text,
 * where the article begins, and the bodies its titles named so far (for {@link GenericBodies}).
 */
record TitleContext(Set<Integer> clauseBreaks, Set<String> taggedBodies, Set<String> properNouns, List<Token> tokens, String text,
        int articleBegin, List<GenericBodies.BodyAt> bodies) {
    /**
     * Prepositions, particles, 是 and 有: a title phrase does not reach back over them. Other verbs may
     * be part of a body's name (创新科技及工业局, 业务拓展首席总监), so they do not end a phrase.
     */
    static final Set<PartOfSpeech> CLAUSE_BREAKERS = EnumSet.of(PartOfSpeech.COPULA, PartOfSpeech.PREPOSITION,
            PartOfSpeech.PARTICLE);

    static TitleContext of(List<Token> tokens, String text, int articleBegin) {
        TitleContext s = new TitleContext(new HashSet<>(), new HashSet<>(), new HashSet<>(), tokens, text, articleBegin, new ArrayList<>());
        for (Token t : tokens) {
            if (CLAUSE_BREAKERS.contains(t.pos())) s.clauseBreaks().add(t.end());
            if (t.isPlace() || t.isOrganization() || t.pos() == PartOfSpeech.ABBREVIATION) s.taggedBodies().add(t.text());
            if (t.pos() == PartOfSpeech.OTHER_PROPER_NOUN) s.properNouns().add(t.text());
        }
        return s;
    }

    /** Whether the segmenter found a verb in text[begin, end): a clause of the sentence, not a body's name. */
    boolean verbWithin(int begin, int end) {
        return tokens.stream().anyMatch(t -> t.begin() >= begin && t.end() <= end && t.pos().isVerb());
    }

    boolean wordStartsAt(int pos) {
        return tokens.stream().anyMatch(t -> t.begin() == pos);
    }
}
