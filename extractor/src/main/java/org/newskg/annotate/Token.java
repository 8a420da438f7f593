package org.newskg.annotate;

/**
 * A word from the segmenter: its text, its part of speech and the kind of name it is, in the
 * tagger-neutral classes of {@link PartOfSpeech} and {@link EntityLabel}, and its span in the analysis
 * text, end exclusive. Tagger tags are mapped to these classes by the tagger's adapter
 * ({@code annotate.hanlp.HanlpTags}), so no recognizer reads a tagger's own tag set.
 */
public record Token(String text, PartOfSpeech pos, EntityLabel entity, int begin, int end) {
    public boolean isPerson() {
        return entity == EntityLabel.PERSON || entity == EntityLabel.TRANSLITERATED_PERSON;
    }

    public boolean isPlace() {
        return entity == EntityLabel.PLACE;
    }

    public boolean isOrganization() {
        return entity == EntityLabel.ORGANIZATION || entity == EntityLabel.ESTABLISHMENT;
    }
}
