package org.newskg.model;

/**
 * One occurrence of a named entity. {@code begin}/{@code end} are offsets into the analysis text
 * (simplified, layout-repaired; see {@code NormalizedText}), end exclusive; {@code text} is the
 * simplified surface form found there. {@code referent} is the name of the entity the mention
 * stands for when the surface is not a form of that name the resolver could tell by itself — a
 * Latin alias in brackets (某研发中心（ABC）) or a surname with a title (李局长); else null.
 */
public record Mention(EntityType type, int begin, int end, String text, String referent) {
    public Mention {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }

    public Mention(EntityType type, int begin, int end, String text) {
        this(type, begin, end, text, null);
    }

    /** Whether this mention shares a character with [begin, end). */
    public boolean overlaps(int begin, int end) {
        return this.begin < end && begin < this.end;
    }
}
