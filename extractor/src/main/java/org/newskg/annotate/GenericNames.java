package org.newskg.annotate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;

/**
 * Tells a name of a particular body or venue from a class noun built the same way: 该机场, 多家银行,
 * 公立医院 and 三级医院 end like names but name nothing. The head is what precedes the ending
 * (医院, 机场…); it is generic when it starts with a determiner, quantifier or a glued-on preposition,
 * or when it is only a class word.
 */
final class GenericNames {
    private static final LexiconTable WORDS = LexiconTable.of("generic-context-words.txt");
    /** The mark of a grade (三级, 省级) and the measure word of a count of people (两名). */
    private static final String GRADE_MARK = "级";
    private static final String PEOPLE_MEASURE = "名";
    /** The numeral one: a head ending in it is a count (某国一|学校). */
    private static final String ONE = "一";
    private static final Pattern GRADE = Pattern.compile(".*(" + WORDS.alternation("grade-levels") + "|[" + Numerals.GRADE
            + "]|[A-Z\\d])" + GRADE_MARK + ".*|.*\\d.*" + "|.*(" + WORDS.alternation("superlatives") + ").*");
    /** Prepositions and verbs a tagger glues onto the name after them (向某组织, 访问某银行). */
    private static final Lexicon GLUED_ON = WORDS.lexicon("glued-on");
    /** A count of people glued onto the body they belong to (两名|某电视台记者). */
    private static final Pattern COUNT_OF_PEOPLE = Pattern.compile("^[" + Numerals.COUNT + "\\d]+" + PEOPLE_MEASURE);
    /** Determiners and counts that, written right before a body's name, make it a reference to some body (一家|某某公司). */
    private static final Lexicon COUNTING_LEADS = WORDS.lexicon("counting-leads");
    private static final Pattern SUBSIDIARY = Pattern.compile(".+(" + WORDS.alternation("subsidiary") + ")");
    /** The shortest head a subordination word ends as a sub-unit (某园附属). */
    private static final int MIN_SUBSIDIARY_HEAD = 3;
    /** Prepositions that, ending a head, show the tagger ran a clause into the name (资本市场对|公司). */
    private static final String PREPOSITION_TAILS = WORDS.chars("preposition-tails");
    private final Lexicon leads = Lexicon.resource("generic-leads.txt");
    private final Lexicon heads = Lexicon.resource("generic-heads.txt");

    boolean isGeneric(String name, String ending) {
        String head = name.substring(0, name.length() - ending.length());
        if (head.isEmpty() || heads.contains(head) || GRADE.matcher(head).matches()) return true;
        // 日本多家|公司: a count inside the head after a place
        String counted = COUNTING_LEADS.longestSuffixOf(head);
        if (counted != null && counted.length() >= 2) return true;
        if (head.length() > 1 && head.endsWith(ONE)) return true; // 某国一|学校
        if (head.length() > 1 && PREPOSITION_TAILS.indexOf(head.charAt(head.length() - 1)) >= 0) return true;
        if (head.length() >= MIN_SUBSIDIARY_HEAD && SUBSIDIARY.matcher(head).matches()) return true; // 某园附属|公司
        return startsWithLead(head);
    }

    /** Whether the text right before a name (一家数字产权公司, 全球最大集装箱公司) makes it a class noun. */
    boolean countedBefore(String before) {
        return COUNTING_LEADS.longestSuffixOf(before) != null;
    }

    boolean startsWithLead(String word) {
        return leads.longestAt(word, 0) != null || gluedOn(word) != null;
    }

    /** The preposition or verb glued onto the start of {@code word}, or null. */
    String gluedOn(String word) {
        Matcher count = COUNT_OF_PEOPLE.matcher(word);
        if (count.find()) return count.group();
        return GLUED_ON.longestAt(word, 0);
    }
}
