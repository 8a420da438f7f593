package org.newskg.extract.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.model.Mention;
import org.newskg.model.Quotation;

/**
 * A paragraph that opens in the first person plural (我们…) outside quotation marks, with no quote
 * of its own, goes on with a verbatim speech reported before: it is given to the speaker of the last
 * report that itself spoke in the first person ("first-person-paragraph"), or, when there is none,
 * to the person said to give a speech in one of the three paragraphs before ("announced-speech").
 */
final class FirstPersonParagraphs {
    static final String CONTINUED = "first-person-paragraph", ANNOUNCED = "announced-speech";
    static final double CONFIDENCE = Confidence.TITLE_OR_CONTEXT;
    /** Paragraphs looked back over for an announced speech. */
    private static final int ANNOUNCE_PARAGRAPHS = 3;
    /** The speaker ends at most this far before the speech announced. */
    private static final int ANNOUNCE_GAP = 40;
    private static final Pattern SPEECH_GIVEN = QuoteRules.pattern("speech-given");
    private static final String WE = QuoteRules.word("first-person-plural");
    private static final String OUR_COUNTRY = QuoteRules.word("our-country");
    private static final String I = QuoteRules.chars("first-person");

    private final QuoteContext x;

    FirstPersonParagraphs(QuoteContext x) {
        this.x = x;
    }

    void addAll() {
        int k = x.a;
        while (k < x.z) {
            int pe = x.text.paragraphEnd(k);
            String para = x.t.substring(k, pe).strip();
            if (para.startsWith(WE) && !x.inQuotes(k) && !x.found.overlaps(k, pe)) continueReport(k);
            k = pe + 1;
        }
    }

    private void continueReport(int k) {
        Quotation src = null;
        for (Quotation q : x.found.all()) {
            if (q.end() > k) break;
            if (q.direct() || q.speaker() == null) continue;
            String words = x.t.substring(q.begin(), q.end()).replace(OUR_COUNTRY, "");
            if (words.contains(WE) || words.contains(I)) src = q;
        }
        if (src != null && !x.reports.startsNewAttribution(k)) {
            int e = x.reports.end(k, src.speaker());
            if (e > k) {
                x.found.add(false, k, e, src.cue(), Who.carried(src.speaker(), src.speakerRole(), CONFIDENCE), src.event(), CONTINUED);
                x.found.sort();
            }
        } else if (src == null && !x.reports.startsNewAttribution(k)) {
            // 某某发表视频致辞。(caption, heading) 我们倡导…: excerpts of the speech just announced
            Mention speaker = speechAnnounced(k);
            int e = speaker == null ? k : x.reports.end(k, speaker);
            if (e > k) {
                x.found.add(false, k, e, null, Who.carried(speaker, null, CONFIDENCE), x.eventLinker.mainEvent(), ANNOUNCED);
                x.found.sort();
            }
        }
    }

    /**
     * The person who, in one of the paragraphs before {@code k} and with no quote since, is said to
     * give a speech (某某向大会发表视频致辞, 某某作主旨演讲), or null.
     */
    private Mention speechAnnounced(int k) {
        int p = k;
        for (int n = 0; n < ANNOUNCE_PARAGRAPHS && p > x.a; ) {
            int ps = x.text.paragraphStart(p - 1);
            if (x.t.substring(ps, p).isBlank()) { p = ps; continue; }
            n++;
            Matcher m = SPEECH_GIVEN.matcher(x.t.substring(ps, p));
            Mention found = null;
            while (m.find()) {
                int at = ps + m.start();
                Mention last = null;
                for (Mention pm : x.persons) {
                    if (pm.end() > at) break;
                    if (pm.begin() >= x.text.sentenceStart(at) && !x.inQuotes(pm.begin())) last = pm;
                }
                if (last != null && at - last.end() <= ANNOUNCE_GAP) found = last;
            }
            if (found != null) return x.found.overlaps(found.end(), k) ? null : found;
            p = ps;
        }
        return null;
    }
}
