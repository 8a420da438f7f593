package org.newskg.annotate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Organizations: HanLP's organization tags, kept only when the word ends like an organization name
 * (…局, …办公室, …集团) and names a particular body — a long name, one that starts with a place or
 * a national prefix (香港…局, 中国…集团), or one with an institution ending (…学院, …集团); HanLP tags
 * many generic phrases (数字政府, 测评中心) too. A tag that runs past the name is cut back to it
 * (某省机械工业学校|实训基地), a sub-unit tagged apart is joined to its body (某局|总承包公司), and a
 * place followed by nouns and an institution ending is a body even untagged (香港|人工智能|研发|院).
 * Dropped: names the sentence uses as a role the subject aspires to (建设国际创新科技中心), editions of
 * events (第二届…大会) and event titles in quotation marks, venues (…会展中心: places), hubs and sites
 * (…金融中心, …总部基地), items of a list of projects (A、B等项目), and 组织 used as a verb
 * (某县组织的). A particle glued on is cut off (某中学|所), and a verb of the body's cause is grown
 * over (某洲第一夫人抗击|某病联合会). Organizations too: the items of lists of bodies
 * ({@link EnumeratedOrganizations}), quoted bodies and forums with officers ({@link BodiesByContext}),
 * a region's bare government in a report about it ({@link RegionalGovernments}), legal names with a
 * bracketed part ({@link LegalNames}), companies before a stock code ({@link ListedCompanies}), the
 * outlets in 据…报道 and the bodies the gazetteers list ({@link GazetteerOrganizations}), with their
 * sub-units and organs written after them (某科学院|某研究所, 某公司|董事会); a candidate glued to a
 * listed body by words that are no place (联合|某大学) is dropped for it, and so are states alone
 * (places) and candidates followed by a sector word (…|行业).
 */
public final class OrganizationRecognizer {
    private static final LexiconTable WORDS = LexiconTable.of("organization-context-words.txt");
    private static final Pattern ASPIRATION = Pattern.compile(".*(" + WORDS.alternation("aspiration-verbs") + ")$");
    private static final Pattern NOT_A_BODY = Pattern.compile(".*(\\d|" + WORDS.word("ordinal-mark") + ".+" + WORDS.word("edition-mark")
            + "|" + WORDS.alternation("not-a-body-words") + ").*|.*(" + WORDS.alternation("meeting-endings") + ")$");
    private static final Pattern EDITION = Pattern.compile("[" + Numerals.EDITION + "]+[" + WORDS.chars("edition-marks") + "]");
    private static final List<String> NATIONAL_PREFIXES = LexiconTable.of("national-prefixes.txt").row("organization");
    /** Words an organization's name may be grown leftwards over, besides place and organization names. */
    private static final Set<PartOfSpeech> NAME_PARTS = EnumSet.of(PartOfSpeech.NOUN, PartOfSpeech.OTHER_PROPER_NOUN,
            PartOfSpeech.VERBAL_NOUN, PartOfSpeech.INSTITUTION_NOUN, PartOfSpeech.TECHNICAL_TERM,
            PartOfSpeech.ABBREVIATION, PartOfSpeech.DISTINGUISHING_WORD);
    private static final Pattern EVENT_ENDING = Pattern.compile(".*(" + WORDS.alternation("event-endings") + ")$");
    private static final String CONGRESS = WORDS.word("congress");
    /** 据某某新闻报道: the source cited is a news outlet when its name ends like one. */
    private static final Pattern REPORTED_BY = Pattern.compile(
            WORDS.word("report-lead") + "(\\p{IsHan}{2,8}?(?:" + WORDS.alternation("outlet-endings") + "))(?:" + WORDS.alternation("report-words") + ")");
    private static final Pattern TERM_INSIDE = Pattern.compile("(?<=\\p{IsHan})[" + Numerals.EDITION + "]+" + WORDS.word("edition-mark"));
    private static final Lexicon SECTOR_FOLLOWERS = WORDS.lexicon("sector-followers");
    /** 某湾金融中心: a hub or district named like a centre; 某湾总部基地: a site. */
    private static final Pattern HUB = Pattern.compile(".+(" + WORDS.alternation("hub-words") + ")" + WORDS.word("hub-ending"));
    private static final Lexicon SITE_ENDINGS = WORDS.lexicon("site-endings");
    /** Verbs of a body's cause, part of its name (某某抗击某病联合会). */
    private static final Lexicon NAME_VERBS = WORDS.lexicon("name-verbs");
    /** 某中学|所(举办): a particle the tagger glued onto the name's end. */
    private static final String TRAILING_PARTICLES = WORDS.chars("trailing-particles");
    private final BodiesByContext byContext = new BodiesByContext();
    private final RegionalGovernments regional = new RegionalGovernments();
    private static final Lexicon GENERIC_OUTLETS = WORDS.lexicon("generic-outlets");
    private static final Lexicon JOINING_AND = WORDS.lexicon("joining-and");
    /** 组织 used as a verb (某县组织的). */
    private static final String ORGANIZE = WORDS.word("organize");
    private static final String ORGANIZE_PARTICLE = WORDS.word("organize-particle");
    private static final String SHORT_SUFFIX = WORDS.word("short-suffix");
    /** The shortest name a short suffix ends (某某公安局某某派出所). */
    private static final int MIN_NAME_WITH_SHORT_SUFFIX = 6;
    /** The most words a sub-unit's own name takes after its listed body (计算|技术|研究所). */
    private static final int MAX_SUB_UNIT_WORDS = 4;
    /** 某党|中央: a party's central committee written short. */
    private static final String PARTY_CENTRE = WORDS.word("party-centre");
    private static final String PARTY_ENDING = WORDS.word("party-ending");
    /** 某公司|董事会: a company's organ named by its body. */
    private static final Lexicon COMPANY_ORGANS = WORDS.lexicon("company-organs");
    private final Lexicon suffixes = Lexicon.resource("org-suffixes.txt");
    private final Lexicon institutionEndings = Lexicon.resource("institution-suffixes.txt");
    private final Lexicon venueEndings = Lexicon.resource("venue-suffixes.txt");
    private final GenericNames generic = new GenericNames();
    private final GazetteerOrganizations gazetteer = new GazetteerOrganizations();

    public List<Mention> recognize(String text, List<Token> tokens) {
        Set<String> places = new HashSet<>();
        for (Token t : tokens) if (t.isPlace() && t.text().length() >= 2) places.add(t.text());
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isOrganization()) continue;
            int end = bodyEnd(t);
            if (end < 0) continue;
            if (end == t.end() && i + 1 < tokens.size() && isSubUnit(tokens.get(i + 1), t, places)) {
                end = tokens.get(++i).end();
            }
            int start = t.begin();
            String glued = generic.gluedOn(t.text());
            if (glued != null && isOrganizationName(text.substring(start + glued.length(), end))) start += glued.length();
            else start = afterGluedVerb(text, start, end);
            // 十四届|全国人民代表大会: the edition is not part of the body
            Matcher edition = EDITION.matcher(text).region(start, end);
            if (edition.lookingAt()) {
                start = edition.end();
                String body = text.substring(start, end);
                if (EVENT_ENDING.matcher(body).matches() && !body.endsWith(CONGRESS) && gazetteer.fullName(body) == null) continue;
            }
            String tagged = text.substring(start, end);
            int begin = namesABody(tagged, places) ? start : start == t.begin() ? extendLeft(text, tokens, i, end, places) : -1;
            if (begin == t.begin()) begin = Math.min(begin, overNameVerb(tokens, i));
            if (begin < 0) continue;
            begin = LegalNames.withLatinOpening(text, begin, end);
            String name = text.substring(begin, end);
            if (isDropped(text, begin, end, name) || gazetteer.isState(name)) continue;
            out.add(new Mention(EntityType.ORGANIZATION, begin, end, name));
        }
        out.addAll(untaggedInstitutions(text, tokens));
        if (!tokens.isEmpty()) {
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            out.addAll(EnumeratedOrganizations.find(text, tokens, begin, end));
            out.addAll(byContext.find(text, tokens, begin, end));
            out.addAll(regional.find(text, tokens));
            out.addAll(LegalNames.find(text, tokens, begin, end));
            out.addAll(reportingOutlets(text, begin, end));
            out.addAll(ListedCompanies.find(text, tokens));
            List<Mention> listed = gazetteer.find(text, tokens);
            out.removeIf(m -> hasGluedPrefix(text, m, listed, places));
            out.addAll(0, listed);
            out.addAll(0, subUnitsOfListed(text, tokens, listed, places));
        }
        return out;
    }

    /**
     * 联合|某大学, 某日|某部, 某部会同|某部: a candidate that ends with a gazetteer body but starts with
     * words that are no place before it; the gazetteer's body stands alone.
     */
    private boolean hasGluedPrefix(String text, Mention m, List<Mention> listed, Set<String> places) {
        for (Mention g : listed) {
            if (g.end() != m.end() || g.begin() <= m.begin()) continue;
            String prefix = text.substring(m.begin(), g.begin());
            return !places.contains(prefix) && !NATIONAL_PREFIXES.contains(prefix) && !gazetteer.isState(prefix);
        }
        return false;
    }

    /**
     * 某科学院|计算|技术|研究所, 某理事会|2001|委员会: a listed body followed by nouns (or a number)
     * that end like a body is that body's sub-unit, named whole; so is a company's organ (某公司|董事会)
     * and a party's central committee written short (某党|中央).
     */
    private List<Mention> subUnitsOfListed(String text, List<Token> tokens, List<Mention> listed, Set<String> places) {
        List<Mention> out = new ArrayList<>();
        int k = 0;
        for (Mention body : listed) {
            while (k < tokens.size() && tokens.get(k).begin() < body.end()) k++;
            boolean verb = false;
            for (int j = k; j < Math.min(tokens.size(), k + MAX_SUB_UNIT_WORDS); j++) {
                Token t = tokens.get(j);
                if (t.begin() != (j == k ? body.end() : tokens.get(j - 1).end())) break;
                verb |= t.pos().isVerb() && t.text().length() > 1; // 超|算 of a name is no clause
                if (!extendsName(t) && !t.pos().isVerb() && !t.text().chars().allMatch(Character::isDigit)) break;
                String unit = text.substring(body.end(), t.end());
                boolean organ = body.text().endsWith(PARTY_ENDING) ? unit.equals(PARTY_CENTRE) : COMPANY_ORGANS.contains(unit);
                // 某部加挂|国家某局, 某委组织|某局: a tagged body of its own (national or placed, or after 组织) is no sub-unit
                boolean tagged = t.isOrganization() && !startsWithPlace(t.text(), places) && !unit.startsWith(ORGANIZE);
                if (organ || isSubUnitName(unit, verb, tagged)) {
                    out.add(new Mention(EntityType.ORGANIZATION, body.begin(), t.end(), text.substring(body.begin(), t.end())));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The name of a sub-unit after its body: it ends like a body, is no meeting and no generic name
     * (a numbered one aside: 2001委员会); a verb inside (计算|技术|研究所) only before an institution
     * ending, since 某部|举行|某会 is a sentence.
     */
    private boolean isSubUnitName(String unit, boolean verb, boolean tagged) {
        String ending = suffixes.longestSuffixOf(unit);
        // a one-character ending (厂, 局) only where the tagger saw a body (水压机|锻造厂)
        if (ending == null || (ending.length() < 2 && !tagged) || unit.length() <= ending.length() || EVENT_ENDING.matcher(unit).matches()) return false;
        if (verb && institutionEndings.longestSuffixOf(unit) == null) return false;
        return isNumbered(unit, ending) || (!NOT_A_BODY.matcher(unit).matches() && !generic.isGeneric(unit, ending));
    }

    /** 2001|委员会: a unit numbered by its body, whose head is digits only. */
    private static boolean isNumbered(String unit, String ending) {
        return unit.substring(0, unit.length() - ending.length()).chars().allMatch(Character::isDigit);
    }

    /** End of the organization name in a tagged word: the word itself, or cut after its last suffix; -1 if none. */
    private int bodyEnd(Token t) {
        String w = t.text();
        if (isOrganizationName(w)) return t.end();
        // 某某中央广场 is a venue, not a body cut at 中央
        if (venueEndings.longestSuffixOf(w) != null) return -1;
        // 某湾超级总部|基地 is a site; 某省某学校|实训基地 and 某国武装部队|物资基地 a body and its site:
        // cut only to an institution or a two-character ending
        boolean site = SITE_ENDINGS.longestSuffixOf(w) != null;
        int last = TRAILING_PARTICLES.indexOf(w.charAt(w.length() - 1)) >= 0 ? w.length() - 1 : w.length() - 2;
        for (int e = last; e >= 4; e--) {
            String name = w.substring(0, e);
            if (isOrganizationName(name) && (!site || institutionEndings.longestSuffixOf(name) != null
                    || suffixes.longestSuffixOf(name).length() > 1)) return t.begin() + e;
        }
        return -1;
    }

    /**
     * 某某代表|某委员会, 首先来到|某研究院: the tagger glued words of the sentence ending with a verb of
     * two characters onto the body; its start after them (纪律检查委员会 keeps its 检查: no body follows it).
     */
    private int afterGluedVerb(String text, int start, int end) {
        for (int p = start + 1; p < end - 3; p++) {
            String verb = generic.gluedOn(text.substring(p, end));
            if (verb != null && verb.length() >= 2 && isOrganizationName(text.substring(p + verb.length(), end))) {
                return p + verb.length();
            }
        }
        return start;
    }

    /** 某局 + 总承包公司: a tagged word right after a body, itself named like a body but without a place of its own. */
    private boolean isSubUnit(Token next, Token body, Set<String> places) {
        return next.begin() == body.end() && next.isOrganization() && isOrganizationName(next.text())
                && !startsWithPlace(next.text(), places);
    }

    private boolean isDropped(String text, int begin, int end, String name) {
        String before = text.substring(Math.max(0, begin - 4), begin);
        if (ASPIRATION.matcher(before).matches()) return true;
        if (generic.countedBefore(before) && gazetteer.fullName(name) == null) return true;
        if (name.endsWith(ORGANIZE) && text.startsWith(ORGANIZE_PARTICLE, end)) return true;
        if (venueEndings.longestSuffixOf(name) != null || SECTOR_FOLLOWERS.longestAt(text, end) != null) return true;
        if (HUB.matcher(name).matches() || EnumeratedOrganizations.isItemOfProjects(text, end)) return true;
        // 某市七届人大: a term of a body inside the name is a session's name, not the body's
        if (TERM_INSIDE.matcher(name).find()) return true;
        String ending = suffixes.longestSuffixOf(name);
        if (ending != null && ending.length() < name.length() && generic.isGeneric(name, ending)) return true;
        return isQuoted(text, begin, end) && EVENT_ENDING.matcher(name).matches();
    }

    private static boolean isQuoted(String text, int begin, int end) {
        return begin > 0 && end < text.length() && "“「『".indexOf(text.charAt(begin - 1)) >= 0
                && "”」』".indexOf(text.charAt(end)) >= 0;
    }

    /**
     * HanLP often tags only the tail of a long name (政策办公室 of 某特区政府数字政策办公室): the start of
     * the nouns written right before it, when together they name a body; else -1. A 和 between nouns
     * belongs to the name (某市经济和信息化委员会).
     */
    private int extendLeft(String text, List<Token> tokens, int i, int end, Set<String> places) {
        for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
            Token prev = tokens.get(j);
            if (prev.end() != tokens.get(j + 1).begin()) return -1;
            // 某市经济和信息化委员会 is one body; 某国武装部队与快速支援部队 are two
            boolean joining = JOINING_AND.contains(prev.text()) && j > 0 && j < i
                    && !startsWithPlace(text.substring(tokens.get(j - 1).begin(), end), places)
                    && !isOrganizationName(tokens.get(j - 1).text());
            if (!joining && (!extendsName(prev) || generic.startsWithLead(prev.text()))) return -1;
            String name = text.substring(prev.begin(), end);
            if (!joining && startsWithPlace(name, places) && !NOT_A_BODY.matcher(name).matches()) return prev.begin();
        }
        return -1;
    }

    /**
     * 某洲|第一夫人|抗击|某病联合会: a verb that names a body's cause (抗击, 防治), written between the
     * tagged name and nouns that open the clause with a place, is part of the name; the start of the
     * place, or the tagged name's own start.
     */
    private static int overNameVerb(List<Token> tokens, int i) {
        Token verb = i > 0 ? tokens.get(i - 1) : null;
        if (verb == null || verb.end() != tokens.get(i).begin() || !NAME_VERBS.contains(verb.text())) return tokens.get(i).begin();
        for (int j = i - 2; j >= Math.max(0, i - 5); j--) {
            Token t = tokens.get(j);
            if (t.end() != tokens.get(j + 1).begin() || !t.pos().isNoun() || t.pos() == PartOfSpeech.INSTITUTION_NOUN) break;
            boolean clauseStart = j == 0 || tokens.get(j - 1).pos() == PartOfSpeech.PUNCTUATION;
            if (t.isPlace() && clauseStart) return t.begin();
        }
        return tokens.get(i).begin();
    }

    /**
     * A place, then nouns, then an institution ending, all untagged: 香港 + 人工智能 + 研发 + 院. The
     * ending may take in a verb (研发 of 研发院); before it only nouns count (中国 + 主办 + 某集团 is a sentence).
     */
    private List<Mention> untaggedInstitutions(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token place = tokens.get(i);
            if (!place.isPlace() || place.text().length() < 2) continue;
            for (int k = i + 1; k < Math.min(tokens.size(), i + 6); k++) {
                Token t = tokens.get(k);
                if (t.begin() != tokens.get(k - 1).end()) break;
                String name = text.substring(place.begin(), t.end());
                String ending = institutionEndings.longestSuffixOf(name);
                if (ending != null && name.length() - ending.length() > place.text().length()
                        && onlyNounsBefore(tokens, i + 1, k, t.end() - ending.length())
                        && !isDropped(text, place.begin(), t.end(), name)) {
                    out.add(new Mention(EntityType.ORGANIZATION, place.begin(), t.end(), name));
                    break;
                }
                if (!extendsName(t) && !t.pos().isVerb()) break;
            }
        }
        return out;
    }

    private static boolean onlyNounsBefore(List<Token> tokens, int from, int to, int endingBegin) {
        for (int k = from; k <= to && tokens.get(k).end() <= endingBegin; k++) {
            if (!extendsName(tokens.get(k))) return false;
        }
        return true;
    }

    /** 据某某新闻报道: the outlet cited. */
    private List<Mention> reportingOutlets(String text, int begin, int end) {
        List<Mention> out = new ArrayList<>();
        Matcher m = REPORTED_BY.matcher(text).region(begin, end);
        while (m.find()) {
            String name = m.group(1);
            if (GENERIC_OUTLETS.longestAt(name, 0) != null) continue;
            out.add(new Mention(EntityType.ORGANIZATION, m.start(1), m.end(1), name));
        }
        return out;
    }

    public boolean isOrganizationName(String s) {
        if (s.length() < 3 || NOT_A_BODY.matcher(s).matches()) return false;
        String suffix = suffixes.longestSuffixOf(s);
        // 所 alone ends a body only in a long name (某某公安局某某派出所), not 两国合作所(取得的)
        if (SHORT_SUFFIX.equals(suffix) && s.length() < MIN_NAME_WITH_SHORT_SUFFIX) return false;
        return suffix != null && s.length() > suffix.length();
    }

    private boolean namesABody(String name, Set<String> places) {
        String ending = institutionEndings.longestSuffixOf(name);
        return name.length() >= 7 || startsWithPlace(name, places)
                || (ending != null && name.length() - ending.length() >= 2 && !generic.isGeneric(name, ending));
    }

    private static boolean startsWithPlace(String name, Set<String> places) {
        for (String p : NATIONAL_PREFIXES) if (name.startsWith(p) && name.length() > p.length() + 1) return true;
        for (String p : places) if (name.startsWith(p) && name.length() > p.length() + 1) return true;
        return false;
    }

    private static boolean extendsName(Token t) {
        return NAME_PARTS.contains(t.pos()) || t.isPlace() || t.entity() == EntityLabel.ORGANIZATION;
    }
}
