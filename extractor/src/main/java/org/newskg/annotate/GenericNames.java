package org.newskg.annotate;

import java.util.regex.Pattern;

/**
 * Tells a name of a particular body or venue from a class noun built the same way: 该机场, 多家银行,
 * 公立医院 and 三级医院 end like names but name nothing. The head is what precedes the ending
 * (医院, 机场…); it is generic when it starts with a determiner, quantifier or a glued-on preposition,
 * or when it is only a class word.
 */
final class GenericNames {
    private static final Pattern GRADE = Pattern.compile(".*(国家|省|部|市|地|县|乡|镇|村|区|[一二三四五六七八九十]|[A-Z\\d])级.*|.*\\d.*");
    /** Prepositions and verbs a tagger glues onto the name after them (向某组织, 访问某银行). */
    private static final Lexicon GLUED_ON = Lexicon.of("为", "对", "从", "向", "在", "把", "被", "给", "由", "与", "及",
            "跟", "希望", "访问", "出席", "担任", "加入", "支持", "主办", "前往", "抵达");
    private final Lexicon leads = Lexicon.resource("generic-leads.txt");
    private final Lexicon heads = Lexicon.resource("generic-heads.txt");

    boolean isGeneric(String name, String ending) {
        String head = name.substring(0, name.length() - ending.length());
        if (head.isEmpty() || heads.contains(head) || GRADE.matcher(head).matches()) return true;
        return startsWithLead(head);
    }

    boolean startsWithLead(String word) {
        return leads.longestAt(word, 0) != null || gluedOn(word) != null;
    }

    /** The preposition or verb glued onto the start of {@code word}, or null. */
    String gluedOn(String word) {
        return GLUED_ON.longestAt(word, 0);
    }
}
