package org.newskg.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.LexiconTable;

/**
 * Reads credit lines: bylines naming the journalists of an article (本报记者 张 盼, 新华社记者,
 * 大公文汇全媒体记者 陆雅楠, 本报记者 金歆 刘军国) and photo credits (新华社记者 黄宗治 蔡湘鑫 李贺 摄,
 * 主办方供图), and pulls person names out of credit phrases (记者寇江泽、刘温馨; 记者 茅建兴
 * 浙江乌镇报道; 记者王莉报道). Works on simplified analysis text.
 *
 * <p>Layout spaces inside names are removed: consecutive single characters are one name
 * ("张 盼" → 张盼), because a Chinese name has at least two characters.
 */
final class Bylines {
    private static final LexiconTable WORDS = Publishers.WORDS;

    /** A byline: the publisher named before 记者 (may be 本报, null when none) and the names. */
    record Byline(String publisher, List<String> names) {
        Byline {
            names = List.copyOf(names);
        }
    }

    private static final int MAX_BYLINE = 50;
    private static final String ROLES = WORDS.alternation("byline-roles");
    private static final String REPORT = WORDS.word("report-word");
    private static final String PHOTO_MARK = WORDS.word("photo-mark");
    private static final Pattern BYLINE = Pattern.compile(
            "(?:" + WORDS.word("text-credit") + "[/／]\\s*)?(?<pfx>\\p{IsHan}{0,14}?)(?<role>" + ROLES + ")"
                    + "[\\s:：]*(?<names>[\\p{IsHan}·•\\s、]*?)\\s*(?:" + REPORT + ")?");
    /** Role words a prefix may end with after the publisher: 本报驻香港, 新华社特派. */
    private static final Pattern PREFIX_MODIFIER = Pattern.compile("(?:" + WORDS.word("stationed-in")
            + "\\p{IsHan}{1,8}|" + WORDS.alternation("prefix-modifiers") + ")$");
    private static final Pattern ROLE_SPLIT =
            Pattern.compile(ROLES + "|" + WORDS.alternation("credit-roles"));
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            ".{0,40}?(?:\\s" + PHOTO_MARK + "|" + PHOTO_MARK + "$|" + WORDS.alternation("photo-credit-words")
                    + "|[（(]\\p{IsHan}{2,8}" + WORDS.word("release-mark") + "[）)])\\s*[）)]?");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[、，,\\s/" + WORDS.chars("name-joiners") + "]+");
    private static final Pattern FOREIGN_NAME = Pattern.compile("\\p{IsHan}{1,6}[·•]\\p{IsHan}{1,8}");
    private static final Pattern APART = Pattern.compile("[\\s:：]+\\S.*");
    private static final Pattern LAST_TOKEN_APART = Pattern.compile(".*\\s\\S+");
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,4}");

    private Bylines() {
    }

    /** Whether a whole (trimmed) line is a photo or picture credit rather than a byline. */
    static boolean isPhotoCredit(String line) {
        String t = line.strip();
        if (t.length() > 60 || t.indexOf('。') >= 0 || t.indexOf('，') >= 0) return false;
        return PHOTO_CREDIT.matcher(t).matches();
    }

    /**
     * A whole (trimmed) line read as a byline, or empty: publisher prefix (if any) + role word +
     * zero or more names, nothing else, and not a photo credit.
     */
    static Optional<Byline> parse(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_BYLINE || isPhotoCredit(t)) return Optional.empty();
        Matcher m = BYLINE.matcher(t);
        if (!m.matches()) return Optional.empty();
        String pfx = m.group("pfx");
        // without a publisher, the names must stand apart ("记者 王莉"): "记者手记" is a section head
        if (pfx.isEmpty() && !APART.matcher(t).region(m.end("role"), t.length()).matches()) return Optional.empty();
        String publisher = null;
        if (!pfx.isEmpty()) {
            String p = PREFIX_MODIFIER.matcher(pfx).replaceAll("");
            if (!p.isEmpty()) {
                if (!Publishers.isPublisherLike(p)) return Optional.empty();
                publisher = p;
            }
        }
        String rest = m.group("names");
        List<String> names = new ArrayList<>();
        for (String part : ROLE_SPLIT.split(rest)) {
            List<String> ns = names(part);
            if (ns == null) return Optional.empty();
            names.addAll(ns);
        }
        return Optional.of(new Byline(publisher, dedupe(names)));
    }

    /**
     * Names in a credit phrase after its role word, e.g. "林迎楠", "寇江泽、刘温馨", "茅建兴 浙江乌镇报道",
     * "王莉报道", "张 盼"; a trailing "X报道" place token is dropped. Null when a token is not
     * name-shaped (2–4 Han characters, or a foreign name with a middle dot).
     */
    static List<String> names(String phrase) {
        String p = phrase.strip();
        if (p.endsWith(REPORT)) p = p.substring(0, p.length() - REPORT.length()).strip();
        List<String> tokens = new ArrayList<>();
        for (String tok : NAME_SEPARATOR.split(p)) {
            if (!tok.isEmpty()) tokens.add(tok);
        }
        // a place before 报道, separated from the names by a space: "茅建兴 浙江乌镇"
        if (phrase.strip().endsWith(REPORT) && tokens.size() > 1 && LAST_TOKEN_APART.matcher(p).matches()) {
            tokens.remove(tokens.size() - 1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder singles = new StringBuilder();
        for (String tok : tokens) {
            if (tok.length() == 1 && TextChars.isHan(tok.charAt(0))) {
                singles.append(tok);
                continue;
            }
            if (!flushSingles(singles, out)) return null;
            if (!isName(tok)) return null;
            out.add(tok);
        }
        if (!flushSingles(singles, out)) return null;
        return out;
    }

    /** Person names from every 记者/通讯员 credit inside a phrase (dateline parentheses, 综合…及记者X报道). */
    static List<String> creditedNames(String phrase) {
        List<String> out = new ArrayList<>();
        String[] parts = ROLE_SPLIT.split(phrase, -1);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int stop = indexOfAny(part, "，。；：（）()");
            if (stop >= 0) part = part.substring(0, stop);
            List<String> ns = names(part);
            if (ns != null) out.addAll(ns);
        }
        return dedupe(out);
    }

    static boolean isName(String tok) {
        return HAN_NAME.matcher(tok).matches() || (tok.length() <= 12 && FOREIGN_NAME.matcher(tok).matches());
    }

    /** Turns collected one-character tokens into names: "张 盼" is 张盼; four are two names of two. */
    private static boolean flushSingles(StringBuilder singles, List<String> out) {
        int n = singles.length();
        if (n == 0) return true;
        boolean ok = true;
        if (n == 1) {
            ok = false;
        } else if (n == 4) {
            out.add(singles.substring(0, 2));
            out.add(singles.substring(2));
        } else if (n <= 4) {
            out.add(singles.toString());
        } else {
            ok = false;
        }
        singles.setLength(0);
        return ok;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return i;
        }
        return -1;
    }

    private static List<String> dedupe(List<String> names) {
        Set<String> set = new LinkedHashSet<>(names);
        return List.copyOf(set);
    }
}
