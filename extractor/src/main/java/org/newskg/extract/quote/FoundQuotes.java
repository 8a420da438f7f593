package org.newskg.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newskg.extract.ArticleText;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.Quotation;

/**
 * The quotations found so far in one article, in the order found (sorted by offset when asked), and
 * which offsets they cover. Later attributions read earlier ones (the previous speaker goes on).
 */
final class FoundQuotes {
    /** Shorter direct quotes than this are not dropped as repeats of a longer one. */
    private static final int MIN_REPEATED_LENGTH = 6;

    private final ArticleText text;
    private final String t;
    private final int a;
    private final List<Quotation> out = new ArrayList<>();
    private final boolean[] taken;

    FoundQuotes(ArticleText text) {
        this.text = text;
        this.t = text.text();
        this.a = text.begin();
        this.taken = new boolean[text.end() - text.begin()];
    }

    /** The quotations so far; later ones may have been sorted in. */
    List<Quotation> all() {
        return out;
    }

    boolean taken(int k) {
        return taken[k - a];
    }

    void sort() {
        out.sort(Comparator.comparingInt(Quotation::begin));
    }

    /**
     * Records a quotation of [b, e) (trimmed of spaces) unless one with those bounds exists; the
     * speaker's name is cut back to the name, and {@code sieve} is kept only when a speaker is.
     */
    void add(boolean direct, int b, int e, String cue, Who who, EventMention ev, String sieve) {
        while (b < e && Character.isWhitespace(t.charAt(b))) b++;
        while (e > b && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e <= b) return;
        for (Quotation q : out) if (q.begin() == b && q.end() == e) return;
        Mention sp = who == null ? null : SpeakerNames.speakerName(who.mention());
        String role = who == null ? null : who.role();
        double conf = who == null ? Confidence.NONE : (sp == null ? Confidence.NONE : who.confidence());
        out.add(new Quotation(direct, b, e, cue, sp, role, ev, conf, sp == null ? null : sieve));
        for (int k = b; k < e; k++) taken[k - a] = true;
    }

    boolean overlaps(int b, int e) {
        for (Quotation q : out) if (q.begin() < e && q.end() > b) return true;
        return false;
    }

    /** The quotations without a direct quote whose words are repeated in a longer (or equal, better attributed) one. */
    List<Quotation> withoutRepeats() {
        List<Quotation> keep = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Quotation q = out.get(i);
            if (!q.direct() || !repeated(i)) keep.add(q);
        }
        return keep;
    }

    private boolean repeated(int i) {
        Quotation q = out.get(i);
        String qt = norm(text.text().substring(q.begin(), q.end()));
        for (int j = 0; j < out.size(); j++) {
            Quotation o = out.get(j);
            if (j == i || !o.direct() || (o.begin() <= q.begin() && o.end() >= q.end())) continue;
            String ot = norm(t.substring(o.begin(), o.end()));
            if (qt.length() < MIN_REPEATED_LENGTH || !ot.contains(qt)) continue;
            if (ot.length() > qt.length()) return true;
            if (o.confidence() > q.confidence() || (o.confidence() == q.confidence() && j < i)) return true;
        }
        return false;
    }

    private static String norm(String s) {
        return s.replaceAll("[\\p{P}\\s]", "");
    }
}
