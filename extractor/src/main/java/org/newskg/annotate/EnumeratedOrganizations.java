package org.newskg.annotate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.text.TextChars;

/**
 * Lists of bodies and lists of projects. Takes the text and its tokens; adds an organization
 * mention for every item of a list closed by a class noun of bodies: 等 and the class (A、B、C等企业,
 * a Latin brand alone: Abcd等企业), or a count and the class (A、B（1234）及C三家银行), items
 * written with their stock code and the last one joined by 及 after a code. The words between 等 and
 * the class hold no verb (A、B等是上述企业 lists topics, not firms), and the first item starts after
 * the last verb or preposition written inside it (牌照由|A). Tells, too, whether a name is an item
 * of a list of projects (推动A、B等项目), which makes it a project, not a body.
 */
final class EnumeratedOrganizations {
    private static final LexiconTable WORDS = LexiconTable.of("organization-context-words.txt");
    private static final String CODE = "(?:[（(]\\d{1,6}[）)])?";
    private static final String ITEM = "(?:\\p{IsHan}{2,12}|[A-Z][A-Za-z0-9]{1,15})" + CODE;
    private static final String CLASSES = "(?:" + WORDS.alternation("enumeration-classes") + ")";
    private static final String CLOSE = WORDS.word("enumeration-close");
    /** How a list of bodies is closed: 等 and up to four characters, or a count and its measure word; then the class. */
    private static final String CLOSING = "(?:" + CLOSE + "(\\p{IsHan}{0,4}?)|[" + WORDS.chars("enumeration-counts") + "\\d]+["
            + WORDS.chars("enumeration-measures") + "])" + CLASSES;
    private static final Pattern ENUMERATION = Pattern.compile(
            "(?<![A-Za-z0-9])((?:" + ITEM + "(?:、|(?<=[）)])[" + WORDS.chars("enumeration-joins") + "]))+" + ITEM
                    + "|[A-Z][A-Za-z0-9]{2,15})" + CLOSING);
    /** How every list ends (a class word): the cheap test that spares most articles the scan. */
    private static final Pattern ENUMERATION_END = Pattern.compile("(?:" + CLOSE + "\\p{IsHan}{0,4}?|[" + WORDS.chars("enumeration-counts")
            + "\\d][" + WORDS.chars("enumeration-measures") + "])" + CLASSES);
    private static final Pattern ITEM_MARKS = Pattern.compile("、|(?<=[）)])[" + WORDS.chars("enumeration-joins") + "]");
    private static final Pattern STOCK_CODE = Pattern.compile(CODE + "$");
    private static final Lexicon LIST_LEADERS = WORDS.lexicon("list-leaders");
    /** 一批|芯片制造: an item opening with a count or a determiner is a class of firms, not one. */
    private static final Lexicon GENERIC_LEADS = Lexicon.resource("generic-leads.txt");
    private static final Lexicon PROJECT_CLASSES = WORDS.lexicon("project-classes");
    /** The farthest a list of projects reaches past one of its items. */
    private static final int PROJECT_LIST_REACH = 40;
    private static final int MIN_ITEM = 2, MAX_ITEM = 10;
    /** Words of a sector or a trade, never of a firm's name alone (百货, 电商, 教育). */
    private static final Set<PartOfSpeech> COMMON_WORDS = EnumSet.of(PartOfSpeech.NOUN, PartOfSpeech.VERBAL_NOUN,
            PartOfSpeech.VERB, PartOfSpeech.OTHER, PartOfSpeech.NOUN_MORPHEME, PartOfSpeech.DISTINGUISHING_WORD);
    /** Words of a clause, never of a name: verbs (not verbal nouns: 发展 of a name), prepositions, particles. */
    private static final Set<PartOfSpeech> CLAUSE_WORDS = EnumSet.of(PartOfSpeech.VERB, PartOfSpeech.COPULA,
            PartOfSpeech.OTHER_VERB, PartOfSpeech.PREPOSITION, PartOfSpeech.PARTICLE);

    private EnumeratedOrganizations() {
    }

    /** 来自A集团、B、C等企业: every item of the list is an organization. */
    static List<Mention> find(String text, List<Token> tokens, int begin, int end) {
        List<Mention> out = new ArrayList<>();
        if (!ENUMERATION_END.matcher(text).region(begin, end).find()) return out;
        Matcher m = ENUMERATION.matcher(text).region(begin, end);
        while (m.find()) {
            if (m.group(2) != null && hasVerb(tokens, m.start(2), m.end(2))) continue;
            Matcher mark = ITEM_MARKS.matcher(text).region(m.start(1), m.end(1));
            int from = m.start(1);
            boolean first = true;
            while (mark.find()) {
                addItem(text, tokens, first ? afterLastVerb(tokens, from, mark.start()) : from, mark.start(), out);
                from = mark.end();
                first = false;
            }
            addItem(text, tokens, first ? afterLastVerb(tokens, from, m.end(1)) : from, m.end(1), out);
        }
        return out;
    }

    private static void addItem(String text, List<Token> tokens, int from, int to, List<Mention> out) {
        if (onlyCommonWords(tokens, from, to)) return;
        String name = STOCK_CODE.matcher(text.substring(from, to)).replaceFirst("");
        int b = from;
        String lead = LIST_LEADERS.longestAt(name, 0);
        if (lead != null && name.length() - lead.length() >= MIN_ITEM) {
            name = name.substring(lead.length());
            b += lead.length();
        }
        if (name.length() >= MIN_ITEM && name.length() <= MAX_ITEM && GENERIC_LEADS.longestAt(name, 0) == null) {
            out.add(new Mention(EntityType.ORGANIZATION, b, b + name.length(), name));
        }
    }

    /**
     * 百货、超市等业态企业: an item the segmenter cut into common words only (no name, brand,
     * abbreviation or institution noun) is a sector, not a firm. An item without words is kept.
     */
    private static boolean onlyCommonWords(List<Token> tokens, int begin, int end) {
        boolean any = false;
        for (Token t : tokens) {
            if (t.begin() >= end) break;
            if (t.end() <= begin) continue;
            if (t.pos() == PartOfSpeech.OTHER_FUNCTION_WORD) continue; // 超市|和|电商
            if (t.isOrganization() || t.isPlace() || t.isPerson() || !COMMON_WORDS.contains(t.pos())) return false;
            any = true;
        }
        return any;
    }

    private static boolean hasVerb(List<Token> tokens, int begin, int end) {
        for (Token t : tokens) if (t.begin() >= begin && t.end() <= end && CLAUSE_WORDS.contains(t.pos())) return true;
        return false;
    }

    /** Where the first item [begin, end) starts: after the last verb or preposition inside it (牌照由|A). */
    private static int afterLastVerb(List<Token> tokens, int begin, int end) {
        int at = begin;
        for (Token t : tokens) {
            if (t.begin() >= end) break;
            if (t.end() > begin && t.end() < end && CLAUSE_WORDS.contains(t.pos())) at = Math.max(at, t.end());
        }
        return at;
    }

    /** 推动A、B等项目: the name ending at {@code end} is an item of a list of projects. */
    static boolean isItemOfProjects(String text, int end) {
        int limit = Math.min(text.length(), end + PROJECT_LIST_REACH);
        for (int p = end; p < limit; p++) {
            char c = text.charAt(p);
            if (TextChars.isClauseEnd(c)) return false;
            if (text.startsWith(CLOSE, p)) {
                return (p == end || text.charAt(end) == '、') && PROJECT_CLASSES.longestAt(text, p + CLOSE.length()) != null;
            }
        }
        return false;
    }
}
