/**
 * The named events of an article, found by a chain of small stages run by {@link
 * org.newskg.extract.event.ArticleEvents} (the annotator reaches it through
 * {@link org.newskg.extract.EventFinder}):
 *
 * <ol>
 * <li>{@link org.newskg.extract.event.NameScanner} — takes the article's text, mentions and words;
 *     adds the mentions of event names ({@link org.newskg.extract.event.NameMention}), asking
 *     {@link org.newskg.extract.event.LeftBoundary} where each name starts and
 *     {@link org.newskg.extract.event.NameFilter} whether it is an event; events written as fixed
 *     phrases come first ({@link org.newskg.extract.event.PhraseNames}: party congresses, sessions,
 *     talks, visits, press conferences, banquets named by their guests) and by short forms
 *     ({@link org.newskg.extract.event.ShortNames}: 某地奥运, 慕安会);</li>
 * <li>{@link org.newskg.extract.event.Clustering} — adds which mentions name one event, the bare
 *     nouns and opening ceremonies that refer to them, and the main event
 *     ({@link org.newskg.extract.event.Clusters});</li>
 * <li>{@link org.newskg.extract.event.SlotFilling} — adds each event's dates, place, organizers and
 *     theme from its own mentions' sentences (one filler class each);</li>
 * <li>{@link org.newskg.extract.event.Inheritance} — adds what events take from the main event, their
 *     opening ceremony or a listed neighbour;</li>
 * <li>{@link org.newskg.extract.event.Labeler} — gives the {@link org.newskg.model.EventMention}s,
 *     labelled with their year;</li>
 * <li>{@link org.newskg.extract.event.LaunchFinder} — adds launches of publications held at them.</li>
 * </ol>
 *
 * <p>Every word list and pattern the stages use is a lexicon file whose name starts with
 * {@code event-} (read by {@link org.newskg.extract.event.EventWords}); dates are read by
 * {@link org.newskg.extract.DateResolver} from the {@code date-} files. What the stages take a
 * sentence, clause and quotation to be is defined once in
 * {@link org.newskg.extract.event.EventTextBounds}.
 */
package org.newskg.extract.event;
