package org.newskg.pipeline;

import static org.newskg.pipeline.Layer.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.annotate.BracketAliases;
import org.newskg.annotate.OrganizationRecognizer;
import org.newskg.annotate.PersonRecognizer;
import org.newskg.annotate.PlaceRecognizer;
import org.newskg.annotate.PositionParser;
import org.newskg.annotate.RepeatedNames;
import org.newskg.annotate.TitleReferences;
import org.newskg.annotate.TitlesAfterNames;
import org.newskg.annotate.TokenSegmentation;
import org.newskg.annotate.Tokenizer;
import org.newskg.extract.EventFinder;
import org.newskg.extract.QuoteFinder;
import org.newskg.lexicon.Lexicon;
import org.newskg.model.Article;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;
import org.newskg.model.Quotation;

/**
 * The annotation stages newskg runs on every article, in order. Each factory says what its stage
 * takes and what it adds; the recognizers themselves live in {@code annotate} and {@code extract}
 * and know nothing of this order.
 */
public final class AnnotationStages {
    private AnnotationStages() {
    }

    /** Every stage, top to bottom: what {@link ArticleAnnotator#standard} runs. */
    public static List<AnnotationStage> standard(Tokenizer tokenizer) {
        return List.of(tokens(tokenizer), persons(new PersonRecognizer(tokenizer::isWord)), positions(),
                titleReferences(), organizations(), places(), events(), quotations(), repeatedNames(), aliases());
    }

    /** Takes the article's span; adds {@link Layer#TOKENS}, the segmenter's tagged words. */
    public static AnnotationStage tokens(Tokenizer tokenizer) {
        return AnnotationStage.of("tokens", Set.of(), Set.of(TOKENS),
                d -> d.tokens = tokenizer.tokenize(d.text, d.begin(), d.end()));
    }

    /** Takes tokens; adds {@link Layer#PERSONS}: names tagged or confirmed by context. */
    public static AnnotationStage persons(PersonRecognizer persons) {
        return AnnotationStage.of("persons", Set.of(TOKENS), Set.of(PERSONS),
                d -> d.mentions.addAll(persons.recognize(d.text, d.begin(), d.end(), d.tokens)));
    }

    /**
     * Takes tokens and persons; adds {@link Layer#POSITIONS}: title phrases before names (本报记者
     * and a journalist named without a paper work for the article's publisher), then titles after them.
     */
    public static AnnotationStage positions() {
        PositionParser parser = new PositionParser();
        TitlesAfterNames after = new TitlesAfterNames();
        return AnnotationStage.of("positions", Set.of(TOKENS, PERSONS), Set.of(POSITIONS), d -> {
            d.positions.addAll(withPublisher(parser.parse(d.text, d.begin(), d.mentions, d.tokens), d.article));
            d.positions.addAll(after.find(d.text, d.mentions, d.tokens));
        });
    }

    /** Takes persons and positions; adds {@link Layer#PERSONS}: a surname with a title (李局长) as a mention of the one person it can be. */
    public static AnnotationStage titleReferences() {
        TitleReferences references = new TitleReferences();
        return AnnotationStage.of("title references", Set.of(PERSONS, POSITIONS), Set.of(PERSONS),
                d -> d.mentions.addAll(references.find(d.text, d.begin(), d.end(), d.mentions, d.positions)));
    }

    /**
     * Takes tokens, persons and positions; adds {@link Layer#ORGANIZATIONS}: tagged or built bodies
     * and those title phrases write, the longest of overlapping candidates, none over a person.
     */
    public static AnnotationStage organizations() {
        OrganizationRecognizer organizations = new OrganizationRecognizer();
        return AnnotationStage.of("organizations", Set.of(TOKENS, PERSONS, POSITIONS), Set.of(ORGANIZATIONS), d -> {
            List<Mention> orgs = new ArrayList<>(organizations.recognize(d.text, d.tokens));
            orgs.addAll(organizationsOfTitles(d.text, d.positions));
            d.mentions.addAll(MentionMerging.withoutOverlaps(MentionMerging.longestFirst(orgs), d.mentions));
        });
    }

    /** Takes tokens and the mentions so far; adds {@link Layer#PLACES} where no other mention is, and sorts the mentions. */
    public static AnnotationStage places() {
        PlaceRecognizer places = new PlaceRecognizer();
        return AnnotationStage.of("places", Set.of(TOKENS, PERSONS, ORGANIZATIONS), Set.of(PLACES), d -> {
            d.mentions.addAll(MentionMerging.withoutOverlaps(places.recognize(d.tokens), d.mentions));
            d.sortMentions();
        });
    }

    /** Takes tokens and mentions; adds {@link Layer#EVENTS} ({@code extract.EventFinder}). */
    public static AnnotationStage events() {
        EventFinder events = new EventFinder();
        return AnnotationStage.of("events", Set.of(TOKENS, PERSONS, ORGANIZATIONS, PLACES), Set.of(EVENTS),
                d -> d.events = events.find(d.text, d.article, d.mentions, new TokenSegmentation(d.tokens)));
    }

    /**
     * Takes mentions and events; adds {@link Layer#QUOTATIONS} ({@code extract.QuoteFinder}), and the
     * bodies of unnamed speakers as organization mentions.
     */
    public static AnnotationStage quotations() {
        QuoteFinder quotes = new QuoteFinder();
        return AnnotationStage.of("quotations", Set.of(PERSONS, ORGANIZATIONS, PLACES, EVENTS), Set.of(QUOTATIONS, ORGANIZATIONS), d -> {
            d.quotations = quotes.find(d.text, d.article, d.mentions, d.events);
            for (Quotation q : d.quotations) {
                if (q.speaker() != null && q.speaker().type() == EntityType.ORGANIZATION) MentionMerging.addOrganization(d.mentions, q.speaker());
            }
        });
    }

    /** Takes mentions; adds {@link Layer#ORGANIZATIONS}: every organization name established so far, at its other occurrences. */
    public static AnnotationStage repeatedNames() {
        RepeatedNames repeated = new RepeatedNames();
        return AnnotationStage.of("repeated names", Set.of(ORGANIZATIONS), Set.of(ORGANIZATIONS), d -> {
            for (Mention m : repeated.find(d.text, d.begin(), d.end(), d.mentions)) MentionMerging.addOrganization(d.mentions, m);
        });
    }

    /**
     * Takes mentions and the Latin organization names the corpus knows; adds {@link Layer#ORGANIZATIONS}:
     * Latin aliases bracketed next to a body (某中心（ABC）), and the sorted mentions.
     */
    public static AnnotationStage aliases() {
        BracketAliases aliases = new BracketAliases();
        return AnnotationStage.of("bracketed aliases", Set.of(ORGANIZATIONS), Set.of(ORGANIZATIONS), d -> {
            d.mentions.addAll(MentionMerging.withoutOverlaps(aliases.find(d.text, d.begin(), d.end(), d.mentions, d.knownLatin), d.mentions));
            d.sortMentions();
        });
    }

    private static final String OWN_PAPER = "pipeline-own-paper.txt";
    private static final java.util.Map<String, List<String>> OWN_PAPER_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** 本报记者, and a journalist named without a paper, work for the article's publisher. */
    private static List<PositionMention> withPublisher(List<PositionMention> titles, Article article) {
        List<PositionMention> out = new ArrayList<>(titles.size());
        for (PositionMention p : titles) {
            if (worksForOwnPaper(p)) {
                p = new PositionMention(p.person(), p.role(), article.publisher(), null, p.qualifier(), p.begin(), p.end());
            }
            out.add(p);
        }
        return out;
    }

    private static boolean worksForOwnPaper(PositionMention p) {
        if (p.organization() != null) return ownPaper("paper").contains(p.organization());
        return ownPaper("role").contains(p.role()) || ownPaper("role-ending").stream().anyMatch(p.role()::endsWith);
    }

    /** The words of one kind in the own-paper table (asked for every title phrase: made once per kind). */
    private static List<String> ownPaper(String kind) {
        return OWN_PAPER_WORDS.computeIfAbsent(kind, k -> Lexicon.rows(OWN_PAPER).stream().filter(r -> r.get(0).equals(k)).map(r -> r.get(1)).toList());
    }

    /** Organization mentions for the organizations named in title phrases, where the text writes them. */
    private static List<Mention> organizationsOfTitles(String text, List<PositionMention> titles) {
        List<Mention> out = new ArrayList<>();
        for (PositionMention p : titles) {
            if (p.organization() == null) continue;
            int at = text.indexOf(p.organization(), p.begin());
            if (at < 0 || at >= p.end()) continue;
            out.add(new Mention(EntityType.ORGANIZATION, at, at + p.organization().length(), p.organization()));
        }
        return out;
    }
}
