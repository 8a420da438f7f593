package org.newskg.resolve;

/** A position an article states with its body: {@code person} holds {@code role} in {@code organization} (canonical names). */
public record PositionBody(String person, String role, String organization) {
}
