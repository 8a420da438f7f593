package org.newskg.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Aliases that an article introduces in brackets next to an organization's name — a Latin one,
 * 某研发中心（ABC） or ABC（某研发中心）, or the Chinese name of a body written in Latin letters,
 * Abcd（某某） — and the other uses of the alias in the article: each is a mention of that
 * organization; so is a short name the article declares after the name (某某有限公司（以下简称“某某”）),
 * unless it is a bare class word (公司) or a reference (本行). Only names recognized as organizations take an alias, so 价格指数（CPI） stays a
 * term: in the article, or, for a Latin name, anywhere in the corpus ({@code knownLatin}).
 */
public final class BracketAliases {
    private static final String ALIAS = "[A-Z][A-Za-z0-9&.\\-]{1,19}";
    private static final Pattern AFTER_NAME = Pattern.compile("[（(]\\s*(" + ALIAS + ")\\s*[）)]");
    private static final Pattern BEFORE_NAME = Pattern.compile("(" + ALIAS + ")\\s*[（(]$");
    private static final Pattern LATIN_NAME = Pattern.compile(ALIAS);
    /** Abcd（某某）: a name in Latin letters and its Chinese name. */
    private static final Pattern LATIN_THEN_HAN = Pattern.compile("(?<![A-Za-z0-9])(" + ALIAS + ")\\s*[（(]\\s*(\\p{IsHan}{2,8})\\s*[）)]");
    /** 某某有限公司（以下简称“某某”）: the short name an article declares for the body before it. */
    private static final Pattern CALLED = Pattern.compile("[（(](?:" + String.join("|", LexiconTable.of("organization-context-words.txt").row("short-name-marks"))
            + ")[：:]?[“「\"]?([\\p{IsHan}A-Za-z0-9]{2,10}?)[”」\"]?[）)]");
    private static final Lexicon SUFFIXES = Lexicon.resource("org-suffixes.txt");
    private static final Lexicon LEADS = Lexicon.resource("generic-leads.txt");
    /** Shorter Chinese aliases are too often part of other words to be matched beyond their brackets. */
    private static final int MIN_REPEATED_HAN = 4;

    public List<Mention> find(String text, int begin, int end, List<Mention> mentions, Set<String> knownLatin) {
        Map<String, String> aliases = new LinkedHashMap<>();
        List<Mention> out = new ArrayList<>();
        Set<String> orgs = new LinkedHashSet<>();
        for (Mention org : mentions) {
            if (org.type() != EntityType.ORGANIZATION) continue;
            orgs.add(org.text());
            Matcher after = AFTER_NAME.matcher(text).region(org.end(), end);
            if (after.lookingAt()) aliases.putIfAbsent(after.group(1), org.text());
            Matcher called = CALLED.matcher(text).region(org.end(), end);
            if (called.lookingAt() && isNameLike(called.group(1))) aliases.putIfAbsent(called.group(1), org.text());
            boolean bracketed = org.begin() > begin && org.end() < end && "（(".indexOf(text.charAt(org.begin() - 1)) >= 0
                    && "）)".indexOf(text.charAt(org.end())) >= 0;
            Matcher before = BEFORE_NAME.matcher(text).region(Math.max(begin, org.begin() - 24), org.begin());
            if (bracketed && before.find()) aliases.putIfAbsent(before.group(1), org.text());
        }
        Matcher pair = LATIN_THEN_HAN.matcher(text).region(begin, end);
        while (pair.find()) {
            String latin = pair.group(1);
            if (!orgs.contains(latin) && !knownLatin.contains(latin)) continue;
            if (!orgs.contains(latin)) out.add(new Mention(EntityType.ORGANIZATION, pair.start(1), pair.end(1), latin));
            if (pair.group(2).length() >= MIN_REPEATED_HAN) aliases.putIfAbsent(pair.group(2), latin);
            else out.add(new Mention(EntityType.ORGANIZATION, pair.start(2), pair.end(2), pair.group(2), latin));
        }
        aliases.forEach((alias, name) -> {
            for (int at = text.indexOf(alias, begin); at >= 0 && at + alias.length() <= end; at = text.indexOf(alias, at + 1)) {
                if (isWholeWord(text, at, at + alias.length()) && !insideLongerName(mentions, at, at + alias.length())) {
                    out.add(new Mention(EntityType.ORGANIZATION, at, at + alias.length(), alias, name));
                }
            }
        });
        return out;
    }

    /** Latin names bracketed with a Chinese one (Abcd（某某）) that {@code mentions} do not know as organizations. */
    public static Set<String> unknownLatinNames(String text, int begin, int end, List<Mention> mentions) {
        Set<String> known = new LinkedHashSet<>();
        for (Mention m : mentions) if (m.type() == EntityType.ORGANIZATION) known.add(m.text());
        Set<String> unknown = new LinkedHashSet<>();
        Matcher pair = LATIN_THEN_HAN.matcher(text).region(begin, end);
        while (pair.find()) if (!known.contains(pair.group(1))) unknown.add(pair.group(1));
        return unknown;
    }

    /** Whether {@code name} is written in Latin letters, as an alias of a body may be. */
    public static boolean isLatinName(String name) {
        return LATIN_NAME.matcher(name).matches();
    }

    /** 远帆光电 inside 远帆光电技术有限公司: a use of the alias within a longer organization's name is none. */
    private static boolean insideLongerName(List<Mention> mentions, int begin, int end) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.begin() <= begin && end <= m.end() && m.end() - m.begin() > end - begin) return true;
        }
        return false;
    }

    /** A declared short name that is no bare class word (以下简称“公司”) or reference (该行). */
    private static boolean isNameLike(String alias) {
        return !SUFFIXES.contains(alias) && LEADS.longestAt(alias, 0) == null;
    }

    private static boolean isWholeWord(String text, int begin, int end) {
        return (begin == 0 || !isLatin(text.charAt(begin - 1))) && (end == text.length() || !isLatin(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
