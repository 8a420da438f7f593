package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;

/**
 * Byline roles (某社记者, 通讯员) of {@link PositionParser}: which roles credit a text, a role before
 * a colon or bar right before the name (记者：某某), and a byline role without a body after a byline
 * that names one (某报记者甲实习记者乙). Words: position-words.txt.
 */
final class BylineRoles {
    private static final LexiconTable WORDS = LexiconTable.of("position-words.txt");
    private static final Lexicon ROLE_ENDINGS = WORDS.lexicon("byline-role-endings");
    private static final Lexicon ROLES = WORDS.lexicon("byline-roles");
    /** A byline role, a colon or bar, then the name: 记者：某某. */
    private static final Pattern MARK = Pattern.compile("(\\p{IsHan}+)[ 　]*[：:|｜][ 　]*$");

    private BylineRoles() {
    }

    static boolean isByline(String role) {
        return ROLE_ENDINGS.longestSuffixOf(role) != null || ROLES.contains(role);
    }

    /** Byline roles without a body take the body of the byline before them. */
    static List<PositionMention> sameBody(List<PositionMention> mine, List<PositionMention> previous) {
        if (previous.isEmpty() || !isByline(previous.get(0).role()) || previous.get(0).organization() == null) return mine;
        List<PositionMention> out = new ArrayList<>();
        for (PositionMention p : mine) {
            boolean open = p.organization() == null && isByline(p.role());
            out.add(open ? new PositionMention(p.person(), p.role(), previous.get(0).organization(), null, p.qualifier(),
                    p.begin(), p.end()) : p);
        }
        return out;
    }

    /** 记者：某某 and 记者|某某: a byline role before a colon or bar, right before the name (the publisher is added later). */
    static List<PositionMention> beforeMark(String text, Mention person, Lexicon roles) {
        Matcher m = MARK.matcher(text.substring(Math.max(0, person.begin() - 12), person.begin()));
        if (!m.find()) return List.of();
        String role = roles.longestSuffixOf(m.group(1));
        if (role == null || !isByline(role)) return List.of();
        int begin = person.begin() - m.group().length() + m.group(1).length() - role.length();
        return List.of(new PositionMention(person, role, null, null, null, begin, person.end()));
    }
}
