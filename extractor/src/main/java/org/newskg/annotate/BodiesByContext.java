package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Bodies the context names, whatever the tagger made of them. Takes the text and its tokens; adds
 * organization mentions for: a name in quotation marks ending with an institution ending
 * (“某某在台协会”), with the office written right after the marks (“某某协会”台北办事处, kept whole);
 * and a forum or summit the text treats as a body: founded (“某某论坛”正式成立) or with officers right
 * after its name (某某峰会名誉理事长, 某某论坛秘书长). A forum named otherwise is an event, not a body.
 */
final class BodiesByContext {
    private static final LexiconTable WORDS = LexiconTable.of("organization-context-words.txt");
    private static final Pattern QUOTED = Pattern.compile("[“「『]([^“”「」『』，。；：！？、\\n]{3,20})[”」』]");
    private static final Lexicon FORUM_ENDINGS = WORDS.lexicon("forum-endings");
    private static final Lexicon OFFICERS = WORDS.lexicon("forum-officers");
    private static final Lexicon FOUNDING = WORDS.lexicon("forum-founding");
    private static final String JOINS = WORDS.chars("enumeration-joins");
    /** The most words a forum's unquoted name takes before its ending (两岸|企业家|峰会). */
    private static final int MAX_NAME_WORDS = 5;
    private final Lexicon institutionEndings = Lexicon.resource("institution-suffixes.txt");

    List<Mention> find(String text, List<Token> tokens, int begin, int end) {
        List<Mention> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text).region(begin, end);
        while (m.find()) {
            String name = m.group(1);
            // “某团和某联合会” names two bodies (or a sector made of them), not one
            if (JOINS.chars().anyMatch(c -> name.indexOf(c) >= 0)) continue;
            boolean body = institutionEndings.longestSuffixOf(name) != null;
            boolean forum = FORUM_ENDINGS.longestSuffixOf(name) != null && treatedAsBody(text, m.end());
            if (!body && !forum) continue;
            Token office = officeAfter(tokens, m.end());
            if (office != null) out.add(new Mention(EntityType.ORGANIZATION, m.start(), office.end(), text.substring(m.start(), office.end())));
            else out.add(new Mention(EntityType.ORGANIZATION, m.start(1), m.end(1), name));
        }
        out.addAll(forumsWithOfficers(text, tokens));
        return out;
    }

    /** Founded, or an officer's title right after the name. */
    private static boolean treatedAsBody(String text, int at) {
        return OFFICERS.longestAt(text, at) != null || FOUNDING.longestAt(text, at) != null;
    }

    /** “某协会”|台北办事处: an organization word right after the closing mark, that starts with a place. */
    private static Token officeAfter(List<Token> tokens, int at) {
        for (Token t : tokens) {
            if (t.begin() == at) return t.isOrganization() ? t : null;
            if (t.begin() > at) break;
        }
        return null;
    }

    /** 两岸|企业家|峰会|名誉理事长: an unquoted forum with an officer right after it; its name over the nouns before. */
    private static List<Mention> forumsWithOfficers(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (FORUM_ENDINGS.longestSuffixOf(t.text()) == null || OFFICERS.longestAt(text, t.end()) == null) continue;
            int first = i;
            while (first > 0 && i - first < MAX_NAME_WORDS && isNamePart(tokens.get(first - 1))
                    && tokens.get(first - 1).end() == tokens.get(first).begin()) first--;
            int begin = tokens.get(first).begin();
            if (first < i || t.text().length() > FORUM_ENDINGS.longestSuffixOf(t.text()).length()) {
                out.add(new Mention(EntityType.ORGANIZATION, begin, t.end(), text.substring(begin, t.end())));
            }
        }
        return out;
    }

    private static boolean isNamePart(Token t) {
        return t.pos().isNoun() || t.isPlace() || t.pos() == PartOfSpeech.ABBREVIATION;
    }
}
