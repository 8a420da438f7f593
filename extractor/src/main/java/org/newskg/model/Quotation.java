package org.newskg.model;

/**
 * A quoted statement. {@code begin}/{@code end} delimit the quoted words (without the quotation
 * marks) in analysis-text offsets; {@code cue} is the speech verb (说, 表示, 致辞表示…).
 * {@code speaker} is the mention that names the speaker (after pronoun/title resolution), null when
 * the speaker cannot be told; {@code speakerRole} names an unnamed speaker's role (有关负责人) when the
 * speaker mention is an organization. {@code event} is the event the text says it was said at, or
 * null. {@code confidence} (0–1) reflects the evidence for the attribution; {@code attributedBy}
 * names the attribution rule (sieve) that found the speaker, null when there is no speaker.
 */
public record Quotation(boolean direct, int begin, int end, String cue, Mention speaker,
                        String speakerRole, EventMention event, double confidence, String attributedBy) {

    /** A quotation whose attribution rule is not recorded. */
    public Quotation(boolean direct, int begin, int end, String cue, Mention speaker,
                     String speakerRole, EventMention event, double confidence) {
        this(direct, begin, end, cue, speaker, speakerRole, event, confidence, null);
    }
}
