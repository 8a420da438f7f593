package org.newskg.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Organizations the gazetteers name (well-known short names, government bodies, international
 * organizations, legislatures, parties, universities and academies, media; the files
 * {@code org-name-forms.txt} lists under "gazetteers"): takes the article text and its tokens, adds a mention
 * for every full or short form found, with the gazetteer's full name as referent. Forms of one or two
 * characters count only as words of their own in the segmentation, Latin forms only between non-Latin
 * characters. A foreign place written right before a national body's bare name (某国 + 国防部), or
 * before a body whose full name does not hold it (某国 + a party of another region), makes it that
 * place's body, kept whole and without the referent. States are places; a state becomes an
 * organization, its government, only when the text makes it an actor: 某国政府, 某国方面, 中方.
 */
public final class GazetteerOrganizations {
    private static final List<String> FILES = LexiconTable.of("org-name-forms.txt").row("gazetteers");
    private static final String STATES = "gazetteer-states.txt";
    private static final LexiconTable SIDES = LexiconTable.of("org-state-sides.txt");
    private static final LexiconTable CONTEXT = LexiconTable.of("organization-context-words.txt");
    private static final Lexicon NATIONAL_BODY_STARTS = CONTEXT.lexicon("national-body-starts");
    private static final String CHINA_INITIAL = CONTEXT.word("china-initial");
    private static final int SHORT_FORM = 2;
    /** Regions a company's subsidiary is named for (某银行香港): written right after the company's name. */
    private static final Set<String> COMPANY_REGIONS = Set.copyOf(CONTEXT.row("company-regions"));
    private static final String COMPANIES = "gazetteer-companies.txt";
    private static final Lexicon COMPANY_ORGANS = CONTEXT.lexicon("company-organs");
    private static final Lexicon PRODUCT_NOUNS = CONTEXT.lexicon("product-nouns");
    private static final String NAME_DOTS = "·•・";
    /** A model name or number after a company's name: Latin letters, or three digits that are no year, date or count. */
    private static final Pattern PRODUCT_MODEL = Pattern.compile("[A-Za-z]|\\d{3}(?![\\d年月日万亿千百多余个家辆台])");
    private static final String ROLE_TAILS = CONTEXT.chars("role-tails");
    /** Quotation marks, and the longest run of characters either side of a body in a quoted name. */
    private static final String OPENING = "“「『‘";
    private static final String CLOSING = "”」』’";
    private static final String NAME_BREAKS = "，。；：！？、\n”」』’“「『‘";
    private static final int QUOTED_NAME = 12;
    /** The character after a state's abbreviation that makes it a side (中方). */
    private static final String SIDE = SIDES.word("side-mark");

    private final Map<String, String> fullNames = new HashMap<>();
    private final Lexicon forms;
    /** Each form of a state (not a part of China) mapped to the short name its government is written with. */
    private final Map<String, String> stateShortNames = new HashMap<>();
    private final Map<String, String> sides = new HashMap<>();
    /** 巴方: the states an ambiguous side may stand for; the article decides (see {@link #ambiguousSide}). */
    private final Map<String, List<String>> ambiguousSides = new HashMap<>();
    private final Lexicon actorWords = SIDES.lexicon("actor-words");
    private final String government = SIDES.word("government");
    private final Set<String> notStates = Set.copyOf(SIDES.row("not-states"));
    private final Lexicon notNames = SIDES.lexicon("listed-name-words");
    /** The full names of the companies gazetteer. */
    private final Set<String> companies = Lexicon.rows(COMPANIES).stream().map(r -> r.get(0)).collect(Collectors.toSet());

    public GazetteerOrganizations() {
        for (String file : FILES) fullNames.putAll(withoutOverride(Lexicon.lineHeads(file)));
        forms = Lexicon.of(fullNames.keySet().toArray(String[]::new));
        for (List<String> row : Lexicon.rows(STATES)) {
            String shortName = row.size() > 1 ? row.get(1) : row.get(0);
            for (String form : row) if (!notStates.contains(form)) stateShortNames.putIfAbsent(form, shortName);
        }
        for (List<String> side : SIDES.lines("side")) {
            for (String form : side.subList(1, side.size())) sides.put(form, side.get(0));
        }
        for (List<String> side : SIDES.lines("ambiguous-side")) ambiguousSides.put(side.get(0), side.subList(1, side.size()));
    }

    private Map<String, String> withoutOverride(Map<String, String> heads) {
        Map<String, String> out = new HashMap<>(heads);
        out.keySet().removeAll(fullNames.keySet());
        return out;
    }

    /** The gazetteer's full name of {@code name}, or null when no gazetteer lists it. */
    public String fullName(String name) {
        return fullNames.get(name);
    }

    /** Whether {@code name} is a state (or a territory) of the states gazetteer: a place, not a body. */
    public boolean isState(String name) {
        return Lexicon.resource(STATES).contains(name);
    }

    public List<Mention> find(String text, List<Token> tokens) {
        if (tokens.isEmpty()) return List.of();
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        for (Token t : tokens) {
            starts.add(t.begin());
            ends.add(t.end());
        }
        List<Mention> out = new ArrayList<>(listed(text, tokens, starts, ends));
        out.addAll(stateActors(text, tokens, starts, ends));
        return out;
    }

    private List<Mention> listed(String text, List<Token> tokens, Set<Integer> starts, Set<Integer> ends) {
        List<Mention> out = new ArrayList<>();
        int end = tokens.get(tokens.size() - 1).end();
        for (int i = tokens.get(0).begin(); i < end; i++) {
            String w = forms.longestAt(text, i);
            if (w == null || i + w.length() > end) continue;
            int organ = organEnd(text, tokens, i, i + w.length(), starts);
            if (organ > 0) {
                out.add(new Mention(EntityType.ORGANIZATION, i, organ, text.substring(i, organ)));
                i = organ - 1;
                continue;
            }
            if (!standsAlone(text, w, i, starts, ends)) continue;
            if (insideQuotedName(text, i, i + w.length())) continue;
            String full = fullNames.get(w);
            if (notNames.longestAt(text, i) != null || isProductModel(text, i, full, i + w.length())) continue;
            boolean bare = isNationalBody(full) && !w.equals(full);
            Token state = foreignPlaceEndingAt(tokens, i);
            if (state != null && !bare && !isForeignStateOutside(state.text(), full)) state = null;
            String abbreviated = bare && i > 0 && isAbbreviationWord(text, i - 1, starts) ? abbreviatedState(text.charAt(i - 1)) : null;
            int region = companyRegionEnd(tokens, full, i + w.length());
            if (region > 0) {
                out.add(new Mention(EntityType.ORGANIZATION, i, region, text.substring(i, region)));
                i = region - 1;
                continue;
            }
            if (state != null) {
                out.add(new Mention(EntityType.ORGANIZATION, state.begin(), i + w.length(), text.substring(state.begin(), i + w.length())));
            } else if (abbreviated != null) {
                out.add(new Mention(EntityType.ORGANIZATION, i - 1, i + w.length(), text.substring(i - 1, i + w.length()), abbreviated + w));
            } else {
                out.add(new Mention(EntityType.ORGANIZATION, i, i + w.length(), w, full));
            }
            i += w.length() - 1;
        }
        return asSubsidiaries(out);
    }

    /** In an article that names a company's subsidiary (某银行香港), the company's bare name is that subsidiary. */
    private List<Mention> asSubsidiaries(List<Mention> found) {
        Map<String, String> subsidiaries = new HashMap<>();
        for (Mention m : found) {
            if (m.referent() != null) continue;
            for (String region : COMPANY_REGIONS) {
                String company = m.text().endsWith(region) ? fullNames.get(m.text().substring(0, m.text().length() - region.length())) : null;
                if (company != null && companies.contains(company)) subsidiaries.putIfAbsent(company, m.text());
            }
        }
        if (subsidiaries.isEmpty()) return found;
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            String subsidiary = m.referent() == null ? null : subsidiaries.get(m.referent());
            out.add(subsidiary == null ? m : new Mention(m.type(), m.begin(), m.end(), m.text(), subsidiary));
        }
        return out;
    }

    /**
     * 中|金公司管委会: a company's organ the segmenter glued to the end of the company's name; the end
     * of the word that holds it, or -1.
     */
    private static int organEnd(String text, List<Token> tokens, int begin, int end, Set<Integer> starts) {
        if (!starts.contains(begin)) return -1;
        for (Token t : tokens) {
            if (t.begin() >= end) break;
            if (t.end() > end && COMPANY_ORGANS.contains(text.substring(end, t.end()))) return t.end();
        }
        return -1;
    }

    /**
     * 某公司737, 某公司Mate, 某公司客机, 某公司“某号”: a company's name before a model, a product noun or a
     * quoted product name is its product (not 某公司12英寸线, 某公司2023年); a company's name next to a
     * name dot is part of a person's name (马丁·某某).
     */
    private boolean isProductModel(String text, int begin, String full, int end) {
        if (!companies.contains(full)) return false;
        if (begin > 0 && NAME_DOTS.indexOf(text.charAt(begin - 1)) >= 0 || end < text.length() && NAME_DOTS.indexOf(text.charAt(end)) >= 0) return true;
        return PRODUCT_MODEL.matcher(text).region(end, text.length()).lookingAt() || PRODUCT_NOUNS.longestAt(text, end) != null
                || end < text.length() && OPENING.indexOf(text.charAt(end)) >= 0;
    }

    /** 美 of 美|国防部 is a word of its own; 日 of 17日|外交部 is part of a date. */
    private static boolean isAbbreviationWord(String text, int at, Set<Integer> starts) {
        return starts.contains(at) && (at == 0 || !Character.isDigit(text.charAt(at - 1)) && Numerals.COUNT.indexOf(text.charAt(at - 1)) < 0);
    }

    /**
     * 某银行|香港: a company the gazetteer lists, followed by a region its subsidiary is named for, is
     * that subsidiary, written whole and without the parent's full name; the end of the region, or -1.
     */
    private int companyRegionEnd(List<Token> tokens, String full, int end) {
        if (!companies.contains(full)) return -1;
        for (Token t : tokens) {
            if (t.begin() == end) return t.isPlace() && COMPANY_REGIONS.contains(t.text()) ? t.end() : -1;
            if (t.begin() > end) break;
        }
        return -1;
    }

    private static boolean standsAlone(String text, String w, int at, Set<Integer> starts, Set<Integer> ends) {
        if (isLatin(w.charAt(0))) {
            return (at == 0 || !isLatin(text.charAt(at - 1))) && (at + w.length() >= text.length() || !isLatin(text.charAt(at + w.length())));
        }
        // 民主党 is no party inside 民主党派: a name ends where a word ends, or before a role's tail (外交部|长)
        int end = at + w.length();
        boolean roleTail = end < text.length() && ROLE_TAILS.indexOf(text.charAt(end)) >= 0 && ends.contains(end + 1);
        return (ends.contains(end) || roleTail) && (w.length() > SHORT_FORM || starts.contains(at));
    }

    /** 「某国—某盟信息港」: a body named inside a short quoted name (a project, a slogan) is part of that name. */
    private static boolean insideQuotedName(String text, int begin, int end) {
        int open = begin - 1;
        while (open >= 0 && begin - open <= QUOTED_NAME && OPENING.indexOf(text.charAt(open)) < 0) {
            if (NAME_BREAKS.indexOf(text.charAt(open)) >= 0) return false;
            open--;
        }
        if (open < 0 || begin - open > QUOTED_NAME) return false;
        int close = end;
        while (close < text.length() && close - end <= QUOTED_NAME && CLOSING.indexOf(text.charAt(close)) < 0) {
            if (NAME_BREAKS.indexOf(text.charAt(close)) >= 0) return false;
            close++;
        }
        return close < text.length() && close - end <= QUOTED_NAME && close - open - 1 > end - begin;
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isNationalBody(String full) {
        return NATIONAL_BODY_STARTS.longestAt(full, 0) != null;
    }

    private static Token foreignPlaceEndingAt(List<Token> tokens, int at) {
        for (Token t : tokens) {
            if (t.end() == at && t.isPlace() && t.text().length() >= 2 && !t.text().startsWith(CHINA_INITIAL)) return t;
            if (t.begin() >= at) break;
        }
        return null;
    }

    /** 日本 + a party of another state: the state is not part of the listed body's full name. */
    private boolean isForeignStateOutside(String place, String full) {
        return isState(place) && !notStates.contains(place) && !full.contains(place);
    }

    /** 美 of 美|国防部: the foreign state a one-character abbreviation stands for (as in 美方), else null. */
    private String abbreviatedState(char c) {
        String government = sides.get(c + SIDE);
        if (government == null || government.equals(sides.get(CHINA_INITIAL + SIDE))) return null;
        return government.substring(0, government.length() - this.government.length());
    }

    /** 巴方 in an article that names 巴西 and neither 巴基斯坦 nor 巴勒斯坦: 巴西政府; else null. */
    private String ambiguousSide(String form, String text) {
        List<String> states = ambiguousSides.get(form);
        if (states == null) return null;
        List<String> named = states.stream().filter(text::contains).toList();
        return named.size() == 1 ? named.get(0) + government : null;
    }

    /** 中方, 某国政府, 某国方面: the state as an actor is its government. */
    private List<Mention> stateActors(String text, List<Token> tokens, Set<Integer> starts, Set<Integer> ends) {
        List<Mention> out = new ArrayList<>();
        for (Token t : tokens) {
            String side = sides.containsKey(t.text()) ? sides.get(t.text()) : ambiguousSide(t.text(), text);
            if (side != null) {
                out.add(new Mention(EntityType.ORGANIZATION, t.begin(), t.end(), t.text(), side));
                continue;
            }
            String state = stateShortNames.get(t.text());
            if (state == null) continue;
            String actor = actorWords.longestAt(text, t.end());
            if (actor == null || !ends.contains(t.end() + actor.length())) continue;
            String surface = text.substring(t.begin(), t.end() + actor.length());
            if (forms.contains(surface)) continue;
            out.add(new Mention(EntityType.ORGANIZATION, t.begin(), t.end() + actor.length(), surface, state + government));
        }
        return out;
    }
}
