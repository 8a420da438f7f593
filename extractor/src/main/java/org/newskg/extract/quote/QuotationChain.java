package org.newskg.extract.quote;

import java.util.List;

import org.newskg.extract.ArticleText;
import org.newskg.extract.QuotedSpan;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.Quotation;

/**
 * The quotation stages of one article, in order: quotation-mark pairs (from {@link ArticleText}) →
 * speech or term ({@link SpeechOrTerm}) → a scan of the text, where each direct quote is attributed
 * by the sieves ({@link DirectQuotes}) and each report verb ({@link Cues}) starts an indirect quote
 * ({@link IndirectQuotes}) bounded by {@link ReportBoundaries}, speakers coming from
 * {@link Speakers} and {@link SpeakerCoreference} and events from {@link EventLinker} → quotes inside reports ({@link QuotesInReports}) → first-person
 * paragraphs (after the answers of a press-conference transcript, {@link TranscriptAnswers}) → repeats dropped.
 *
 * <p>Takes the article's text, its mentions (by offset) and events; gives its quotations by offset.
 */
public final class QuotationChain {
    private final QuoteContext x;

    /**
     * @param eventNouns the event stage's event nouns, longest first (峰会, 推介会), for linking a
     *                   quote to an event named by its noun
     */
    public QuotationChain(ArticleText text, List<Mention> mentions, List<EventMention> events, List<String> eventNouns) {
        this.x = new QuoteContext(text, mentions, events, eventNouns);
    }

    /** The article's quotations, by offset. */
    public List<Quotation> run() {
        x.speechOrTerm.classifyAll();
        int i = x.a;
        while (i < x.z) {
            if (x.found.taken(i)) { i++; continue; }
            QuotedSpan s = x.text.quoteOpeningAt(i);
            if (s != null) {
                i = x.direct.opensQuote(s) ? Math.max(i + 1, x.direct.take(s)) : s.close() + 1;   // a term: skip its words
                continue;
            }
            if (x.inQuotes(i)) { i++; continue; }
            Cue c = x.cues.at(i);
            if (c != null) {
                int next = x.indirect.take(c);
                i = next > i ? next : c.end();
                continue;
            }
            i++;
        }
        x.found.sort();
        new QuotesInReports(x).addAll();
        new TranscriptAnswers(x).addAll();
        new FirstPersonParagraphs(x).addAll();
        x.found.sort();
        return x.found.withoutRepeats();
    }

    /** The names of the direct-quote sieves, in the order they are tried. */
    public static List<String> sieveNames() {
        ArticleText empty = ArticleText.of("", 0, 0);
        return new QuoteContext(empty, List.of(), List.of(), List.of()).direct.sieves.stream().map(Sieve::name).toList();
    }
}
