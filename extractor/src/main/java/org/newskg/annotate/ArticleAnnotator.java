package org.newskg.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.extract.EventFinder;
import org.newskg.extract.QuoteFinder;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;
import org.newskg.model.EntityType;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;
import org.newskg.model.Quotation;

/**
 * The annotation stage for one article: segmentation, then persons, the positions written before
 * names (and the titles written after them) and the surname-and-title references they allow
 * (李局长), organizations, places, then events, then quotations (which need the speakers and
 * events); last, the organization names established so far are found at their other occurrences,
 * with the Latin aliases bracketed next to them.
 * Requires the analysis text of the whole file and one article's span in it.
 */
public final class ArticleAnnotator {
    private final Tokenizer tokenizer;
    private final PersonRecognizer persons;
    private final OrganizationRecognizer organizations = new OrganizationRecognizer();
    private final PlaceRecognizer places = new PlaceRecognizer();
    private final PositionParser positions = new PositionParser();
    private final TitlesAfterNames titlesAfterNames = new TitlesAfterNames();
    private final TitleReferences titleReferences = new TitleReferences();
    private final BracketAliases aliases = new BracketAliases();
    private final RepeatedNames repeatedNames = new RepeatedNames();
    private final EventFinder events = new EventFinder();
    private final QuoteFinder quotes = new QuoteFinder();

    public ArticleAnnotator(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.persons = new PersonRecognizer(tokenizer::isWord);
    }

    public AnnotatedArticle annotate(String text, Article article) {
        return annotate(text, article, Set.of());
    }

    /**
     * Annotates one article, with {@code knownLatin} the organizations written in Latin letters that
     * other files of the corpus name: bracketed with a Chinese name here (Abcd（某某）), they are
     * organizations too.
     */
    public AnnotatedArticle annotate(String text, Article article, Set<String> knownLatin) {
        List<Token> tokens = tokenizer.tokenize(text, article.begin(), article.end());
        List<Mention> people = new ArrayList<>(persons.recognize(text, article.begin(), article.end(), tokens));
        List<PositionMention> titles = new ArrayList<>(withPublisher(positions.parse(text, article.begin(), people, tokens), article));
        titles.addAll(titlesAfterNames.find(text, people, tokens));
        people.addAll(titleReferences.find(text, article.begin(), article.end(), people, titles));

        List<Mention> orgs = new ArrayList<>(organizations.recognize(text, tokens));
        orgs.addAll(organizationsOfTitles(text, titles));
        List<Mention> mentions = new ArrayList<>(people);
        mentions.addAll(withoutOverlaps(longestFirst(orgs), people));
        mentions.addAll(withoutOverlaps(places.recognize(tokens), mentions));
        sort(mentions);

        List<EventMention> eventMentions = events.find(text, article, mentions, new TokenSegmentation(tokens));
        List<Quotation> quotations = quotes.find(text, article, mentions, eventMentions);

        // the bodies of unnamed speakers, and every organization name, count at their other occurrences too
        for (Quotation q : quotations) {
            if (q.speaker() != null && q.speaker().type() == EntityType.ORGANIZATION) addOrganization(mentions, q.speaker());
        }
        for (Mention m : repeatedNames.find(text, article.begin(), article.end(), mentions)) addOrganization(mentions, m);
        mentions.addAll(withoutOverlaps(aliases.find(text, article.begin(), article.end(), mentions, knownLatin), mentions));
        sort(mentions);
        return new AnnotatedArticle(article, mentions, titles, eventMentions, quotations);
    }

    /** The organizations the article names in Latin letters (Abcd等企业), which other files may bracket. */
    public static Set<String> latinOrganizations(AnnotatedArticle annotated) {
        Set<String> names = new TreeSet<>();
        for (Mention m : annotated.mentions()) {
            if (m.type() == EntityType.ORGANIZATION && isLatinName(m.text())) names.add(m.text());
        }
        return names;
    }

    /** Whether {@code name} is written in Latin letters, as {@link #latinOrganizations} takes them. */
    public static boolean isLatinName(String name) {
        return BracketAliases.isLatinName(name);
    }

    /** Latin names the article brackets with a Chinese one (Abcd（某某）) without knowing them as organizations. */
    public static Set<String> unknownBracketedNames(String text, AnnotatedArticle annotated) {
        Article a = annotated.article();
        return BracketAliases.unknownLatinNames(text, a.begin(), a.end(), annotated.mentions());
    }

    /** 本报记者, and a journalist named without a paper, work for the article's publisher. */
    private static List<PositionMention> withPublisher(List<PositionMention> titles, Article article) {
        List<PositionMention> out = new ArrayList<>(titles.size());
        for (PositionMention p : titles) {
            boolean ownPaper = "本报".equals(p.organization())
                    || (p.organization() == null && (p.role().endsWith("记者") || p.role().equals("摄影")));
            if (ownPaper) {
                p = new PositionMention(p.person(), p.role(), article.publisher(), null, p.qualifier(), p.begin(), p.end());
            }
            out.add(p);
        }
        return out;
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

    /** Adds an organization mention unless it overlaps another, except the places inside it (香港 of 香港某中心), which it replaces. */
    private static void addOrganization(List<Mention> mentions, Mention org) {
        List<Mention> overlapped = new ArrayList<>();
        for (Mention m : mentions) {
            if (!m.overlaps(org.begin(), org.end())) continue;
            boolean innerPlace = m.type() == EntityType.PLACE && m.begin() >= org.begin() && m.end() <= org.end()
                    && !m.equals(org);
            if (!innerPlace) return;
            overlapped.add(m);
        }
        mentions.removeAll(overlapped);
        mentions.add(org);
    }

    private static void sort(List<Mention> mentions) {
        mentions.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
    }

    /** Overlapping candidates from several rules: the longest wins. */
    private static List<Mention> longestFirst(List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Mention m) -> m.begin() - m.end()).thenComparingInt(Mention::begin));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            if (withoutOverlaps(List.of(m), kept).size() == 1) kept.add(m);
        }
        return kept;
    }

    private static List<Mention> withoutOverlaps(List<Mention> candidates, List<Mention> taken) {
        List<Mention> out = new ArrayList<>();
        for (Mention c : candidates) {
            if (taken.stream().noneMatch(t -> t.overlaps(c.begin(), c.end()))) out.add(c);
        }
        return out;
    }
}
