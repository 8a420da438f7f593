package org.newskg.model;

import java.util.List;

/** Everything the annotators found in one article, in analysis-text offsets. */
public record AnnotatedArticle(Article article, List<Mention> mentions, List<PositionMention> positions,
                               List<EventMention> events, List<Quotation> quotations) {
    public AnnotatedArticle {
        mentions = List.copyOf(mentions);
        positions = List.copyOf(positions);
        events = List.copyOf(events);
        quotations = List.copyOf(quotations);
    }
}
