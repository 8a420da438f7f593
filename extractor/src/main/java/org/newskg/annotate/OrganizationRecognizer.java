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
    private final Lexicon suffixes = Lexicon.resource("org-suffixes.txt");

    public List<Mention> recognize(String text, List<Token> tokens) {
        Set<String> places = new HashSet<>();
        for (Token t : tokens) if (t.tag().startsWith("ns") && t.text().length() >= 2) places.add(t.text());
        List<Mention> out = new ArrayList<>();
        for (Token t : tokens) {
            if (!t.tagStartsWith("nt") || !isOrganizationName(t.text()) || !namesABody(t.text(), places)) continue;
            String before = text.substring(Math.max(0, t.begin() - 4), t.begin());
            if (ASPIRATION.matcher(before).matches()) continue;
            if (t.text().endsWith("组织") && text.startsWith("的", t.end())) continue;
            out.add(new Mention(EntityType.ORGANIZATION, t.begin(), t.end(), t.text()));
        }
        if (!tokens.isEmpty()) out.addAll(enumerated(text, tokens.get(0).begin(), tokens.get(tokens.size() - 1).end()));
        return out;
    }

    public boolean isOrganizationName(String s) {
        if (s.length() < 3 || NOT_A_BODY.matcher(s).matches()) return false;
        String suffix = suffixes.longestSuffixOf(s);
        return suffix != null && s.length() > suffix.length();
    }

    private static boolean namesABody(String name, Set<String> places) {
        if (name.length() >= 7) return true;
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
