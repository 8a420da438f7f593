package org.newskg.model;

/**
 * A position stated in the text: {@code person} holds {@code role} (a role word such as 局长) in
 * {@code organization} (the organization's name as written, null when the text names none).
 * {@code parentOrganization} is the body the organization belongs to when the title chain says so
 * (香港特区政府 for 创新科技及工业局), else null. {@code qualifier} keeps words such as 前/原 (former),
 * else null. The span covers the whole title phrase and the name, in analysis-text offsets.
 * {@code afterName} marks a title written after the name (某某主席), which never names its body.
 */
public record PositionMention(Mention person, String role, String organization,
                              String parentOrganization, String qualifier, int begin, int end, boolean afterName) {
    /** A title phrase written before the name. */
    public PositionMention(Mention person, String role, String organization, String parentOrganization,
                           String qualifier, int begin, int end) {
        this(person, role, organization, parentOrganization, qualifier, begin, end, false);
    }
}
