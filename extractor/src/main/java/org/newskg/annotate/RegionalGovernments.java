package org.newskg.annotate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * The government of the region a report is about, named bare: in an article about one Special
 * Administrative Region only, 政府 written alone (政府与某会成立基金, 表示政府重视) is that region's
 * government, and a bureau its gazetteer lists only with the region's name (教育局, 保安局) is that
 * region's bureau. Takes the text, the article's tokens; adds mentions with the gazetteer's full name.
 * An article is about a region when it names the region at least twice and neither the other region
 * nor a mainland government (某市政府, 国务院): there a bare 政府 may be another one. A bare word
 * counts only as a word of its own, not after a place or a noun that qualifies it (某市|教育局, 各级|政府),
 * and 政府 not before a noun it qualifies (政府|部门).
 */
final class RegionalGovernments {
    private static final LexiconTable WORDS = LexiconTable.of("organization-context-words.txt");
    private static final String GOVERNMENT = WORDS.word("bare-government");
    private static final int MIN_MENTIONS = 2;
    /** The shortest bare bureau taken (教育局); two characters (海关) name too many bodies. */
    private static final int MIN_BUREAU = 3;
    /** Words after which a bare name is no body of its own (a qualifier before it). */
    private static final Set<PartOfSpeech> QUALIFIERS = EnumSet.of(PartOfSpeech.NOUN, PartOfSpeech.NAME,
            PartOfSpeech.OTHER_PROPER_NOUN, PartOfSpeech.DISTINGUISHING_WORD, PartOfSpeech.ABBREVIATION,
            PartOfSpeech.NOUN_MORPHEME, PartOfSpeech.OTHER, PartOfSpeech.MEASURE, PartOfSpeech.INSTITUTION_NOUN);
    private final List<Region> regions = new ArrayList<>();
    private final Lexicon mainland = WORDS.lexicon("mainland-governments");

    /** A region: the words that name it, its government's full name, and its bureaus by their bare names. */
    private record Region(List<String> names, String government, Map<String, String> bureaus) {
    }

    RegionalGovernments() {
        for (List<String> row : WORDS.lines("sar-government")) {
            String government = row.get(1);
            Map<String, String> bureaus = new HashMap<>();
            for (List<String> body : Lexicon.rows("gazetteer-government-bodies.txt")) {
                String full = body.get(0);
                if (full.startsWith(government) && full.length() - government.length() >= MIN_BUREAU) {
                    bureaus.put(full.substring(government.length()), full);
                }
            }
            regions.add(new Region(List.of(row.get(0).split("\\|")), government, bureaus));
        }
    }

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        if (tokens.isEmpty()) return out;
        String article = text.substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
        Region region = soleRegion(article);
        if (region == null) return out;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String full = t.text().equals(GOVERNMENT) ? region.government() : region.bureaus().get(t.text());
            if (full == null || (i > 0 && QUALIFIERS.contains(tokens.get(i - 1).pos()) && tokens.get(i - 1).end() == t.begin())) continue;
            if (full.equals(region.government()) && i + 1 < tokens.size() && tokens.get(i + 1).pos().isNoun()) continue;
            out.add(new Mention(EntityType.ORGANIZATION, t.begin(), t.end(), t.text(), full));
        }
        return out;
    }

    /** The one region the article is about, or null. */
    private Region soleRegion(String article) {
        Region found = null;
        for (Region r : regions) {
            int count = 0;
            for (String name : r.names()) count += occurrences(article, name);
            if (count == 0) continue;
            if (found != null || count < MIN_MENTIONS) return null;
            found = r;
        }
        if (found == null) return null;
        for (int at = 0; at < article.length(); at++) {
            if (mainland.longestAt(article, at) != null) return null;
        }
        return found;
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) n++;
        return n;
    }
}
