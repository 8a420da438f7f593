package org.newskg.annotate.hanlp;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;

import org.newskg.annotate.EntityLabel;
import org.newskg.annotate.PartOfSpeech;
import org.newskg.annotate.Token;

/**
 * HanLP's part-of-speech tags (its "natures": nr person, nrf transliterated person, ns place, nt…
 * organization, nnt title, v verb, w punctuation…) mapped to the tagger-neutral classes of
 * {@link Token}. This is the one place that knows HanLP's tag set.
 */
public final class HanlpTags {
    private static final Map<String, PartOfSpeech> EXACT = Map.ofEntries(
            entry("n", PartOfSpeech.NOUN), entry("ng", PartOfSpeech.NOUN_MORPHEME),
            entry("nz", PartOfSpeech.OTHER_PROPER_NOUN), entry("nnt", PartOfSpeech.TITLE),
            entry("nis", PartOfSpeech.INSTITUTION_NOUN), entry("nit", PartOfSpeech.INSTITUTION_NOUN),
            entry("j", PartOfSpeech.ABBREVIATION), entry("t", PartOfSpeech.TIME),
            entry("v", PartOfSpeech.VERB), entry("vi", PartOfSpeech.VERB), entry("vf", PartOfSpeech.VERB),
            entry("vn", PartOfSpeech.VERBAL_NOUN), entry("vd", PartOfSpeech.ADVERBIAL_VERB),
            entry("vshi", PartOfSpeech.COPULA), entry("vyou", PartOfSpeech.COPULA),
            entry("p", PartOfSpeech.PREPOSITION),
            entry("uzhe", PartOfSpeech.PARTICLE), entry("ule", PartOfSpeech.PARTICLE),
            entry("uguo", PartOfSpeech.PARTICLE), entry("ude1", PartOfSpeech.PARTICLE),
            entry("ude2", PartOfSpeech.PARTICLE), entry("ude3", PartOfSpeech.PARTICLE),
            entry("q", PartOfSpeech.MEASURE), entry("w", PartOfSpeech.PUNCTUATION), entry("x", PartOfSpeech.STRING),
            entry("Rg", PartOfSpeech.PRONOUN_MORPHEME), entry("gi", PartOfSpeech.TECHNICAL_TERM),
            entry("b", PartOfSpeech.DISTINGUISHING_WORD));
    /** Factory, bank and hotel names: organizations that the rules set apart (see EntityLabel.ESTABLISHMENT). */
    private static final Set<String> ESTABLISHMENTS = Set.of("ntcf", "ntcb", "ntch");
    /** The tag of a term HanLP gives no nature. */
    static final String UNTAGGED = "x";

    private HanlpTags() {
    }

    /** A token of {@code text} at {@code begin} with HanLP's tag {@code tag}. */
    public static Token token(String text, String tag, int begin) {
        return new Token(text, partOfSpeech(tag), entity(tag), begin, begin + text.length());
    }

    static PartOfSpeech partOfSpeech(String tag) {
        PartOfSpeech exact = EXACT.get(tag);
        if (exact != null) return exact;
        if (entity(tag) != EntityLabel.NONE) return PartOfSpeech.NAME;
        if (tag.startsWith("n")) return PartOfSpeech.OTHER_NOUN;
        if (tag.startsWith("v")) return PartOfSpeech.OTHER_VERB;
        if (!tag.isEmpty() && "dpcu".indexOf(tag.charAt(0)) >= 0) return PartOfSpeech.OTHER_FUNCTION_WORD;
        return PartOfSpeech.OTHER;
    }

    static EntityLabel entity(String tag) {
        if (tag.equals("nrf")) return EntityLabel.TRANSLITERATED_PERSON;
        if (tag.startsWith("nr")) return EntityLabel.PERSON;
        if (tag.startsWith("ns")) return EntityLabel.PLACE;
        if (ESTABLISHMENTS.contains(tag)) return EntityLabel.ESTABLISHMENT;
        if (tag.startsWith("nt")) return EntityLabel.ORGANIZATION;
        return EntityLabel.NONE;
    }
}
