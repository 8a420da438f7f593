package org.newskg.model;

/**
 * One occurrence of a named entity. {@code begin}/{@code end} are offsets into the analysis text
 * (simplified, layout-repaired; see {@code NormalizedText}), end exclusive; {@code text} is the
 * simplified surface form found there.
 */
public record Mention(EntityType type, int begin, int end, String text) {
    public Mention {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
}
