package org.newskg.extract.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * A document as the subject of a speech verb (文章强调，, 声明说，, 报告指出，) speaks for its author:
 * the person or organization that the nearest earlier mention of that document names as its author
 * (某某发表声明, 某某的重要文章, 某市政府工作报告), in this article. Rules: {@code document-subject} and
 * {@code authoring} in {@code quote-patterns.txt}.
 */
final class DocumentAuthors {
    private static final Pattern DOCUMENT_SUBJECT = QuoteRules.pattern("document-subject");
    private static final Pattern AUTHORING = QuoteRules.pattern("authoring");
    private static final char INSIDE = QuoteRules.character("inside");
    /** Words between an author and the document, at most. */
    private static final int AUTHOR_GAP = 24;

    private final QuoteContext x;

    DocumentAuthors(QuoteContext x) {
        this.x = x;
    }

    /** The author of the document that is the subject of the cue at {@code cb}, or null. */
    Who authorOf(int rs, int cb) {
        int k = x.text.clauseStart(rs, cb);
        Matcher dm = DOCUMENT_SUBJECT.matcher(x.t.substring(k, cb).strip());
        if (!dm.matches()) return null;
        String noun = dm.group(1);
        int at = k;
        while (true) {
            at = x.t.lastIndexOf(noun, at - 1);
            if (at < x.a) return null;
            if (x.inQuotes(at)) continue;
            int after = at + noun.length();
            if (after < x.z && x.t.charAt(after) == INSIDE) after++;
            if (x.cues.at(after) != null) {
                // an earlier bare 文章指出，: look further back for its author
                int cs = x.text.clauseOrSentenceStart(at);
                if (DOCUMENT_SUBJECT.matcher(x.t.substring(cs, after).strip()).matches()) continue;
            }
            Mention author = authorBefore(at);
            if (author != null) return Who.carried(author, null, Confidence.TITLE_OR_CONTEXT);
            if (at < k && x.text.sentenceStart(at) != x.text.sentenceStart(k)) return null;   // only the nearest earlier sentence naming it
        }
    }

    /** The last person or organization of the sentence before a document's mention at {@code at} that authored it. */
    private Mention authorBefore(int at) {
        int ss = x.text.sentenceStart(at);
        Mention author = null;
        for (Mention m : x.mentions) {
            if (m.begin() < ss) continue;
            if (m.end() > at) break;
            if (x.inQuotes(m.begin()) || (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION)) continue;
            String gap = x.t.substring(m.end(), at);
            // a body written right before its document is its author (某市政府工作报告)
            boolean compound = gap.isEmpty() && m.type() == EntityType.ORGANIZATION;
            if (!compound && (gap.length() > AUTHOR_GAP || gap.matches(".*[，。；：,;:].*") || !AUTHORING.matcher(gap).find())) continue;
            if (m.type() == EntityType.ORGANIZATION && x.candidates.inObjectPhrase(m, ss)) continue;
            author = m;
        }
        return author;
    }
}
