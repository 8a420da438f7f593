package org.newskg.model;

/** The kinds of named entity the extractor recognises. Events are modelled apart ({@link EventMention}). */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE
}
