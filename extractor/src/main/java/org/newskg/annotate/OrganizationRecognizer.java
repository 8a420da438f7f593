package org.newskg.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Organizations: HanLP's organization tags, kept only when the word ends like an organization name
 * (…局, …办公室, …集团) and names a particular body — a long name, or one that starts with a place or
 * a national prefix (香港…局, 中国…集团); HanLP tags many generic phrases (数字政府, 测评中心) too.
 * Dropped as well: names the sentence uses as a role the subject aspires to (建设国际创新科技中心),
 * editions of events (第二届…大会), and 组织 used as a verb (某县组织的). Items of an enumeration
 * closed by a class noun (A、B、C等企业) are organizations too.
 */
public final class OrganizationRecognizer {
    private static final Pattern ASPIRATION = Pattern.compile(".*(作为|建设|成为|打造|建成|巩固|提升|发展为|定位为)$");
    private static final Pattern NOT_A_BODY = Pattern.compile(".*(\\d|第.+届|建设|打造|成为).*");
    private static final Pattern ENUMERATION = Pattern.compile(
            "((?:\\p{IsHan}{2,12}、)+\\p{IsHan}{2,12})等(?:\\p{IsHan}{0,4})(?:企业|单位|机构|部委|部门|高校|院校|公司|集团|媒体)");
    private static final Lexicon LIST_LEADERS = Lexicon.of("来自", "包括", "如", "有", "以及", "和", "与", "及");
    private static final List<String> NATIONAL_PREFIXES = List.of("中国", "国家", "全国", "中央", "中华", "世界", "亚洲",
            "亚太", "联合国", "国务院");
    private static final Set<String> NOUN_TAGS = Set.of("n", "nz", "vn", "ns", "nsf", "nt", "ntc", "nis", "nit", "nto",
            "ntu", "nts", "nth", "gi", "j", "b");
    private final Lexicon suffixes = Lexicon.resource("org-suffixes.txt");
    /** Well-known public bodies and news agencies by full and short name (general knowledge, as the resolver uses). */
    private final Lexicon wellKnown = Lexicon.resource("org-aliases.txt");

    public List<Mention> recognize(String text, List<Token> tokens) {
        Set<String> places = new HashSet<>();
        for (Token t : tokens) if (t.tag().startsWith("ns") && t.text().length() >= 2) places.add(t.text());
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.tagStartsWith("nt") || !isOrganizationName(t.text())) continue;
            int begin = namesABody(t.text(), places) ? t.begin() : extendLeft(text, tokens, i, places);
            if (begin < 0) continue;
            String name = text.substring(begin, t.end());
            String before = text.substring(Math.max(0, begin - 4), begin);
            if (ASPIRATION.matcher(before).matches()) continue;
            if (name.endsWith("组织") && text.startsWith("的", t.end())) continue;
            out.add(new Mention(EntityType.ORGANIZATION, begin, t.end(), name));
        }
        if (!tokens.isEmpty()) {
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            out.addAll(enumerated(text, begin, end));
            out.addAll(wellKnownBodies(text, begin, end));
        }
        return out;
    }

    /**
     * HanLP often tags only the tail of a long name (政策办公室 of 某特区政府数字政策办公室): the start of
     * the nouns written right before it, when together they name a body; else -1.
     */
    private int extendLeft(String text, List<Token> tokens, int i, Set<String> places) {
        int end = tokens.get(i).end();
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            Token prev = tokens.get(j);
            if (prev.end() != tokens.get(j + 1).begin() || !NOUN_TAGS.contains(prev.tag())) return -1;
            String name = text.substring(prev.begin(), end);
            if (startsWithPlace(name, places) && !NOT_A_BODY.matcher(name).matches()) return prev.begin();
        }
        return -1;
    }

    private List<Mention> wellKnownBodies(String text, int begin, int end) {
        List<Mention> out = new ArrayList<>();
        for (int i = begin; i < end; i++) {
            String w = wellKnown.longestAt(text, i);
            if (w == null || w.length() < 3 || i + w.length() > end) continue;
            out.add(new Mention(EntityType.ORGANIZATION, i, i + w.length(), w));
            i += w.length() - 1;
        }
        return out;
    }

    public boolean isOrganizationName(String s) {
        if (s.length() < 3 || NOT_A_BODY.matcher(s).matches()) return false;
        String suffix = suffixes.longestSuffixOf(s);
        return suffix != null && s.length() > suffix.length();
    }

    private static boolean namesABody(String name, Set<String> places) {
        return name.length() >= 7 || startsWithPlace(name, places);
    }

    private static boolean startsWithPlace(String name, Set<String> places) {
        for (String p : NATIONAL_PREFIXES) if (name.startsWith(p) && name.length() > p.length() + 1) return true;
        for (String p : places) if (name.startsWith(p) && name.length() > p.length() + 1) return true;
        return false;
    }

    /** 来自A集团、B、C等企业: every item of the list is an organization. */
    private List<Mention> enumerated(String text, int begin, int end) {
        List<Mention> out = new ArrayList<>();
        Matcher m = ENUMERATION.matcher(text).region(begin, end);
        while (m.find()) {
            int at = m.start(1);
            for (String item : m.group(1).split("、")) {
                int b = at;
                String name = item;
                String lead = LIST_LEADERS.longestAt(name, 0);
                if (lead != null && name.length() - lead.length() >= 2) {
                    name = name.substring(lead.length());
                    b += lead.length();
                }
                if (name.length() >= 2 && name.length() <= 10) {
                    out.add(new Mention(EntityType.ORGANIZATION, b, b + name.length(), name));
                }
                at += item.length() + 1;
            }
        }
        return out;
    }
}
