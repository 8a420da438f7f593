package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.model.Mention;

/** Mention lists as the finders need them. */
final class Mentions {
    private Mentions() {
    }

    /** The mentions inside [begin, end), in text order. */
    static List<Mention> within(List<Mention> mentions, int begin, int end) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) if (m.begin() >= begin && m.end() <= end) out.add(m);
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }
}
