package org.newskg.extract.quote;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extract.ArticleText;
import org.newskg.model.EntityType;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;

/**
 * One article's quotation run: the shared view of its text, its mentions and events, the quotations
 * found so far, and the stages, each made once and reaching the others through this context (a
 * report's boundary asks whether a sentence opens a new attribution, which asks the speakers).
 */
final class QuoteContext {
    final ArticleText text;
    final String t;
    final int a, z;
    /** Mentions of the article, by offset. */
    final List<Mention> mentions;
    /** Person mentions of the article, by offset. */
    final List<Mention> persons = new ArrayList<>();
    final List<EventMention> events;
    final FoundQuotes found;

    final Cues cues;
    final SpeechOrTerm speechOrTerm;
    final SpeakerCandidates candidates;
    final SpeakerCoreference coreference;
    final Pronouns pronouns;
    final ReportSubjects subjects;
    final DocumentAuthors documents;
    final Speakers speakers;
    final ReportBoundaries reports;
    final EventLinker eventLinker;
    final DirectQuotes direct;
    final IndirectQuotes indirect;

    QuoteContext(ArticleText text, List<Mention> mentions, List<EventMention> events, List<String> eventNouns) {
        this.text = text;
        this.t = text.text();
        this.a = text.begin();
        this.z = text.end();
        this.mentions = mentions;
        for (Mention m : mentions) if (m.type() == EntityType.PERSON) persons.add(m);
        this.events = events;
        this.found = new FoundQuotes(text);
        this.cues = new Cues(text);
        this.speechOrTerm = new SpeechOrTerm(this);
        this.candidates = new SpeakerCandidates(this);
        this.coreference = new SpeakerCoreference(this);
        this.pronouns = new Pronouns(this);
        this.subjects = new ReportSubjects(this);
        this.documents = new DocumentAuthors(this);
        this.speakers = new Speakers(this);
        this.reports = new ReportBoundaries(this);
        this.eventLinker = new EventLinker(this, eventNouns);
        this.direct = new DirectQuotes(this);
        this.indirect = new IndirectQuotes(this);
    }

    boolean inQuotes(int k) {
        return text.inQuotes(k);
    }
}
