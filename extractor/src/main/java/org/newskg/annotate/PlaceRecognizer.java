package org.newskg.annotate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Places: HanLP's place tags of two characters or more, and venues — a word ending like a venue
 * (…会展中心, …体育馆), with the place or national prefix written right before it (湾仔 + 会展中心).
 * A bare or generic venue word (会展中心, 该机场, 城市广场) names no particular venue and is skipped.
 */
public final class PlaceRecognizer {
    private static final LexiconTable WORDS = LexiconTable.of("place-context-words.txt");
    private static final Lexicon NATIONAL_PREFIXES = LexiconTable.of("national-prefixes.txt").lexicon("venue");
    private static final String APPROXIMATELY = WORDS.word("approximately");
    private static final String PARTICLE = WORDS.word("particle");
    /** A number and a measure word glued onto the front of a place (2026年, 40次, 一口, 一场), or a count with nothing after it (三集). */
    private static final Pattern COUNTED = Pattern.compile("[\\d０-９]+" + APPROXIMATELY + "?[" + WORDS.chars("measures-after-digits") + "]"
            + "|[" + Numerals.QUANTITY + "]+" + APPROXIMATELY + "?[" + WORDS.chars("measures-after-numerals") + "]");
    private static final Pattern NUMERAL_AND_ENDING = Pattern.compile(
            "[" + Numerals.VAGUE + "][" + WORDS.chars("counted-place-endings") + "]"); // not 九州
    private static final Set<PartOfSpeech> LONE_FRAGMENTS = EnumSet.of(PartOfSpeech.NOUN,
            PartOfSpeech.NOUN_MORPHEME, PartOfSpeech.OTHER_PROPER_NOUN, PartOfSpeech.PRONOUN_MORPHEME,
            PartOfSpeech.PUNCTUATION, PartOfSpeech.MEASURE, PartOfSpeech.STRING);
    private final Lexicon genericPlaces = Lexicon.resource("generic-places.txt");
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
            } else if (t.isPlace() && t.text().length() >= 2) {
                Mention place = taggedPlace(t, i == 0 ? null : tokens.get(i - 1));
                if (place != null) out.add(place);
            }
        }
        return out;
    }

    /**
     * A place the segmenter tagged, without what it glued on before it (2026年|米兰, 的|东北); null for
     * a count (三集, 4个月里), a common noun (街道, 难民营) or the tail of a word it cut (哈尔科|夫州, 能|登半岛).
     */
    private Mention taggedPlace(Token t, Token before) {
        String w = t.text();
        int cut = 0;
        Matcher count = COUNTED.matcher(w);
        if (count.lookingAt()) cut = count.end();
        else if (w.startsWith(PARTICLE)) cut = PARTICLE.length();
        else if (NUMERAL_AND_ENDING.matcher(w).matches()) return null; // 两县, 一村
        String name = w.substring(cut);
        if (name.length() < 2 || genericPlaces.contains(name)) return null;
        if (cut == 0 && before != null && cutsAWord(before, t)) return null;
        return new Mention(EntityType.PLACE, t.begin() + cut, t.end(), name);
    }

    /**
     * Whether a short place token continues the word before it: a lone character the segmenter could
     * only read as a noun or not at all (哈尔科|夫州, 碳|达峰, 刘|家堡村), a measure word (4个|月里), or a
     * transliterated name (迪亚|拉省). Verbs and adverbs before a place are words of the sentence (潮涌|九州).
     */
    private static boolean cutsAWord(Token before, Token t) {
        if (before.end() != t.begin() || t.text().length() > 3) return false;
        String b = before.text();
        if (before.isPerson()) return t.text().length() == 2;
        if (b.length() != 1 || !Character.isIdeographic(b.charAt(0))) return false;
        return LONE_FRAGMENTS.contains(before.pos());
    }

    private boolean isVenueWord(Token t) {
        return t.pos().isNoun() && venueEndings.longestSuffixOf(t.text()) != null;
    }

    private static boolean isPrefix(Token t) {
        return (t.isPlace() && t.text().length() >= 2) || NATIONAL_PREFIXES.contains(t.text());
    }
}
