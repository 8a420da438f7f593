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
 * Companies named with their stock code: business news writes a listed company's name followed by
 * its exchange code in brackets (某某银行（1234）, 某某（700）), which makes that name a company
 * whatever its ending. Takes the text and the segmenter's words; adds an organization mention over
 * the words right before the bracket: names, nouns and abbreviations, at most
 * {@link #MAX_NAME} characters, none of them a verb or function word. A bracketed year (（2024）)
 * is no code. A Latin name written as a whole item of the list next to a listed company (Abcd、某某（1234）)
 * is a company too.
 */
final class ListedCompanies {
    /** A stock code: one to six digits in brackets, nothing else inside. */
    private static final Pattern CODE = Pattern.compile("[（(](\\d{1,6})[）)]");
    /** Years written in brackets after a title are no codes. */
    private static final int FIRST_YEAR = 1900, LAST_YEAR = 2099;
    private static final int MIN_NAME = 2, MAX_NAME = 8;
    /** A Latin name as a whole item of the list, right before or right after a listed company. */
    private static final String LATIN_ITEM = "(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]{1,15})";
    private static final int LATIN_REACH = 20;
    private static final Pattern LATIN_BEFORE = Pattern.compile(LATIN_ITEM + "、$");
    private static final Pattern LATIN_AFTER = Pattern.compile("^、" + LATIN_ITEM + "(?=[、，。及和与等])");
    private static final Lexicon CONJUNCTIONS = LexiconTable.of("organization-context-words.txt").lexicon("joining-and");
    /** Words a company's name is made of. */
    private static final Set<PartOfSpeech> NAME_PARTS = EnumSet.of(PartOfSpeech.NOUN, PartOfSpeech.OTHER_PROPER_NOUN,
            PartOfSpeech.INSTITUTION_NOUN, PartOfSpeech.ABBREVIATION, PartOfSpeech.OTHER_NOUN, PartOfSpeech.NAME);

    private ListedCompanies() {
    }

    static List<Mention> find(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        if (tokens.isEmpty()) return out;
        Matcher m = CODE.matcher(text).region(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
        while (m.find()) {
            int code = Integer.parseInt(m.group(1));
            if (m.group(1).length() == 4 && code >= FIRST_YEAR && code <= LAST_YEAR) continue;
            int begin = nameBegin(text, tokens, m.start());
            if (begin < 0) continue;
            out.add(new Mention(EntityType.ORGANIZATION, begin, m.start(), text.substring(begin, m.start())));
            latinItem(text, LATIN_BEFORE.matcher(text).region(Math.max(0, begin - LATIN_REACH), begin).useTransparentBounds(true), out);
            latinItem(text, LATIN_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + LATIN_REACH)).useTransparentBounds(true), out);
        }
        return out;
    }

    /** Abcd、某某（1234）: a Latin name listed next to a listed company, the whole item, is a company too. */
    private static void latinItem(String text, Matcher item, List<Mention> out) {
        if (item.find()) out.add(new Mention(EntityType.ORGANIZATION, item.start(1), item.end(1), item.group(1)));
    }

    /** Where the name ending at {@code end} begins: over the name words before it; -1 when there is none. */
    private static int nameBegin(String text, List<Token> tokens, int end) {
        int begin = end;
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.end() > begin) continue;
            if (t.end() < begin || end - t.begin() > MAX_NAME || !isNamePart(t)) break;
            begin = t.begin();
        }
        // 及|众安…: a conjunction the segmenter glued to the name joins it to the list before
        while (begin < end && CONJUNCTIONS.contains(text.substring(begin, begin + 1))) begin++;
        if (end - begin < MIN_NAME) return -1;
        String name = text.substring(begin, end);
        boolean han = name.codePoints().allMatch(Character::isIdeographic);
        boolean latin = name.matches("[A-Za-z][A-Za-z0-9]*");
        return han || latin ? begin : -1;
    }

    private static boolean isNamePart(Token t) {
        return NAME_PARTS.contains(t.pos()) || t.isOrganization() || t.isPlace() || t.isPerson();
    }
}
