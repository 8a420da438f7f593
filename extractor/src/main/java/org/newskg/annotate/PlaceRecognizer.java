package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Places: HanLP's place tags of two characters or more, and venues — a word ending like a venue
 * (…会展中心, …体育馆), with the place or national prefix written right before it (湾仔 + 会展中心).
 * A bare or generic venue word (会展中心, 该机场, 城市广场) names no particular venue and is skipped.
 */
public final class PlaceRecognizer {
    private static final List<String> NATIONAL_PREFIXES = List.of("国家", "中国", "全国");
    private final Lexicon venueEndings = Lexicon.resource("venue-suffixes.txt");
    private final GenericNames generic = new GenericNames();

    public List<Mention> recognize(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (next != null && next.begin() == t.end() && isVenueWord(next) && isPrefix(t)) {
                out.add(new Mention(EntityType.PLACE, t.begin(), next.end(), t.text() + next.text()));
                i++;
            } else if (isVenueWord(t) && !generic.isGeneric(t.text(), venueEndings.longestSuffixOf(t.text()))) {
                out.add(new Mention(EntityType.PLACE, t.begin(), t.end(), t.text()));
            } else if ((t.tag().equals("ns") || t.tag().equals("nsf")) && t.text().length() >= 2) {
                out.add(new Mention(EntityType.PLACE, t.begin(), t.end(), t.text()));
            }
        }
        return out;
    }

    private boolean isVenueWord(Token t) {
        return t.tag().startsWith("n") && venueEndings.longestSuffixOf(t.text()) != null;
    }

    private static boolean isPrefix(Token t) {
        return (t.tag().startsWith("ns") && t.text().length() >= 2) || NATIONAL_PREFIXES.contains(t.text());
    }
}
