package org.newskg.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Finds person names in one article: HanLP's name tags, checked and completed by context a news
 * analyst would use — a name right after a title (德化县县长方某某), before a speech verb, in bylines
 * and photo credits (names with layout spaces), transliterated names with the middle dot. A name
 * confirmed once is then recognised at every other place in the article (document consistency).
 * Candidates HanLP tags as names that no context confirms and that do not start with a surname are
 * dropped: HanLP tags many ordinary words as names.
 */
public final class PersonRecognizer {
    /** The lexicon of words around person names: one list a line, headed by its key. */
    static final LexiconTable CONTEXT = LexiconTable.of("person-context-words.txt");
    private static final Pattern BYLINE = Pattern.compile("(?:" + CONTEXT.alternation("byline-markers") + ")[：:\\s]*"
            + "((?:\\p{IsHan}(?: ?\\p{IsHan}){1,3}[ 、，,]*){1,6})");
    private static final Pattern DOT_NAME = Pattern.compile("\\p{IsHan}{1,8}(?:[·•・]\\p{IsHan}{1,8})+");
    private static final Pattern BYLINE_END = Pattern.compile("[\\s）)]|" + CONTEXT.alternation("byline-end"));
    private static final Pattern CREDIT_SUFFIX = Pattern.compile("(" + CONTEXT.alternation("credit-suffixes") + ")$");
    /** The photo credit mark: a byline name ending in it is a credit still glued on. */
    private static final String PHOTO_MARK = "摄";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    /** Words that may follow a name and end it: the lexicon's, and punctuation. */
    private static final Lexicon AFTER_NAME = Lexicon.of(Stream.concat(CONTEXT.row("after-name").stream(),
            Stream.of("、", "，", "。", "（", "(", "\n", " ", "：", "；")).toArray(String[]::new));
    private static final String NEVER_IN_NAME = CONTEXT.chars("never-in-name");
    private static final String FUNCTION_SURNAMES = CONTEXT.chars("function-surnames");
    private static final String NOT_NAME_FINAL = CONTEXT.chars("not-name-final");
    private static final String ADVERBS_BEFORE_SPEECH = CONTEXT.chars("adverbs-before-speech");
    private static final String JOINING_BEFORE_NAME = CONTEXT.chars("joining-before-name");
    private static final String PLACE_OR_TIME_FINALS = CONTEXT.chars("place-or-time-finals");
    private static final String VERB_FINALS = CONTEXT.chars("verb-finals");
    private static final Pattern BEFORE_BODY_NAME = Pattern.compile(CONTEXT.alternation("before-body-name"));
    private static final List<String> NOT_IN_DOT_NAME = CONTEXT.row("not-in-dot-name");
    private static final String EDITION_MARK = CONTEXT.chars("edition-mark");
    private static final Lexicon WORDS_OPENED_BY_NAME_END = CONTEXT.lexicon("words-after-name-cut");
    private static final Lexicon AFTER_DOT_NAME = CONTEXT.lexicon("after-dot-name");
    private static final Lexicon BEFORE_DOT_NAME = CONTEXT.lexicon("before-dot-name");
    /** The shortest and longest tagged name accepted, and the longest a surname and given name make. */
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 12;
    private static final int MAX_CHINESE_NAME = 4;
    /** The longest part of a dotted name: a longer run of characters is a sentence. */
    private static final int MAX_DOT_NAME_PART = 6;

    private final Lexicon surnames = Lexicon.resource("surnames.txt");
    private final Lexicon roles = Lexicon.resource("roles.txt");
    private final Lexicon speechVerbs = Lexicon.resource("speech-verbs.txt");
    private final Lexicon orgSuffixes = Lexicon.resource("org-suffixes.txt");
    private final Lexicon placeEndings = Lexicon.resource("place-suffixes.txt");
    /** The segmenter's dictionary of ordinary words; without one, no candidate is checked against it. */
    private final Predicate<String> dictionary;
    private final TransliteratedNames transliterated;
    private final NameLists lists = new NameLists(surnames, roles, orgSuffixes, AFTER_NAME, PLACE_OR_TIME_FINALS);

    public PersonRecognizer() {
        this(w -> false);
    }

    /** With the segmenter's dictionary, tagged names that run into an ordinary word (在于+真实) are dropped. */
    public PersonRecognizer(Predicate<String> dictionary) {
        this.dictionary = dictionary;
        this.transliterated = new TransliteratedNames(dictionary);
    }

    public List<Mention> recognize(String text, int begin, int end, List<Token> tokens) {
        Set<String> confirmed = new LinkedHashSet<>();
        WordBoundaries words = new WordBoundaries(tokens);
        bylineNames(text, begin, end, confirmed);
        dotNames(text, begin, end, confirmed);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isRole(t)) {
                String name = nameAt(text, t.end(), end);
                if (name != null && titledNameFits(text, t.end(), name, end, tokens, words)) confirmed.add(name);
                titledTransliteration(text, t.end(), end, tokens, confirmed);
            }
            if (t.isPerson() && (acceptTaggedName(t, i, tokens, text) || beforeRole(tokens, i))) {
                String name = withoutFunctionWord(text, t);
                // 刘某称 stays 刘某 only where the name speaks or has a title; 乌军还 is no name at all
                if (name.length() == t.text().length() || speaksAt(text, t.begin() + name.length(), end)
                        || (i > 0 && isRole(tokens.get(i - 1)))) {
                    confirmed.add(name);
                }
            }
        }
        for (int i = begin; i < end; i++) {
            String role = roles.longestAt(text, i);
            if (role != null) {
                String name = nameAt(text, i + role.length(), end);
                if (name != null && titledNameFits(text, i + role.length(), name, end, tokens, words)) {
                    confirmed.add(name);
                }
                titledTransliteration(text, i + role.length(), end, tokens, confirmed);
            }
        }
        speakerNames(text, begin, end, confirmed, words);
        speakingTransliterations(text, begin, end, tokens, confirmed);
        lists.addListedNames(text, tokens, confirmed);
        completeTransliterations(text, begin, end, tokens, confirmed);
        ShortForms.addJoinedSurnames(text, begin, end, confirmed, surnames::contains);
        confirmed.removeIf(transliterated::isPlaceName);
        confirmed.removeIf(n -> roles.contains(n) || n.length() < 2 || n.chars().anyMatch(c -> NEVER_IN_NAME.indexOf(c) >= 0));
        return everyOccurrence(text, begin, end, confirmed);
    }

    private boolean isRole(Token t) {
        return t.pos() == PartOfSpeech.TITLE || roles.contains(t.text());
    }

    /** A surname plus one or two characters at {@code at}, ended by a word that can follow a name. */
    String nameAt(String text, int at, int limit) {
        if (at >= limit) return null;
        String surname = surnames.longestAt(text, at);
        if (surname == null) return null;
        for (int given = 2; given >= 1; given--) {
            int e = at + surname.length() + given;
            if (e > limit || !HAN.matcher(text.substring(at + surname.length(), e)).matches()) continue;
            if (given == 2 && NOT_NAME_FINAL.indexOf(text.charAt(e - 1)) >= 0) continue;
            // 专家和媒体: a preposition or conjunction before an ordinary word
            if (FUNCTION_SURNAMES.indexOf(surname.charAt(0)) >= 0 && dictionary.test(text.substring(at + 1, e))) continue;
            if (e == limit || AFTER_NAME.longestAt(text, e) != null) {
                String name = text.substring(at, e);
                if (!roles.contains(name) && speechVerbs.longestAt(name, name.length() - 1) == null) return name;
            }
        }
        return null;
    }

    /** A speech verb at {@code at}, or an adverb and one (还表示). */
    private boolean speaksAt(String text, int at, int end) {
        if (at >= end) return false;
        if (speechVerbs.longestAt(text, at) != null) return true;
        return at + 1 < end && ADVERBS_BEFORE_SPEECH.indexOf(text.charAt(at)) >= 0 && speechVerbs.longestAt(text, at + 1) != null;
    }

    /**
     * 刘某称 → 刘某: a tagged three-character name whose last character is a word of the sentence, or
     * opens a word with the characters after the name (某某分|别 → 某某 分别).
     */
    private String withoutFunctionWord(String text, Token t) {
        String name = t.text();
        if (name.length() != 3 || !surnames.contains(name.substring(0, 1))) return name;
        if (NOT_NAME_FINAL.indexOf(name.charAt(2)) >= 0 || WORDS_OPENED_BY_NAME_END.longestAt(text, t.end() - 1) != null) {
            return name.substring(0, 2);
        }
        return name;
    }

    /**
     * 在于真实, 又惠长远: a tagged three-character name no context confirms, whose surname makes a word
     * with the character before it, or whose given name is an ordinary word while the name is glued
     * to the word before, is part of the sentence.
     */
    private boolean runsIntoWords(String text, Token t) {
        String w = t.text();
        if (w.length() != 3 || t.begin() == 0) return false;
        char before = text.charAt(t.begin() - 1);
        if (!Character.isIdeographic(before)) return false;
        if (dictionary.test(before + w.substring(0, 1))) return true;
        return JOINING_BEFORE_NAME.indexOf(before) < 0 && dictionary.test(w.substring(1));
    }

    private boolean acceptTaggedName(Token t, int i, List<Token> tokens, String text) {
        String w = t.text();
        if (w.length() < MIN_NAME || w.length() > MAX_NAME) return false;
        if (t.entity() == EntityLabel.TRANSLITERATED_PERSON) return w.length() >= 3;
        if (w.length() > MAX_CHINESE_NAME || surnames.longestAt(w, 0) == null) return false;
        // part of an organization name (中国华电, 西凤集团): the next word is an organization suffix
        if (i + 1 < tokens.size() && orgSuffixes.contains(tokens.get(i + 1).text())) return false;
        if (i > 0 && tokens.get(i - 1).end() == t.begin() && BEFORE_BODY_NAME.matcher(tokens.get(i - 1).text()).matches()) return false;
        int e = t.end();
        boolean speaks = e < text.length() && speechVerbs.longestAt(text, e) != null;
        boolean titled = i > 0 && isRole(tokens.get(i - 1));
        // two characters are a name only with strong evidence; three (surname + given name) with any
        if (w.length() == 3 && FUNCTION_SURNAMES.indexOf(w.charAt(0)) >= 0 && dictionary.test(w.substring(1))) return false;
        if (!titled && TaggedNameContext.prepositionGlued(text, tokens, i)) return false;
        if (w.length() == 2) return speaks || titled || TaggedNameContext.chairsAtClauseStart(text, t);
        // 某区|高新南: a name glued to a place before it, with no title or speech, is part of that place
        if (!speaks && !titled && i > 0 && tokens.get(i - 1).end() == t.begin() && tokens.get(i - 1).isPlace()) return false;
        // 某某县, 某某市 (a place the tagger cut), 高原上, 某月里: no name ends so without a title or speech
        if (!speaks && !titled && w.length() == 3 && PLACE_OR_TIME_FINALS.indexOf(w.charAt(2)) >= 0) return false;
        if (!speaks && !titled && runsIntoWords(text, t)) return false;
        // 某都会区建设: a surname that is also a place ending (区), glued to the word before, ends that place
        if (!speaks && !titled && glued(tokens, i) && placeEndings.contains(surnames.longestAt(w, 0))) return false;
        return e >= text.length() || AFTER_NAME.longestAt(text, e) != null || speaks || titled;
    }

    private static boolean glued(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).end() == tokens.get(i).begin() && tokens.get(i - 1).pos().isNoun();
    }

    /** 某某主席, 某某教授: a name HanLP tags, right before a title word. */
    private boolean beforeRole(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return i + 1 < tokens.size() && tokens.get(i + 1).begin() == t.end() && isRole(tokens.get(i + 1))
                && t.text().length() >= MIN_NAME && t.text().length() <= MAX_CHINESE_NAME && surnames.longestAt(t.text(), 0) != null
                && VERB_FINALS.indexOf(t.text().charAt(t.text().length() - 1)) < 0; // 曾是+摄影师
    }

    /**
     * A name after a title cuts through no word; or the list separator 、 ends it and it holds only
     * nouns; or it is a surname the segmenter glued to the
     * first character of the given name as a proper noun (某国领导人金正|恩表示): the two words are
     * exactly the name, the second neither a verb nor an adverb.
     */
    private boolean titledNameFits(String text, int at, String name, int end, List<Token> tokens, WordBoundaries words) {
        int e = at + name.length();
        if (words.keeps(at, e)) return true;
        if (name.length() != 3) return false;
        // 主席某云|龙、: a name the list separator bounds, the segmenter cut into nouns
        if (e < end && text.charAt(e) == '、' && words.onlyNouns(at, e)) return true;
        Token first = transliterated.tokenAt(at, tokens);
        Token second = transliterated.tokenAt(at + 2, tokens);
        return first != null && second != null && first.end() == at + 2 && second.end() == e
                && (first.pos() == PartOfSpeech.OTHER_PROPER_NOUN || first.isPerson()) && !second.pos().isVerbOrFunctionWord();
    }

    /** 某国总统卡斯特罗夫: a run of transliteration characters right after a title. */
    private void titledTransliteration(String text, int at, int end, List<Token> tokens, Set<String> out) {
        String run = transliterated.titledRunAt(text, at, end, tokens);
        if (run == null) return;
        int e = at + run.length();
        // 某某·某某 is read whole by the dot rule; 某某-某某 is one name with a hyphen
        if (e < end && "-－‐".indexOf(text.charAt(e)) >= 0) {
            String second = transliterated.hyphenPartAt(text, e + 1, end, tokens);
            if (second != null) out.add(run + text.charAt(e) + second);
            return;
        }
        if (e < end && "·•・∙".indexOf(text.charAt(e)) >= 0) return;
        // 某某斯|特等: a word after the run that opens with a transliteration character may hold the name's end
        if (e < end && transliterated.isTransliterationChar(text.charAt(e)) && !transliterated.afterNameAt(text, e)) return;
        // 某某|罗桑: the tagger reads a name running on past the run, and it cannot be told where it ends
        if (transliterated.nameWordAt(e, tokens) || transliterated.placeAt(text, e, tokens)) return;
        out.add(run);
    }

    /** 佩德罗斯表示 opening a clause: three transliteration characters or more, or a tagged name of two. */
    private void speakingTransliterations(String text, int begin, int end, List<Token> tokens, Set<String> out) {
        for (int i = begin; i < end; i++) {
            boolean clauseStart = i == begin || "，。；！？\n：”」 ".indexOf(text.charAt(i - 1)) >= 0;
            if (!clauseStart || !transliterated.isTransliterationChar(text.charAt(i))) continue;
            String run = transliterated.runAt(text, i, end, tokens);
            if (run == null) continue;
            int e = i + run.length();
            // 某某周日表示, 某某5月1日说: a time between the name and the verb
            Token next = transliterated.tokenAt(e, tokens);
            if (next != null && (next.pos() == PartOfSpeech.TIME || next.text().matches("[0-9０-９]+月?[0-9０-９]*日"))) e = next.end();
            if (!speaksAt(text, e, end)) continue;
            if (run.length() >= 3 || transliterated.taggedName(i, i + run.length(), tokens)) out.add(run);
        }
    }

    /** 费德里安|诺: a confirmed transliterated name carried on over the characters the tagger cut off. */
    private void completeTransliterations(String text, int begin, int end, List<Token> tokens, Set<String> out) {
        for (String name : List.copyOf(out)) {
            if (name.length() < 2 || !transliterated.isTransliteration(name)) continue;
            for (int at = text.indexOf(name, begin); at >= 0 && at + name.length() <= end; at = text.indexOf(name, at + 1)) {
                int[] span = transliterated.extend(text, at, at + name.length(), begin, end, tokens);
                // 卡拉斯|诺维尔边疆区: a transliteration ending like a place is the place
                if (span[1] < end && transliterated.placeAt(text, span[1], tokens)) {
                    out.remove(name);
                    break;
                }
                if (span[0] != at || span[1] != at + name.length()) out.add(text.substring(span[0], span[1]));
            }
        }
    }

    /** 张三说 / 张三表示 at the start of a clause. */
    private void speakerNames(String text, int begin, int end, Set<String> out, WordBoundaries words) {
        for (int i = begin; i < end; i++) {
            boolean clauseStart = i == begin || "，。；！？\n：”」 ".indexOf(text.charAt(i - 1)) >= 0;
            if (!clauseStart) continue;
            String surname = surnames.longestAt(text, i);
            if (surname == null) continue;
            for (int given = 2; given >= 1; given--) {
                int e = i + surname.length() + given;
                if (e >= end) continue;
                if (given == 2 && NOT_NAME_FINAL.indexOf(text.charAt(e - 1)) >= 0) continue;
                String verb = speechVerbs.longestAt(text, e);
                // 马某还表示, 张某也说: an adverb between the name and the verb
                if (verb == null && e + 1 < end && ADVERBS_BEFORE_SPEECH.indexOf(text.charAt(e)) >= 0) {
                    verb = speechVerbs.longestAt(text, e + 1);
                }
                if (verb != null && HAN.matcher(text.substring(i, e)).matches() && words.couldBeName(i, e) && !words.onlyFunctionWords(i, e)) {
                    out.add(text.substring(i, e));
                    break;
                }
            }
        }
    }

    private void bylineNames(String text, int begin, int end, Set<String> out) {
        Matcher m = BYLINE.matcher(text).region(begin, end);
        while (m.find()) {
            // 记者来到这里时: a keyword glued to the words after it is a byline only if they end there
            boolean glued = Character.isIdeographic(text.charAt(m.start(1) - 1));
            if (glued && m.end(1) < end && !BYLINE_END.matcher(text).region(m.end(1), end).lookingAt()) continue;
            for (String part : m.group(1).split("[、，,]|\\s{2,}")) {
                String compact = part.replace(" ", "");
                // "张 盼" is one name with a layout space; "黄宗治 蔡湘鑫 李贺" are three
                List<String> names = compact.length() <= 3 ? List.of(compact) : List.of(part.trim().split(" "));
                for (String n : names) {
                    n = CREDIT_SUFFIX.matcher(n.replace(" ", "")).replaceFirst("");
                    if (n.length() >= MIN_NAME && n.length() <= MAX_CHINESE_NAME && surnames.longestAt(n, 0) != null && !roles.contains(n)
                            && !n.endsWith(PHOTO_MARK)) out.add(n);
                }
            }
        }
    }

    /** Whether a middle dot DOT_NAME needs stands between {@code begin} and {@code end}. */
    private static boolean hasNameDot(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c == '·' || c == '•' || c == '・') return true;
        }
        return false;
    }

    private void dotNames(String text, int begin, int end, Set<String> out) {
        if (!hasNameDot(text, begin, end)) return; // most articles: spare the regex its scan of every Han run
        Matcher m = DOT_NAME.matcher(text).region(begin, end);
        while (m.find()) {
            String run = m.group();
            int dot = run.indexOf('·') >= 0 ? run.indexOf('·') : run.indexOf('•') >= 0 ? run.indexOf('•') : run.indexOf('・');
            int start = 0;
            // drop a title before the name: 副理事长弗朗西斯·高锐
            for (int i = 0; i < dot; i++) {
                String r = roles.longestAt(run, i);
                if (r == null) r = BEFORE_DOT_NAME.longestAt(run, i);
                if (r != null && i + r.length() <= dot) start = i + r.length();
            }
            int stop = run.length();
            int lastDot = Math.max(run.lastIndexOf('·'), Math.max(run.lastIndexOf('•'), run.lastIndexOf('・')));
            for (int i = lastDot + 2; i < run.length(); i++) {
                if (AFTER_NAME.longestAt(run, i) != null || AFTER_DOT_NAME.longestAt(run, i) != null
                        || speechVerbs.longestAt(run, i) != null) {
                    stop = i;
                    break;
                }
            }
            boolean quoted = m.start() > 0 && "“「『‘\"《".indexOf(text.charAt(m.start() - 1)) >= 0;
            // 某某·盖茨基金会, 传奇中国节·春节: a body or a programme title, not a person
            String candidate = run.substring(start, stop);
            boolean body = orgSuffixes.longestSuffixOf(candidate) != null && orgSuffixes.longestSuffixOf(candidate).length() >= 2;
            if (body || NOT_IN_DOT_NAME.stream().anyMatch(candidate::contains)) continue;
            // 第十届中国·某某节, 2024届…: an edition of an event, not a name
            boolean edition = m.start() > 0 && (Character.isDigit(text.charAt(m.start() - 1)) || run.startsWith(EDITION_MARK));
            boolean longPart = false;
            for (String part : run.substring(start, stop).split("[·•・]")) longPart |= part.length() > MAX_DOT_NAME_PART;
            if (!quoted && !edition && !longPart && dot - start >= 1 && stop > lastDot + 1) out.add(run.substring(start, stop));
        }
    }

    private static List<Mention> everyOccurrence(String text, int begin, int end, Set<String> names) {
        // longer names first so that a short name inside a longer one is not taken twice
        List<String> ordered = new ArrayList<>(names);
        ordered.sort((a, b) -> b.length() - a.length());
        boolean[] taken = new boolean[end - begin];
        List<Mention> out = new ArrayList<>();
        for (String name : ordered) {
            for (int at = text.indexOf(name, begin); at >= 0 && at + name.length() <= end; at = text.indexOf(name, at + 1)) {
                boolean free = true;
                for (int k = at; k < at + name.length(); k++) free &= !taken[k - begin];
                if (!free) continue;
                for (int k = at; k < at + name.length(); k++) taken[k - begin] = true;
                out.add(new Mention(EntityType.PERSON, at, at + name.length(), name, ShortForms.fullNameOf(name, ordered)));
            }
        }
        // names written with layout spaces in bylines (张 盼)
        for (String name : ordered) {
            if (name.length() != 2) continue;
            String spaced = name.charAt(0) + " " + name.charAt(1);
            for (int at = text.indexOf(spaced, begin); at >= 0 && at + 3 <= end; at = text.indexOf(spaced, at + 1)) {
                out.add(new Mention(EntityType.PERSON, at, at + 3, name));
            }
        }
        out.sort((a, b) -> a.begin() - b.begin());
        return out;
    }
}
