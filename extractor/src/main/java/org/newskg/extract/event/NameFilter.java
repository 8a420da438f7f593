package org.newskg.extract.event;

import java.util.regex.Pattern;

/**
 * Stage 3 of the event chain: whether a scanned name is an event. Takes a noun where it stands,
 * or a whole candidate name, and says yes or no. A noun is refused where it is part of a word
 * (展 of 发展, 会议室: the {@code -chars} sets of event-words.txt). A name is refused when it is too
 * long, when its modifier is only generic words (event-generic-modifiers.txt: 专题论坛), when a weak
 * noun (event-weak-nouns.txt) has no strong sign — a year, an ordinal, a place or organization, a
 * quote — or stands inside a book title that goes on after it (《某某会议倡议》), and when 大会 has neither such a sign nor event context (event-patterns.txt
 * {@code congress-context}: 大会开幕式, 在…大会上), since alone it usually names the body.
 */
final class NameFilter {
    /** Longer names are a scanning error, not a name. */
    private static final int MAX_NAME_LENGTH = 40;
    /** How much text after 大会 is looked at for event context. */
    private static final int CONTEXT_AFTER_CONGRESS = 8;

    private static final String EXHIBITION = EventWords.word("exhibition-noun");
    private static final String EXHIBITION_LONG = EventWords.word("exhibition-noun-long");
    private static final String MEETING = EventWords.word("meeting-noun");
    private static final String CONGRESS = EventWords.word("congress-noun");
    private static final String ZHAN_NOT_AFTER = EventWords.chars("zhan-not-after-chars");
    private static final String ZHAN_NOT_BEFORE = EventWords.chars("zhan-not-before-chars");
    private static final String ZHANLAN_NOT_BEFORE = EventWords.chars("zhanlan-not-before-chars");
    private static final String HUIYI_NOT_BEFORE = EventWords.chars("huiyi-not-before-chars");
    private static final char AT = EventWords.word("at").charAt(0);
    private static final String ON = EventWords.word("on");
    private static final Pattern YEAR_PREFIX = EventWords.pattern("year-prefix");
    private static final Pattern ORDINAL = EventWords.pattern("ordinal");
    private static final Pattern CONGRESS_CONTEXT = EventWords.pattern("congress-context");
    private static final Pattern LEADING_COUNT = EventWords.pattern("leading-count");
    private static final char TITLE_OPEN = '《';
    private static final char TITLE_CLOSE = '》';

    private final EventText in;
    private final String t;

    NameFilter(EventText in) {
        this.in = in;
        this.t = in.text();
    }

    /** Whether the noun at {@code i} stands as a noun, not as part of a word around it. */
    boolean nounOk(int i, String noun) {
        int a = in.begin(), z = in.end();
        char prev = i > a ? t.charAt(i - 1) : ' ';
        if (noun.equals(EXHIBITION)) {
            if (ZHAN_NOT_AFTER.indexOf(prev) >= 0) return false;
            char next = i + 1 < z ? t.charAt(i + 1) : ' ';
            if (ZHAN_NOT_BEFORE.indexOf(next) >= 0) return false;
        }
        if (noun.equals(EXHIBITION_LONG) && i + 2 < z && ZHANLAN_NOT_BEFORE.indexOf(t.charAt(i + 2)) >= 0) return false;
        if (noun.equals(MEETING) && i + 2 < z && HUIYI_NOT_BEFORE.indexOf(t.charAt(i + 2)) >= 0) return false;
        // 大会 is an event only in event context or with a year/ordinal: checked in nameOk
        return true;
    }

    /** Whether candidate {@code r} (not bare) names an event. */
    boolean nameOk(NameMention r) {
        String name = r.name();
        String noun = r.noun();
        if (name.length() > MAX_NAME_LENGTH) return false;
        String mod = name.substring(0, name.length() - noun.length());
        mod = YEAR_PREFIX.matcher(mod).replaceFirst("");
        boolean ordinal = ORDINAL.matcher(name).find();
        boolean hasMention = in.hasNonPersonWithin(r.begin(), r.end());
        boolean hasQuote = name.indexOf('“') >= 0 || name.indexOf('「') >= 0 || name.indexOf('『') >= 0;
        boolean strong = r.year() != null || ordinal || hasMention || hasQuote || r.quoted();
        String core = stripGeneric(mod);
        if (core.length() < 2 && !r.quoted() && !hasQuote) return false;
        if (EventWords.WEAK_NOUNS.contains(noun) && (!strong || namesTitledThing(r))) return false;
        if (noun.equals(CONGRESS)) {
            String after = t.substring(r.end(), Math.min(in.end(), r.end() + CONTEXT_AFTER_CONGRESS));
            boolean ctx = CONGRESS_CONTEXT.matcher(after).find() || r.subSuffix() != null;
            char before = r.begin() > in.begin() ? t.charAt(r.begin() - 1) : ' ';
            if (before == AT && after.startsWith(ON)) ctx = true;
            return r.year() != null || ordinal || r.quoted() || ctx;
        }
        return true;
    }

    /**
     * Whether the name stands inside a book title that goes on after it (《某某主题会议联合倡议》):
     * the title names a document, and a weak noun in it is no event of its own.
     */
    private boolean namesTitledThing(NameMention r) {
        if (r.end() >= in.end() || t.charAt(r.end()) == TITLE_CLOSE) return false;
        for (int k = r.begin() - 1; k >= in.begin(); k--) {
            char c = t.charAt(k);
            if (c == TITLE_OPEN) return t.indexOf(TITLE_CLOSE, r.end()) > r.end();
            if (c == TITLE_CLOSE || c == '\n') return false;
        }
        return false;
    }

    /** A modifier without its generic words at either end, marks and a leading count. */
    static String stripGeneric(String mod) {
        String s = mod.replaceAll("[“”「」『』（）()·\\s]", "");
        s = LEADING_COUNT.matcher(s).replaceAll("");
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (String g : EventWords.GENERIC) {
                if (s.startsWith(g)) {
                    s = s.substring(g.length());
                    changed = true;
                    break;
                }
            }
            if (!changed) {
                for (String g : EventWords.GENERIC) {
                    if (s.endsWith(g)) {
                        s = s.substring(0, s.length() - g.length());
                        changed = true;
                        break;
                    }
                }
            }
        }
        return s;
    }
}
