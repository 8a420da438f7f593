package org.newskg.annotate;

/**
 * A word's part of speech, in the coarse classes the recognizers tell apart, whatever tagger
 * produced it (the HanLP mapping lives in {@code annotate.hanlp.HanlpTags}). The classes are exactly
 * as fine as the rules need: a class is split only where some rule treats its parts differently.
 */
public enum PartOfSpeech {
    /** A common noun (城市, 政府). */
    NOUN(Kind.NOUN),
    /** A noun morpheme, a one-character noun that is no word by itself. */
    NOUN_MORPHEME(Kind.NOUN),
    /** A proper noun that names no person, place or organization (brands, works, terms). */
    OTHER_PROPER_NOUN(Kind.NOUN),
    /** The name of a person, place or organization: the {@link EntityLabel} says which. */
    NAME(Kind.NOUN),
    /** A title or position (部长, 总统). */
    TITLE(Kind.NOUN),
    /** A noun for a kind of institution (学院, 医院). */
    INSTITUTION_NOUN(Kind.NOUN),
    /** Any other noun (food, medicine, occupations…). */
    OTHER_NOUN(Kind.NOUN),
    /** An abbreviation (北约, 两会). */
    ABBREVIATION(Kind.OTHER),
    /** A time word (今天, 上午). */
    TIME(Kind.OTHER),
    /** A verb that can head a clause (会见, 出席). */
    VERB(Kind.VERB),
    /** A verb used as a noun (合作, 发展). */
    VERBAL_NOUN(Kind.VERB),
    /** A verb used as an adverb. */
    ADVERBIAL_VERB(Kind.VERB),
    /** 是 and 有: the copula and the existential verb. */
    COPULA(Kind.VERB),
    /** Any other verb (formal verbs, verbal idioms, verb morphemes). */
    OTHER_VERB(Kind.VERB),
    /** A preposition (在, 对, 向) other than 把 and 被. */
    PREPOSITION(Kind.FUNCTION_WORD),
    /** An aspect or structural particle: 着 了 过 的 地 得. */
    PARTICLE(Kind.FUNCTION_WORD),
    /** Adverbs, conjunctions, 把 and 被, and the other particles (等, 所, 一样…). */
    OTHER_FUNCTION_WORD(Kind.FUNCTION_WORD),
    /** A measure word (个, 位, 届). */
    MEASURE(Kind.OTHER),
    /** Punctuation. */
    PUNCTUATION(Kind.OTHER),
    /** A string the tagger could not classify (Latin letters, symbols), or no tag at all. */
    STRING(Kind.OTHER),
    /** A pronoun morpheme of classical Chinese. */
    PRONOUN_MORPHEME(Kind.OTHER),
    /** A technical term. */
    TECHNICAL_TERM(Kind.OTHER),
    /** A distinguishing word, an adjective that only modifies (大型, 女). */
    DISTINGUISHING_WORD(Kind.OTHER),
    /** Everything else: adjectives, numbers, pronouns, place and direction words, idioms… */
    OTHER(Kind.OTHER);

    private enum Kind { NOUN, VERB, FUNCTION_WORD, OTHER }

    private final Kind kind;

    PartOfSpeech(Kind kind) {
        this.kind = kind;
    }

    /** Nouns of every kind, names and titles included. */
    public boolean isNoun() {
        return kind == Kind.NOUN;
    }

    /** Verbs of every kind, verbal nouns and 是/有 included. */
    public boolean isVerb() {
        return kind == Kind.VERB;
    }

    /** Verbs, adverbs, prepositions, conjunctions and particles: words that do not continue a name. */
    public boolean isVerbOrFunctionWord() {
        return kind == Kind.VERB || kind == Kind.FUNCTION_WORD;
    }
}
