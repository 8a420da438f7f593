package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Places: HanLP's place tags of two characters or more. A place word directly followed by more
 * letters of a word (碳达峰 gives 达峰) is part of that word, not a place.
 */
public final class PlaceRecognizer {
    public List<Mention> recognize(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.tag().equals("ns") && !t.tag().equals("nsf")) continue;
            if (t.text().length() < 2) continue;
            out.add(new Mention(EntityType.PLACE, t.begin(), t.end(), t.text()));
        }
        return out;
    }
}
