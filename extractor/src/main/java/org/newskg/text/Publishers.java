package org.newskg.text;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.LexiconTable;
import org.newskg.lexicon.WordPatterns;

/**
 * What the splitter knows about news publishers: a lexicon of common Chinese-language agencies,
 * papers and sites (simplified forms), the shape of a publisher name (ends in 社/报/网/台…), how to
 * cut a dateline prefix such as 新华社香港 into publisher and place, and which paper "本报" (this
 * paper) refers to, judged from the paper naming itself in the text.
 */
final class Publishers {
    /** The words of datelines and bylines: endings, roles, credit words. */
    static final LexiconTable WORDS = LexiconTable.of("publisher-words.txt");

    /** Known publishers, longest first so that prefix matching prefers 人民日报海外版 over 人民日报. */
    static final List<String> LEXICON = WordPatterns.words("publishers.txt")
            .stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** "This paper": resolved with {@link #ownPaper(String)}. */
    static final String OWN_PAPER = WORDS.word("own-paper");
    /** "This magazine": a publisher, but the text never says which. */
    static final String OWN_MAGAZINE = WORDS.word("own-magazine");

    private static final List<String> PAPER_ENDINGS = WORDS.row("paper-endings");
    /** Names of these shapes are publishers even when not in the lexicon. */
    private static final Pattern PUBLISHER_SHAPE =
            Pattern.compile("\\p{IsHan}{1,12}(?:" + WORDS.alternation("publisher-endings") + ")");
    /**
     * An unknown publisher followed by a place: X报汕头, X社东京. Sites (…网) are left to the
     * lexicon, because "部门网站3月5日消息" is a source quoted inside a story, not a dateline.
     */
    private static final Pattern PUBLISHER_PLACE =
            Pattern.compile("(\\p{IsHan}{1,10}?(?:" + WORDS.alternation("dateline-publisher-endings")
                    + "))(\\p{IsHan}{1,10})");
    /** A paper named in running text; the splitter counts those not cited (《…》, 据…). */
    private static final Pattern PAPER_MENTION;

    static {
        StringBuilder sb = new StringBuilder("(?<![" + WORDS.chars("citation-marks") + "])(");
        boolean first = true;
        for (String p : LEXICON) {
            if (!isPaper(p)) continue;
            if (!first) sb.append('|');
            sb.append(Pattern.quote(p));
            first = false;
        }
        sb.append(")");
        PAPER_MENTION = Pattern.compile(sb.toString());
    }

    private Publishers() {
    }

    /** A newspaper (as opposed to an agency or site), which can be the "本报" of a text. */
    static boolean isPaper(String name) {
        for (String ending : PAPER_ENDINGS) if (name.endsWith(ending)) return true;
        return false;
    }

    /** Whether {@code name} looks like a publisher: a known one, 本报, or a name ending in 社/报/网/台…. */
    static boolean isPublisherLike(String name) {
        return name.equals(OWN_PAPER) || name.equals(OWN_MAGAZINE) || LEXICON.contains(name)
                || PUBLISHER_SHAPE.matcher(name).matches();
    }

    /**
     * Cuts a dateline prefix (the text before the date, e.g. 新华社香港, 本报北京) into {publisher,
     * place}; place may be empty. Null when the prefix does not start with a publisher.
     */
    static String[] splitPrefix(String prefix) {
        if (prefix.startsWith(OWN_PAPER)) return new String[] {OWN_PAPER, prefix.substring(OWN_PAPER.length())};
        for (String p : LEXICON) {
            if (prefix.startsWith(p)) return new String[] {p, prefix.substring(p.length())};
        }
        if (isPublisherLike(prefix)) return new String[] {prefix, ""};
        Matcher m = PUBLISHER_PLACE.matcher(prefix);
        if (m.matches()) return new String[] {m.group(1), m.group(2)};
        return null;
    }

    /**
     * The paper a text calls "本报": the only newspaper of the lexicon the text names outside
     * citations (e.g. a 人民日报 page mentions 人民日报社), or null when it names none or several.
     */
    static String ownPaper(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PAPER_MENTION.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
            if (found.size() > 1) return null;
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }
}
