package org.newskg.annotate;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newskg.model.Segmentation;

/** The segmenter's words as the event finder reads them. */
public final class TokenSegmentation implements Segmentation {
    private final BitSet starts = new BitSet();
    private final BitSet inNouns = new BitSet();
    private final Map<Integer, Integer> verbStartsByEnd = new HashMap<>();

    public TokenSegmentation(List<Token> tokens) {
        for (Token t : tokens) {
            starts.set(t.begin());
            if (t.end() - t.begin() < 2) continue;
            // a person's name counts only as a recognized mention: the tagger's nr is too loose (方式为)
            if (t.pos() == PartOfSpeech.NOUN) inNouns.set(t.begin(), t.end());
            else if (t.pos().isNoun() && !t.isPerson()) inNouns.set(t.begin() + 1, t.end());
            // vn (合作, 发展) and vd are verbs used as nouns and adverbs, at home in an event's name
            if (t.pos().isVerb() && t.pos() != PartOfSpeech.VERBAL_NOUN && t.pos() != PartOfSpeech.ADVERBIAL_VERB) verbStartsByEnd.put(t.end(), t.begin());
        }
    }

    @Override
    public boolean insideNoun(int pos) {
        return inNouns.get(pos);
    }

    @Override
    public boolean wordStartsAt(int pos) {
        return starts.get(pos);
    }

    @Override
    public int verbEndingAt(int pos) {
        return verbStartsByEnd.getOrDefault(pos, -1);
    }
}
