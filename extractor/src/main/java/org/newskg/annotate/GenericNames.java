package org.newskg.annotate;

import org.newskg.lexicon.Lexicon;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a name of a particular body or venue from a class noun built the same way: 该机场, 多家银行,
 * 公立医院 and 三级医院 end like names but name nothing. The head is what precedes the ending
 * (医院, 机场…); it is generic when it starts with a determiner, quantifier or a glued-on preposition,
 * or when it is only a class word.
 */
final class GenericNames {
    private static final Pattern GRADE = Pattern.compile(".*(国家|省|部|市|地|县|乡|镇|村|区|[一二三四五六七八九十]|[A-Z\\d])级.*|.*\\d.*"
            + "|.*(最大|最小|最早|首家|第一家).*");
    /** Prepositions and verbs a tagger glues onto the name after them (向某组织, 访问某银行). */
    private static final Lexicon GLUED_ON = Lexicon.of("为", "对", "从", "向", "在", "把", "被", "给", "由", "与", "及",
            "跟", "希望", "访问", "出席", "担任", "加入", "支持", "主办", "前往", "抵达", "代表", "发表", "检查", "包括",
            "导致", "看望", "来到", "走进", "考察", "调研", "视察", "参观", "实现", "利用", "推进", "质疑", "曾在", "将在",
            "还将在");
    /** A count of people glued onto the body they belong to (两名|某电视台记者). */
    private static final Pattern COUNT_OF_PEOPLE = Pattern.compile("^[一二两三四五六七八九十几数多\\d]+名");
    /** Determiners and counts that, written right before a body's name, make it a reference to some body (一家|某某公司). */
    private static final Lexicon COUNTING_LEADS = Lexicon.of("该", "这", "这家", "这所", "这座", "那", "那家", "各", "各家",
            "每", "每家", "多家", "多所", "几", "几家", "数家", "一些", "一所", "一家", "一座", "一个", "两家", "两所", "三家",
            "最大", "最小", "首家", "多国", "两国", "各国");
    private static final Pattern SUBSIDIARY = Pattern.compile(".+(附属|下属|旗下|所属)");
    private final Lexicon leads = Lexicon.resource("generic-leads.txt");
    private final Lexicon heads = Lexicon.resource("generic-heads.txt");

    boolean isGeneric(String name, String ending) {
        String head = name.substring(0, name.length() - ending.length());
        if (head.isEmpty() || heads.contains(head) || GRADE.matcher(head).matches()) return true;
        // 日本多家|公司: a count inside the head after a place
        String counted = COUNTING_LEADS.longestSuffixOf(head);
        if (counted != null && counted.length() >= 2) return true;
        if (head.length() > 1 && head.endsWith("一")) return true; // 某国一|学校
        if (head.length() > 2 && SUBSIDIARY.matcher(head).matches()) return true; // 某园附属|公司
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
