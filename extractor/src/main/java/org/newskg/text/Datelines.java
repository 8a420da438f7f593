package org.newskg.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.LexiconTable;

/**
 * Reads the dateline that opens a news dispatch: 新华社香港4月27日电（记者林迎楠）, 本报北京4月28日电
 * （记者寇江泽、刘温馨）, 香港文汇报讯（记者 茅建兴 浙江乌镇报道）, 香港文汇报讯 综合新华社及记者王莉报道,
 * 香港文汇报浙江传真, 央视网消息. A dateline marks the start of an article and gives its publisher,
 * often its date (month and day; the year when written) and its reporters. Works on simplified text.
 */
final class Datelines {
    private static final LexiconTable WORDS = Publishers.WORDS;

    /**
     * A dateline at the start of a paragraph. {@code publisher} as written (本报 unresolved);
     * {@code place}, {@code year}, {@code month}, {@code day} null when absent; {@code length} is
     * the number of characters the dateline and its credit take.
     */
    record Dateline(String publisher, String place, Integer year, Integer month, Integer day,
                    List<String> names, int length) {
        Dateline {
            names = List.copyOf(names);
        }
    }

    /** 新华社香港4月27日电, 本报北京2024年11月19日电, 中新网4月27日电. */
    private static final Pattern DATED = Pattern.compile(
            "(?<pfx>\\p{IsHan}{2,16}?)\\s*(?:(?<y>\\d{4})年)?(?<m>\\d{1,2})月(?<d>\\d{1,2})日\\s*(?:"
                    + WORDS.alternation("dateline-endings") + ")");
    /** 香港文汇报讯, 本报讯. */
    private static final Pattern NEWS_FLASH = Pattern.compile("(?<pub>\\p{IsHan}{2,12}?)" + WORDS.word("flash-ending"));
    /** 香港文汇报浙江传真, 本报北京电. */
    private static final Pattern FAX = Pattern.compile(
            "(?<pub>\\p{IsHan}{1,10}?(?:" + WORDS.alternation("cable-publisher-endings") + "))(?<place>\\p{IsHan}{2,4}?)(?:"
                    + WORDS.alternation("cable-endings") + ")");
    /** 央视网消息 (known publishers only: "某部门网站消息" quotes a source). */
    private static final Pattern MESSAGE = Pattern.compile("(?<pub>\\p{IsHan}{2,8}?(?:"
            + WORDS.alternation("message-publisher-endings") + "))" + WORDS.word("message-ending"));
    /** A credit in parentheses right after the dateline: （记者林迎楠）. */
    private static final Pattern PAREN = Pattern.compile("\\s*[（(](?<c>[^（）()\\n]{1,60})[）)]");
    /** A credit after the dateline, before the first comma: 综合新华社及记者王莉报道. */
    private static final Pattern INLINE_CREDIT = Pattern.compile("\\s*(?<c>[^，。\\n]{0,40}?"
            + WORDS.word("report-word") + ")");

    private static final List<String> CITATION_LEADS = WORDS.row("citation-leads");

    private Datelines() {
    }

    /** The dateline {@code paragraph} starts with, or empty. */
    static Optional<Dateline> parse(CharSequence paragraph) {
        CharSequence p = paragraph;
        Matcher m = DATED.matcher(p);
        if (m.lookingAt()) {
            String[] pub = isCitation(m.group("pfx")) ? null : Publishers.splitPrefix(m.group("pfx"));
            if (pub != null) {
                Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
                int month = Integer.parseInt(m.group("m"));
                int day = Integer.parseInt(m.group("d"));
                if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    return Optional.of(withCredit(p, m.end(), pub[0], emptyToNull(pub[1]), year, month, day));
                }
            }
        }
        m = FAX.matcher(p);
        if (m.lookingAt() && isPublisher(m.group("pub"))) {
            return Optional.of(withCredit(p, m.end(), m.group("pub"), m.group("place"), null, null, null));
        }
        m = NEWS_FLASH.matcher(p);
        if (m.lookingAt() && isPublisher(m.group("pub"))) {
            return Optional.of(withCredit(p, m.end(), m.group("pub"), null, null, null, null));
        }
        m = MESSAGE.matcher(p);
        if (m.lookingAt() && Publishers.LEXICON.contains(m.group("pub"))) {
            return Optional.of(withCredit(p, m.end(), m.group("pub"), null, null, null, null));
        }
        return Optional.empty();
    }

    private static Dateline withCredit(CharSequence p, int end, String publisher, String place,
                                       Integer year, Integer month, Integer day) {
        CharSequence rest = p.subSequence(end, p.length());
        Matcher paren = PAREN.matcher(rest);
        if (paren.lookingAt()) {
            List<String> names = Bylines.creditedNames(paren.group("c"));
            return new Dateline(publisher, place, year, month, day, names, end + paren.end());
        }
        Matcher inline = INLINE_CREDIT.matcher(rest);
        if (inline.lookingAt()) {
            List<String> names = Bylines.creditedNames(inline.group("c"));
            return new Dateline(publisher, place, year, month, day, names, end + inline.end());
        }
        return new Dateline(publisher, place, year, month, day, List.of(), end);
    }

    private static boolean isPublisher(String name) {
        return !isCitation(name) && Publishers.isPublisherLike(name);
    }

    /** Citations (据新华社…, 综合…) name a source, not the publisher of the text. */
    private static boolean isCitation(String prefix) {
        for (String lead : CITATION_LEADS) if (prefix.startsWith(lead)) return true;
        return false;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
