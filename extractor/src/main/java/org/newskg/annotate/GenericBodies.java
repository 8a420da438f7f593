package org.newskg.annotate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;

/**
 * A body a title phrase names only by its kind (论坛共同主席, 该所合伙人, 本会会长): the article's
 * nearest earlier full name of that kind stands for it — a form the gazetteers list (某某合作论坛),
 * a name in quotation marks that ends with the kind (“某某论坛”), or the body of an earlier title of
 * the article (某某会计师事务所合伙人 … 该所合伙人). With none of these the phrase names no body
 * the graph could cite, and the position is left out. Kinds and determiners: position-words.txt.
 */
final class GenericBodies {
    private static final LexiconTable WORDS = LexiconTable.of("position-words.txt");
    /** Kinds of body a head may name alone (论坛, 学会, 公司, 所). */
    private static final Lexicon KINDS = WORDS.lexicon("generic-bodies");
    /** Words before a kind that point back to a body named before (该, 本, 此). */
    private static final Lexicon DETERMINERS = WORDS.lexicon("generic-determiners");
    /** Kinds of one character, which stand alone only after a determiner (该所, 本会). */
    private static final int SHORT_KIND = 1;
    private static final Pattern QUOTED = Pattern.compile("[“「『]([^“”「」『』，。\\n]{2,30})[”」』]");

    private GenericBodies() {
    }

    /** The kind a head names alone ([determiner] + kind: 论坛, 该所), else null. */
    static String kindOf(String head) {
        if (head == null) return null;
        String determiner = DETERMINERS.longestAt(head, 0);
        String rest = determiner == null ? head : head.substring(determiner.length());
        if (!KINDS.contains(rest)) return null;
        return rest.length() > SHORT_KIND || determiner != null ? rest : null;
    }

    /**
     * The full name of the body of {@code kind} named nearest before {@code before} in the article
     * (from {@code articleBegin}), among gazetteer forms, quoted names and the bodies of earlier
     * titles; null when the article names none.
     */
    static String antecedent(String text, int articleBegin, int before, String kind, List<BodyAt> earlier) {
        int bestAt = -1;
        String best = null;
        for (int at = before - kind.length() - 1; at >= articleBegin && best == null; at--) {
            String form = KnownBodies.bodyAt(text, at);
            if (form != null && form.length() > kind.length() && form.endsWith(kind) && at + form.length() <= before) {
                bestAt = at;
                best = form;
            }
        }
        Matcher q = QUOTED.matcher(text).region(articleBegin, before);
        while (q.find()) {
            if (q.group(1).endsWith(kind) && q.group(1).length() > kind.length() && q.start(1) > bestAt) {
                bestAt = q.start(1);
                best = q.group(1);
            }
        }
        for (BodyAt b : earlier) {
            if (b.at() < before && b.at() > bestAt && b.name().endsWith(kind) && b.name().length() > kind.length()
                    && kindOf(b.name()) == null) {
                bestAt = b.at();
                best = b.name();
            }
        }
        return best;
    }

    /** A body an earlier title of the article named, and where its phrase began. */
    record BodyAt(String name, int at) {
    }
}
