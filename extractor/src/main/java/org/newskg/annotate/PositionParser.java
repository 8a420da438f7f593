package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;

/**
 * Reads the title phrase written before a person's name and splits it into positions: role word,
 * organization, the body the organization belongs to, and qualifiers such as 前/原 (former).
 * Chains joined by 、 give one position each (A副主任、B主任某某); a part without its own organization
 * inherits the previous one (中国工程院院士、原副院长某某).
 */
public final class PositionParser {
    /** The lexicon of words that frame a title phrase: one list a line, headed by its key. */
    private static final LexiconTable WORDS = LexiconTable.of("position-words.txt");
    /** Heads of government whose "organization" in the text is a place: the body is that place's government. */
    private static final Lexicon GOVERNMENT_HEADS = WORDS.lexicon("government-heads");
    private static final Lexicon PLACE_ENDINGS = Lexicon.resource("place-suffixes.txt");
    private static final Pattern BYLINE_GAP = Pattern.compile("[ 　、]*");
    /** 代表 with no body is mostly the verb or a team's member (某项目代表), no position. */
    private static final String DELEGATE = WORDS.word("delegate");
    private static final Lexicon DELEGATE_KINDS = WORDS.lexicon("delegate-kinds");
    private static final String PHOTO_MARK = WORDS.word("photo-mark");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("[ 　]*" + PHOTO_MARK);
    /** The character that makes a role word the head of a body (局长, 署长). */
    private static final String HEAD_SUFFIX = "长";
    /** 某局长 for 某局局长: role words whose first character is the body's own ending, written once. */
    private static final Pattern SHARED_ENDING = Pattern.compile("([" + WORDS.chars("shared-endings") + "])" + HEAD_SUFFIX);
    /** Characters after which a head's tail can start a body of its own (他与|英国首相). */
    private static final String BEFORE_BODY = WORDS.chars("before-body");
    /** A count of people before a role (两名|高级指挥官): the role is what follows. */
    private static final Pattern COUNT = Pattern.compile("(?:[" + Numerals.COUNT + "\\d]+[" + WORDS.chars("person-measures")
            + "])(.{2,})");
    private static final Lexicon GENERIC_LEADS = Lexicon.resource("generic-leads.txt");
    /** The state whose offices 国家主席 and 中国国家副主席 are, and the heads that name it. */
    private static final String STATE = WORDS.word("state");
    private static final Lexicon STATE_HEADS = WORDS.lexicon("state-heads");
    /** A head ending in a conjunction or 的 is a clause, not an employer. */
    private static final String HEAD_BREAKERS = WORDS.chars("head-breakers");
    private static final Lexicon QUALIFIERS = WORDS.lexicon("qualifiers");
    private static final String OWN_PAPER = WORDS.word("own-paper");
    private static final Lexicon ROLE_OPENERS = WORDS.lexicon("role-openers");
    private static final Lexicon FORUM_ENDINGS = WORDS.lexicon("forum-endings");
    private static final Lexicon DELEGATE_GROUPS = WORDS.lexicon("delegate-groups");
    /** A forum's name before its officers' roles is at least this long (某某论坛理事长). */
    private static final int MIN_FORUM = 4;
    private static final String PHOTO_ROLE = WORDS.word("photo-role");
    private static final String GOVERNMENT = WORDS.word("government");
    private static final Lexicon SAR_ENDINGS = WORDS.lexicon("sar-endings");
    private static final String PEOPLE_GOVERNMENT = WORDS.word("people-government");

    private static final Lexicon WELL_KNOWN = Lexicon.resource("org-aliases.txt");
    /** 中国移动, 中国驻某国: national bodies and firms whose names carry no organization ending. */
    private static final Pattern NATIONAL_PREFIX = Pattern.compile(
            "(" + LexiconTable.of("national-prefixes.txt").alternation("position-body") + ").{2,}");

    private final Lexicon roles = Lexicon.resource("roles.txt");
    private final TitleShapes shapes = new TitleShapes(roles);
    private final Lexicon orgSuffixes = Lexicon.resource("org-suffixes.txt");
    private final HeldTitles held = new HeldTitles(roles);
    private final MemberLists lists = new MemberLists(roles);

    /**
     * Positions of the given persons, from the title phrases right before their mentions. With the
     * segmenter's words, a title phrase starts after the sentence's last preposition or particle
     * before it (会议听取了|某委副主任某某), and a body without an organization ending counts when the
     * segmenter tagged it as a place or organization (巴基斯坦总统, 北约秘书长).
     */
    public List<PositionMention> parse(String text, int articleBegin, List<Mention> persons, List<Token> tokens) {
        TitleContext words = TitleContext.of(tokens, text, articleBegin);
        TitlePhrases phrases = phrases(words);
        List<PositionMention> out = new ArrayList<>();
        int previousEnd = articleBegin;
        List<PositionMention> previous = List.of();
        List<PositionMention> credits = new ArrayList<>();
        List<Mention> named = persons.stream().filter(m -> m.type() == EntityType.PERSON).toList();
        Mention before = null;
        for (Mention person : named) {
            String between = text.substring(Math.max(articleBegin, previousEnd), person.begin());
            int phraseBegin = PhraseBounds.start(text, Math.max(articleBegin, previousEnd), person.begin(), words);
            phraseBegin = PhraseBounds.withNamesake(text, phraseBegin, before, person.begin(), orgSuffixes, roles);
            if (PhraseBounds.isClauseBeforeSpace(text, phraseBegin, person.begin())) phraseBegin = person.begin();
            previousEnd = person.end();
            before = person;
            List<PositionMention> mine = new ArrayList<>();
            if (BYLINE_GAP.matcher(between).matches() && !previous.isEmpty() && BylineRoles.isByline(previous.get(0).role())) {
                // 某社记者 张三 李四 王五 摄: the names after the first share its byline
                for (PositionMention p : previous) {
                    mine.add(new PositionMention(person, p.role(), p.organization(), p.parentOrganization(),
                            p.qualifier(), p.begin(), person.end()));
                }
            } else if (phraseBegin < person.begin()) {
                mine.addAll(titles(phraseBegin, person.begin(), person, words));
            }
            // 某报记者甲实习记者乙: a byline role right after a byline's name works for the same outlet
            int gapBegin = person.begin() - between.length();
            if (text.substring(gapBegin, Math.max(gapBegin, phraseBegin)).isBlank()) mine = BylineRoles.sameBody(mine, previous);
            if (mine.isEmpty()) mine = new ArrayList<>(BylineRoles.beforeMark(text, person, roles));
            mine.addAll(held.beforeOf(text, Math.max(articleBegin, person.begin() - between.length()), person, phrases));
            mine.addAll(held.afterName(text, person, phrases));
            out.addAll(mine);
            if (!mine.isEmpty() && BylineRoles.isByline(mine.get(0).role())) credits.addAll(mine);
            else credits.clear();
            if (PHOTO_CREDIT.matcher(text.substring(person.end(), Math.min(text.length(), person.end() + 3))).lookingAt()) {
                for (PositionMention c : credits) {
                    out.add(new PositionMention(c.person(), PHOTO_ROLE, c.organization(), null, null, c.begin(), c.end()));
                }
                credits.clear();
            }
            previous = mine;
        }
        out.addAll(lists.find(text, articleBegin, named, phrases));
        return out;
    }

    /** The positions a title phrase text[begin, end) gives the person: one a part, a part without a body inheriting the one before. */
    private List<PositionMention> titles(int begin, int end, Mention person, TitleContext words) {
        List<PositionMention> mine = new ArrayList<>();
        String phrase = words.text().substring(begin, end).strip();
        String inherited = null;
        int partBegin = begin;
        for (String part : shapes.parts(phrase)) {
            PositionMention p = position(part.strip(), person, inherited, partBegin, words);
            String ministry = p == null ? null : TitleShapes.ministryOfState(p.organization(), words.text().substring(begin, partBegin));
            if (ministry != null) {
                // 某国特使、外交部长某某: the ministry is that state's
                p = new PositionMention(person, p.role(), ministry, null, p.qualifier(), p.begin(), p.end());
            }
            if (p != null) {
                mine.add(p);
                if (p.organization() != null) {
                    inherited = p.organization();
                    words.bodies().add(new GenericBodies.BodyAt(inherited, partBegin));
                }
            }
            partBegin += part.length() + 1;
        }
        return mine;
    }

    /** The title phrases of other stretches of the article than right before a name (lists, held titles). */
    private TitlePhrases phrases(TitleContext words) {
        return new TitlePhrases() {
            @Override
            public List<PositionMention> titles(int begin, int end, Mention person) {
                return PositionParser.this.titles(begin, end, person, words);
            }

            @Override
            public String body(int begin, int end) {
                String head = words.text().substring(begin, end).strip();
                String kind = GenericBodies.kindOf(head);
                if (kind != null) return GenericBodies.antecedent(words.text(), words.articleBegin(), begin, kind, words.bodies());
                return KnownBodies.isBody(head) || orgSuffixes.longestSuffixOf(head) != null ? head : null;
            }

            @Override
            public boolean verbWithin(int begin, int end) {
                return words.verbWithin(begin, end);
            }
        };
    }

    /** 代表 with no body and no kind of envoy before it (某项目代表, 代表 alone): no position. */
    private static boolean isLooseDelegate(String role) {
        if (!role.endsWith(DELEGATE)) return false;
        String kind = role.substring(0, role.length() - DELEGATE.length());
        return DELEGATE_KINDS.longestSuffixOf(kind) == null && DELEGATE_GROUPS.longestSuffixOf(kind) == null;
    }

    private PositionMention position(String written, Mention person, String inherited, int phraseBegin, TitleContext words) {
        String part = TitleShapes.withoutNoise(written);
        int partBegin = phraseBegin + TitleShapes.dateLength(written);
        String role = roles.longestSuffixOf(part);
        if (role == null) return null;
        Phrase p = new Phrase(part.substring(0, part.length() - role.length()), role);
        String fresh = TitleShapes.newQualifier(p.org);
        if (fresh != null) p.org = p.org.substring(0, p.org.length() - fresh.length()); // 新任理事长: the role is 理事长
        // 论坛共同主席, 某会名誉理事长: words that open a role belong to it
        for (String opener = ROLE_OPENERS.longestSuffixOf(p.org); opener != null; opener = ROLE_OPENERS.longestSuffixOf(p.org)) {
            p.org = p.org.substring(0, p.org.length() - opener.length());
            p.role = opener + p.role;
        }
        String qualifier = QUALIFIERS.longestSuffixOf(p.org);
        if (qualifier != null) p.org = p.org.substring(0, p.org.length() - qualifier.length());
        withSharedEnding(p, role);
        if (qualifier == null) {
            p.org = placedQualifier(p.org);
            qualifier = leadingQualifier(p.org, partBegin, words);
            if (qualifier != null) p.org = p.org.substring(qualifier.length());
        }
        if (qualifier != null) p.role = qualifier + p.role;
        if (p.org.isEmpty() || TitleShapes.isSide(p.org)) p.org = null;
        String media = BylineRoles.isByline(role) ? TitleShapes.mediaAtEnd(p.org) : null;
        if (media != null) return new PositionMention(person, p.role, media, null, qualifier, partBegin, person.end());
        String state = TitleShapes.stateOf(p.org, role);
        if (state != null) return new PositionMention(person, p.role, state, null, qualifier, partBegin, person.end());
        String region = TitleShapes.regionGovernment(role, p.org, words.tokens());
        p.role = p.role.substring(0, p.role.length() - role.length()) + TitleShapes.fullRole(role);
        if (region != null) return new PositionMention(person, p.role, region, null, qualifier, partBegin, person.end());
        String kind = GenericBodies.kindOf(p.org);
        if (kind != null) {
            // 论坛共同主席, 该所合伙人: the body the article named of that kind, or no position
            String body = GenericBodies.antecedent(words.text(), words.articleBegin(), partBegin, kind, words.bodies());
            return body == null ? null : new PositionMention(person, p.role, body, null, qualifier, partBegin, person.end());
        }
        // 大会发言人: a body's ending alone names a body of the article the phrase does not say
        if (p.org != null && orgSuffixes.contains(p.org) && !KnownBodies.isBody(p.org) && !WELL_KNOWN.contains(p.org)) return null;
        if (p.org != null) p.org = KnownBodies.withoutPlace(p.org);
        moveRoleWordsOutOfHead(p);
        narrowHeadToBody(p, part, partBegin, words);

        String parent = null;
        String org = p.org;
        if (isState(org)) org = STATE; // 国家主席, 中国国家副主席: offices of the state
        if (org != null) {
            org = governmentOf(org, p.role);
            String own = orgSuffixes.longestSuffixOf(org);
            int cut = lastOrganizationEnd(org.substring(0, org.length() - (own == null ? 0 : own.length())));
            if (cut >= 4 && org.length() - cut >= 2) parent = org.substring(0, cut);
        } else {
            org = inherited;
        }
        if (org == null && (p.role.length() < 2 || isLooseDelegate(p.role) || p.unnamed)) return null;
        org = TitleShapes.withStateWritten(org);
        return new PositionMention(person, p.role, org, parent, qualifier, partBegin, person.end());
    }

    /**
     * 前|考试院长: a qualifier (前, 原) opening the head, as a word of its own, qualifies the role,
     * not the body (前院长 of 考试院); null when the head does not open with one.
     */
    private static String leadingQualifier(String head, int headBegin, TitleContext words) {
        String lead = QUALIFIERS.longestAt(head, 0);
        if (lead == null || head.length() - lead.length() < 2) return null;
        boolean known = KnownBodies.bodyAtEnd(head.substring(lead.length())) != null;
        return known || words.wordStartsAt(headBegin + lead.length()) ? lead : null;
    }

    /** 台湾前行政院长: a place written before a qualifier only situates the body after it; the head without the place. */
    private static String placedQualifier(String head) {
        String place = KnownBodies.placeAtStart(head);
        if (place == null) return head;
        String lead = QUALIFIERS.longestAt(head, place.length());
        return lead != null && head.length() - place.length() - lead.length() >= 2 ? head.substring(place.length()) : head;
    }

    /** A title phrase being cut into the body it names (the head, null when none) and the role. */
    private static final class Phrase {
        String org;
        String role;
        /** The head, no clause, opens with a known place or body (某国国防军 + 发言人) that no rule could cut out: no position rather than one without its body. */
        boolean unnamed;

        Phrase(String org, String role) {
            this.org = org;
            this.role = role;
        }
    }

    /**
     * Moves to the role what of the head belongs to it: role words ending the head (某部队总司令 +
     * 发言人) and the tail after the last organization suffix (数字政策 + 专员). A head ending in a
     * conjunction (综合新华社及记者某某) or a clause (田里劳作的菜农某某) names no employer.
     */
    private void moveRoleWordsOutOfHead(Phrase p) {
        if (p.org != null && HEAD_BREAKERS.indexOf(p.org.charAt(p.org.length() - 1)) >= 0) p.org = null;
        if (p.org != null && orgSuffixes.longestSuffixOf(p.org) == null) {
            String inner = roles.longestSuffixOf(p.org);
            if (inner != null && p.org.length() - inner.length() >= 2) {
                p.role = inner + p.role;
                p.org = p.org.substring(0, p.org.length() - inner.length());
            }
        }
        if (p.org != null && orgSuffixes.longestSuffixOf(p.org) == null && !endsWithWellKnown(p.org)) {
            int cut = lastOrganizationEnd(p.org.substring(0, p.org.length() - 1));
            if (cut > 0 && !TitleShapes.isRegionUnit(p.org.substring(cut))) {
                p.role = p.org.substring(cut) + p.role;
                p.org = p.org.substring(0, cut);
            }
        }
    }

    /** 某科局长 → 某科局 + 局长, 考试院长 → 考试院 + 院长: a role word shares its first character with the body's ending. */
    private void withSharedEnding(Phrase p, String role) {
        Matcher shared = SHARED_ENDING.matcher(role);
        if (p.org != null && p.org.length() >= 2 && shared.matches() && orgSuffixes.longestSuffixOf(p.org) == null) p.org += shared.group(1);
    }

    /** Keeps of the head only a part that names a body; a short head that names none joins the role. */
    private void narrowHeadToBody(Phrase p, String part, int partBegin, TitleContext words) {
        // 该组织一名高级指挥官: the count belongs to the sentence, and a determiner names no particular body
        Matcher counted = COUNT.matcher(p.role);
        if (counted.matches()) p.role = counted.group(1);
        if (p.org != null && GENERIC_LEADS.longestAt(p.org, 0) != null) p.org = null;
        if (p.org != null && p.org.length() < 2) p.org = null;
        // 两院院士: a count before a body's ending names no particular body
        if (p.org != null && p.org.length() == 2 && Numerals.COUNT.indexOf(p.org.charAt(0)) >= 0) p.org = null;
        if (p.org != null && !isState(p.org) && !namesABody(p.org, p.role, words)) {
            String tail = bodyAtEnd(p.org, p.role, words);
            if (tail != null) p.org = tail;
        }
        if (p.org != null) p.org = wellKnownTail(p.org, partBegin + part.indexOf(p.org) + p.org.length(), words);
        if (p.org != null && !isState(p.org) && !namesABody(p.org, p.role, words)
                && !TitleShapes.namesBody(p.org, p.role, BylineRoles.isByline(p.role))) {
            // 外交部长, 常务副主任, 主席特别代表: a short head is part of the role; a longer one is no body
            boolean group = p.role.equals(DELEGATE) && DELEGATE_GROUPS.longestSuffixOf(p.org) != null;
            if (p.org.length() <= 4 || group && p.org.length() <= 6) p.role = p.org + p.role;
            else p.unnamed = !words.verbWithin(partBegin, partBegin + part.length()) && KnownBodies.opensWithName(p.org);
            p.org = null;
        }
    }

    private static boolean isState(String org) {
        return org != null && STATE_HEADS.contains(org);
    }

    /** 他与英国 + 首相: the tail of the head that names a body, after a conjunction or pronoun of the sentence; else null. */
    private String bodyAtEnd(String org, String role, TitleContext words) {
        for (int k = 1; k <= org.length() - 2; k++) {
            if (BEFORE_BODY.indexOf(org.charAt(k - 1)) >= 0 && namesABody(org.substring(k), role, words)) return org.substring(k);
        }
        return null;
    }

    /**
     * 杂志发表|中共中央 + 总书记: a well-known body ending the head, after words that end with a verb
     * of the sentence (as segmented), is the organization by itself; 美国国务院 stays the US body.
     */
    private String wellKnownTail(String org, int orgEnd, TitleContext words) {
        for (int k = 1; k <= org.length() - 3; k++) {
            String tail = org.substring(k);
            if (!WELL_KNOWN.contains(tail)) continue;
            int tailBegin = orgEnd - tail.length();
            for (Token t : words.tokens()) {
                if (t.end() == tailBegin && t.pos().isVerb()) return tail;
            }
            return org;
        }
        return org;
    }

    /** 某地某委会: whether the head ends with a body the lexicon knows, which no cut may split. */
    private static boolean endsWithWellKnown(String head) {
        for (int k = 0; k <= head.length() - 2; k++) if (WELL_KNOWN.contains(head.substring(k))) return true;
        return KnownBodies.bodyAtEnd(head) != null || isForum(head);
    }

    /** 某某论坛 + 理事长: a forum or summit with officers of its own. */
    private static boolean isForum(String head) {
        return head.length() >= MIN_FORUM && FORUM_ENDINGS.longestSuffixOf(head) != null;
    }

    /** Whether a title phrase's head before the role word names a body: by its ending, as a known body or place, or as the segmenter tagged it. */
    private boolean namesABody(String org, String role, TitleContext words) {
        return OWN_PAPER.equals(org) || orgSuffixes.longestSuffixOf(org) != null || WELL_KNOWN.contains(org) || words.taggedBodies().contains(org)
                || KnownBodies.isBody(org) || isForum(org) || TitleShapes.isCorporate(role) && words.properNouns().contains(org)
                || PLACE_ENDINGS.longestSuffixOf(org) != null || GOVERNMENT_HEADS.longestSuffixOf(role) != null
                || NATIONAL_PREFIX.matcher(org).matches();
    }

    /**
     * End of the last organization suffix inside {@code s}. A one-character suffix (局, 院) counts
     * only after a name of four characters or more, so that ordinary words are not cut.
     */
    private int lastOrganizationEnd(String s) {
        for (int e = s.length(); e >= 2; e--) {
            String suffix = orgSuffixes.longestSuffixOf(s.substring(0, e));
            if (suffix == null || e <= suffix.length()) continue;
            if (suffix.length() >= 2 || e >= 4) return e;
        }
        return -1;
    }

    /** 香港特别行政区 + 行政长官 → 香港特别行政区政府; 某某县 + 县长 → 某某县人民政府. */
    private static String governmentOf(String org, String role) {
        String head = GOVERNMENT_HEADS.longestSuffixOf(role);
        if (head == null || org.endsWith(GOVERNMENT)) return org;
        if (SAR_ENDINGS.longestSuffixOf(org) != null) return org + GOVERNMENT;
        if (PLACE_ENDINGS.longestSuffixOf(org) != null) return org + PEOPLE_GOVERNMENT;
        return org;
    }
}
