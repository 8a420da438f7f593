package org.newskg.extract.event;

import java.util.List;
import org.newskg.model.Segmentation;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.NewsDate;

/**
 * The input every event stage reads: the analysis text, the article's stretch of it
 * {@code [begin, end)}, the article's entity mentions in text order, the segmenter's words and the
 * date partial dates are read against (the article's, else its page's, or null), and the place its
 * dateline names (or null).
 */
record EventText(String text, int begin, int end, List<Mention> mentions, Segmentation words, NewsDate reference,
                 String datelinePlace) {
    EventText {
        mentions = List.copyOf(mentions);
    }

    /** The input of an article without a dateline place. */
    EventText(String text, int begin, int end, List<Mention> mentions, Segmentation words, NewsDate reference) {
        this(text, begin, end, mentions, words, reference, null);
    }

    char at(int k) {
        return text.charAt(k);
    }

    /** The mention covering offset {@code k}, or null. */
    Mention mentionCovering(int k) {
        for (Mention m : mentions) {
            if (m.begin() <= k && k < m.end()) return m;
            if (m.begin() > k) break;
        }
        return null;
    }

    /** Whether a place or organization mention lies within {@code [b, e)}. */
    boolean hasNonPersonWithin(int b, int e) {
        for (Mention m : mentions) {
            if (m.begin() >= b && m.end() <= e && m.type() != EntityType.PERSON) return true;
        }
        return false;
    }
}
