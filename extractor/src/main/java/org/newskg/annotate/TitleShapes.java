package org.newskg.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;

/**
 * Shapes of a title phrase that name its body in ways the organization endings do not: a head of
 * state after the state's name (某国总统 → 总统 of the state's official name, from the states
 * gazetteer), a company or Latin-letter body before a corporate role (某材料董事长, ABC首席执行官),
 * a media outlet before a byline role (某某报道记者), and the phrase's own noise (a date before
 * the body, a stock code in brackets, 新任 before the role, 董事长兼总裁 as two roles). Read by
 * {@link PositionParser}; the words live in position-shapes.txt and the gazetteers.
 */
final class TitleShapes {
    private static final LexiconTable WORDS = LexiconTable.of("position-shapes.txt");
    /** Roles held in a state itself: their body is the state's official name. */
    private static final Lexicon STATE_ROLES = WORDS.lexicon("state-roles");
    /** Qualifiers that say the holder is new or current: not part of the role (新任理事长 → 理事长). */
    private static final Lexicon NEW_QUALIFIERS = WORDS.lexicon("new-qualifiers");
    /** Roles of a company's management: the head before them names the company. */
    private static final Lexicon CORPORATE_ROLES = WORDS.lexicon("corporate-roles");
    /** Words that begin a role rather than a body (常务, 首席…): a head starting with one is part of the role. */
    private static final Lexicon ROLE_PREFIXES = WORDS.lexicon("role-prefixes");
    /** Endings of a media outlet's name, for the head before a byline role. */
    private static final Lexicon MEDIA_ENDINGS = WORDS.lexicon("media-endings");
    /** A regional unit after a company's name stays with the body (某集团大中华区 + 董事长). */
    private static final Lexicon REGION_UNITS = WORDS.lexicon("region-units");
    private static final String JOINT = WORDS.word("joint-mark");
    /** Each form of a sovereign state mapped to its official name: the gazetteer's lines before its territories. */
    private static final Map<String, String> STATES = sovereignStates();
    private static final Lexicon STATE_FORMS = Lexicon.of(STATES.keySet().stream().filter(s -> s.length() >= 2).toArray(String[]::new));
    private static final Lexicon MEDIA = Lexicon.resource("gazetteer-media.txt");
    private static final Map<String, String> ROLE_FORMS = pairs(WORDS.row("role-forms"));
    /** Heads of a special administrative region's government, in full and short form. */
    private static final Lexicon REGION_HEADS = WORDS.lexicon("region-heads");
    private static final String GOVERNMENT = WORDS.word("government");
    /** Each form of a special administrative region (the gazetteer's lines whose name has the SAR ending) and its official name. */
    private static final Map<String, String> SARS = regions(WORDS.word("sar-ending"));
    private static final Lexicon SAR_FORMS = Lexicon.of(SARS.keySet().toArray(String[]::new));
    /** 某国国家主席: the word for the state before an office of the state, and those offices. */
    private static final String STATE_WORD = WORDS.word("state-word");
    private static final Lexicon STATE_OFFICE_ROLES = WORDS.lexicon("state-offices");
    private static final Map<String, String> STATE_DEPARTMENTS = pairs(WORDS.row("state-departments"));
    /** Kinds of company (民营企业, 某某车企): a head ending with one names no particular company. */
    private static final Lexicon COMPANY_KINDS = WORDS.lexicon("company-kinds");
    private static final Map<String, String> STATE_LETTERS = pairs(WORDS.row("state-letters"));
    private static final String MINISTRY_END = WORDS.word("ministry-end");
    private static final String SIDE = WORDS.word("side");
    private static final String TERRITORIES_MARK = "## ---";
    private static final Pattern LEADING_DATE = Pattern.compile("^(?:\\d{2,4}年)?\\d{1,2}月\\d{1,2}日");
    private static final Pattern STOCK_CODE = Pattern.compile("[（(][0-9A-Z.]{3,12}[）)]");
    private static final Pattern LATIN_BODY = Pattern.compile("[A-Z][A-Za-z0-9&]{1,11}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    private final Lexicon roles;

    private static Map<String, String> pairs(List<String> words) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < words.size(); i += 2) out.put(words.get(i), words.get(i + 1));
        return out;
    }

    private static Map<String, String> regions(String ending) {
        Map<String, String> out = new HashMap<>();
        for (List<String> row : Lexicon.rows("gazetteer-states.txt")) {
            if (row.get(0).endsWith(ending)) for (String w : row) out.put(w, row.get(0));
        }
        return out;
    }

    /** The gazetteer's marked section of territories, which hold no head of state of their own, is left out. */
    private static Map<String, String> sovereignStates() {
        Map<String, String> out = new HashMap<>();
        String path = "/org/newskg/lexicon/gazetteer-states.txt";
        try (InputStream in = TitleShapes.class.getResourceAsStream(path)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null && !line.startsWith(TERRITORIES_MARK); ) {
                int hash = line.indexOf('#');
                String[] words = (hash >= 0 ? line.substring(0, hash) : line).strip().split("\\s+");
                for (String w : words) if (!w.isEmpty()) out.putIfAbsent(w, words[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    TitleShapes(Lexicon roles) {
        this.roles = roles;
    }

    /** The phrase's parts: 、 separates titles, and 兼 joins two roles (董事长兼总裁) where a role ends before it. */
    List<String> parts(String phrase) {
        List<String> out = new ArrayList<>();
        for (String part : phrase.split("、", -1)) {
            int from = 0;
            for (int at = part.indexOf(JOINT); at > 0; at = part.indexOf(JOINT, at + 1)) {
                if (roles.longestSuffixOf(part.substring(from, at)) == null) continue;
                out.add(part.substring(from, at));
                from = at + 1;
            }
            out.add(part.substring(from));
        }
        return out;
    }

    /** The length of a date written before the body (某年某月某日外交部发言人), which is no part of it. */
    static int dateLength(String part) {
        Matcher m = LEADING_DATE.matcher(part);
        return m.lookingAt() ? m.end() : 0;
    }

    /** The part without a leading date and without a stock code after the body (某银行（1234）董事). */
    static String withoutNoise(String part) {
        return STOCK_CODE.matcher(part.substring(dateLength(part))).replaceAll("");
    }

    /** Where a stock code in brackets ending at {@code end} begins (某银行（1234）), else -1. */
    static int stockCodeBefore(String text, int end) {
        int open = Math.max(text.lastIndexOf('（', end - 1), text.lastIndexOf('(', end - 1));
        if (open < 0 || end - open > 14) return -1;
        return STOCK_CODE.matcher(text.substring(open, end)).matches() ? open : -1;
    }

    /** The role word news uses for a role written in a short form (特首 → 行政长官), else the role itself. */
    static String fullRole(String role) {
        return ROLE_FORMS.getOrDefault(role, role);
    }

    /**
     * The government a special administrative region's head works for: the region the head names
     * (某地特首), or, with no head, the one region the article names (特首某某 in a report that names
     * only one); else null.
     */
    static String regionGovernment(String role, String head, List<Token> articleWords) {
        if (!REGION_HEADS.contains(role)) return null;
        if (head != null) {
            String region = SAR_FORMS.longestSuffixOf(head);
            return region == null ? null : SARS.get(region) + GOVERNMENT;
        }
        Set<String> named = new TreeSet<>();
        for (Token t : articleWords) if (SARS.containsKey(t.text())) named.add(SARS.get(t.text()));
        return named.size() == 1 ? named.iterator().next() + GOVERNMENT : null;
    }

    /** The qualifier of a new holder that ends the head (新任), dropped from the phrase; else null. */
    static String newQualifier(String head) {
        return NEW_QUALIFIERS.longestSuffixOf(head);
    }

    /**
     * 某国总统: the official name of the state the head ends with, for a role held in the state; 某国国务卿:
     * the state's department the role heads, with the state as written; else null.
     */
    static String stateOf(String head, String role) {
        if (head == null) return null;
        if (STATE_OFFICE_ROLES.contains(role) && head.endsWith(STATE_WORD)) {
            // 某国国家主席, 某国新任国家主席: the state's own office
            String before = head.substring(0, head.length() - STATE_WORD.length());
            String fresh = newQualifier(before);
            String state = STATE_FORMS.longestSuffixOf(fresh == null ? before : before.substring(0, before.length() - fresh.length()));
            return state == null ? null : STATES.get(state);
        }
        String state = STATE_FORMS.longestSuffixOf(head);
        if (state == null) return null;
        if (STATE_DEPARTMENTS.containsKey(role)) return state + STATE_DEPARTMENTS.get(role);
        return STATE_ROLES.contains(role) ? STATES.get(state) : null;
    }

    /**
     * Whether a short head that no organization ending marks still names the body: Latin letters
     * (ABC理事长), a company before a corporate role (某某材料董事长), a media outlet before a
     * byline role (某某报道记者).
     */
    static boolean namesBody(String head, String role, boolean byline) {
        if (LATIN_BODY.matcher(head).matches()) return true;
        if (byline) return MEDIA.contains(head) || MEDIA_ENDINGS.longestSuffixOf(head) != null;
        return CORPORATE_ROLES.contains(role) && head.length() >= 3 && head.length() <= 8
                && HAN.matcher(head).matches() && ROLE_PREFIXES.longestAt(head, 0) == null
                && COMPANY_KINDS.longestSuffixOf(head) == null;
    }

    /** The media outlet a byline's head ends with (某某标题|某某报道 + 记者), when the gazetteer knows it; else null. */
    static String mediaAtEnd(String head) {
        return head == null ? null : MEDIA.longestSuffixOf(head);
    }

    /** 俄国防部: a state's one-character form before a ministry is the state's short name (美国 + 国防部). */
    static String withStateWritten(String body) {
        if (body == null || body.length() != 4 || !body.endsWith(MINISTRY_END)) return body;
        String state = STATE_LETTERS.get(body.substring(0, 1));
        return state == null ? body : state + body.substring(1);
    }

    /**
     * A bare ministry (外交部) after an earlier title of the same chain that names a state (某国特使、
     * 外交部长): the ministry is that state's, written with the state's name as the text writes it; else null.
     */
    static String ministryOfState(String body, String earlier) {
        if (body == null || body.length() != 3 || !body.endsWith(MINISTRY_END)) return null;
        String state = null;
        for (int at = 0; at < earlier.length(); at++) {
            String form = STATE_FORMS.longestAt(earlier, at);
            if (form != null) state = form;
        }
        return state == null ? null : state + body;
    }

    /** Whether {@code role} is a role of a company's management (董事长, 创办人), before which a firm's short name is its body. */
    static boolean isCorporate(String role) {
        return CORPORATE_ROLES.contains(role);
    }

    /** Whether {@code place} is a form of a sovereign state (the gazetteer's lines before its territories). */
    static boolean isSovereignState(String place) {
        return STATES.containsKey(place);
    }

    /** A side (陆方, 台方): neither a body nor part of the role. */
    static boolean isSide(String head) {
        return head != null && head.length() == 2 && head.endsWith(SIDE);
    }

    /** Whether the tail after a body's ending is a regional unit of that body (大中华区), which stays with it. */
    static boolean isRegionUnit(String tail) {
        return REGION_UNITS.longestSuffixOf(tail) != null && tail.length() <= 5;
    }
}
