package org.newskg.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Latin aliases that an article introduces in brackets next to an organization's name —
 * 某研发中心（ABC） or ABC（某研发中心） — and the bare uses of the alias elsewhere in the article:
 * each is a mention of that organization. Only names already recognized as organizations take an
 * alias, so 价格指数（CPI） stays a term.
 */
final class BracketAliases {
    private static final String ALIAS = "[A-Z][A-Za-z0-9&.\\-]{1,19}";
    private static final Pattern AFTER_NAME = Pattern.compile("[（(]\\s*(" + ALIAS + ")\\s*[）)]");
    private static final Pattern BEFORE_NAME = Pattern.compile("(" + ALIAS + ")\\s*[（(]$");

    List<Mention> find(String text, int begin, int end, List<Mention> mentions) {
        Map<String, String> aliases = new LinkedHashMap<>();
        List<Mention> out = new ArrayList<>();
        for (Mention org : mentions) {
            if (org.type() != EntityType.ORGANIZATION) continue;
            Matcher after = AFTER_NAME.matcher(text).region(org.end(), end);
            if (after.lookingAt()) aliases.putIfAbsent(after.group(1), org.text());
            boolean bracketed = org.begin() > begin && org.end() < end && "（(".indexOf(text.charAt(org.begin() - 1)) >= 0
                    && "）)".indexOf(text.charAt(org.end())) >= 0;
            Matcher before = BEFORE_NAME.matcher(text).region(Math.max(begin, org.begin() - 24), org.begin());
            if (bracketed && before.find()) aliases.putIfAbsent(before.group(1), org.text());
        }
        aliases.forEach((alias, name) -> {
            for (int at = text.indexOf(alias, begin); at >= 0 && at + alias.length() <= end; at = text.indexOf(alias, at + 1)) {
                if (isWholeWord(text, at, at + alias.length())) {
                    out.add(new Mention(EntityType.ORGANIZATION, at, at + alias.length(), alias, name));
                }
            }
        });
        return out;
    }

    private static boolean isWholeWord(String text, int begin, int end) {
        return (begin == 0 || !isLatin(text.charAt(begin - 1))) && (end == text.length() || !isLatin(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
