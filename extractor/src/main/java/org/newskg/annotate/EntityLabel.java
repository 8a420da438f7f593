package org.newskg.annotate;

/** What kind of named thing the tagger says a word names, or {@link #NONE}. Tagger-neutral. */
public enum EntityLabel {
    NONE,
    /** A person named the Chinese way (or as the tagger's person recognizer found it). */
    PERSON,
    /** A person whose name is a transliteration of a foreign name. */
    TRANSLITERATED_PERSON,
    PLACE,
    ORGANIZATION,
    /**
     * A factory, bank or hotel: an organization, but not one of the nouns an organization's name
     * is grown leftwards over (OrganizationRecognizer). Kept apart from {@link #ORGANIZATION} so the
     * output stays what it was; whether the difference is wanted is an open quality question.
     */
    ESTABLISHMENT
}
