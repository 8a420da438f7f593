package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.LexiconTable;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Companies' legal names that the segmenter cuts apart: a region or a form in brackets inside the
 * name (某某（香港）有限公司, 某某（集团）有限公司) and a Latin brand opening it (ABC光电技术有限公司).
 * Takes the text and the tokens; adds a mention over the whole legal name, which starts at a word's
 * start after the last verb, preposition or particle before it. Tells, too, where a company's name
 * tagged without its Latin opening really starts.
 */
final class LegalNames {
    private static final LexiconTable WORDS = LexiconTable.of("organization-context-words.txt");
    private static final String FORMS = WORDS.alternation("legal-forms");
    private static final Pattern BRACKETED = Pattern.compile("([\\p{IsHan}A-Za-z0-9]{2,16})[（(](?:" + WORDS.alternation("bracketed-parts")
            + ")[）)](?:" + FORMS + ")");
    private static final Pattern LATIN_OPENING = Pattern.compile("(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]{1,9}$");
    private static final Pattern COMPANY_ENDING = Pattern.compile(".*(?:" + FORMS + "|" + WORDS.alternation("company-endings") + ")$");
    /** The most characters a Latin opening is looked for before a tagged name. */
    private static final int LATIN_REACH = 10;

    private LegalNames() {
    }

    static List<Mention> find(String text, List<Token> tokens, int begin, int end) {
        List<Mention> out = new ArrayList<>();
        Matcher m = BRACKETED.matcher(text).region(begin, end);
        while (m.find()) {
            int start = nameStart(tokens, m.start(1), m.end(1));
            if (m.end(1) - start < 2) continue;
            out.add(new Mention(EntityType.ORGANIZATION, start, m.end(), text.substring(start, m.end())));
        }
        return out;
    }

    /** The first character of the name in [begin, end): a word's start, after the last clause word inside. */
    private static int nameStart(List<Token> tokens, int begin, int end) {
        int at = -1;
        for (Token t : tokens) {
            if (t.begin() >= end) break;
            if (t.end() <= begin) continue;
            if (at < 0) at = t.begin() >= begin ? t.begin() : t.end();
            if (t.pos().isVerbOrFunctionWord() && t.pos() != PartOfSpeech.VERBAL_NOUN) at = t.end();
        }
        return at < 0 ? begin : at;
    }

    /** ABC|某光电技术有限公司: the start of a Latin brand written right before a company's name, or {@code begin}. */
    static int withLatinOpening(String text, int begin, int end) {
        if (!COMPANY_ENDING.matcher(text.substring(begin, end)).matches()) return begin;
        Matcher latin = LATIN_OPENING.matcher(text).region(Math.max(0, begin - LATIN_REACH), begin).useTransparentBounds(true);
        return latin.find() ? latin.start() : begin;
    }
}
