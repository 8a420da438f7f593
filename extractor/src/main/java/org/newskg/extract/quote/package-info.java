/**
 * Quotations as a chain of small stages over one {@link org.newskg.extract.ArticleText}; the entry
 * point is {@link org.newskg.extract.quote.QuotationChain} (called by
 * {@link org.newskg.extract.QuoteFinder}).
 *
 * <ol>
 *   <li>Quotation-mark pairs — {@code ArticleText}: pairs “…” 「…」 ‘…’ 『…』, nested or over one line break.</li>
 *   <li>Speech or term — {@code SpeechOrTerm}: adds to each pair whether it is speech or a term/slogan
 *       (patterns {@code theme-before}, {@code noun-use-after}; words {@code theme-after}).</li>
 *   <li>Cue matching — {@code Cues}: speech verbs and their constraints, {@code quote-cues.txt}.</li>
 *   <li>Speaker candidates — {@code SpeakerCandidates}, {@code Speakers}, {@code ReportSubjects},
 *       {@code DocumentAuthors}: mentions, pronouns, bare titles, sides (中方), collectives, unnamed
 *       officials, documents' authors ({@code quote-roles.txt}, {@code quote-titles.txt},
 *       {@code quote-collectives.txt}, {@code quote-zero-subject.txt}, {@code quote-chars.txt}).</li>
 *   <li>Attribution sieves — {@code DirectQuotes#sieves}, tried in order, first that fires wins:
 *       {@code SpeakerBeforeCue}, {@code SpeakerAfterQuote}, {@code SpeakerNextToCue},
 *       {@code ColonIntroduction}, {@code PossessorAfter}, {@code PreviousInParagraph},
 *       {@code PersonAfterQuote}, {@code DominantPerson}; reports: {@code IndirectQuotes},
 *       {@code FirstPersonParagraphs}. Each quotation records the rule's name (nkg:attributedBy);
 *       confidences are named in {@code Confidence}.</li>
 *   <li>Report boundaries — {@code ReportBoundaries} (patterns {@code narrative-turn},
 *       {@code main-clause}, {@code concession}).</li>
 *   <li>Speaker coreference — {@code SpeakerCoreference}, {@code Pronouns}: 他/她, bare titles,
 *       the previous speaker, the dominant person.</li>
 *   <li>Event linking — {@code EventLinker} (pattern {@code at-event}).</li>
 * </ol>
 *
 * <p>All rules are read once by {@code QuoteRules} from the {@code quote-*} files under
 * {@code src/main/resources/org/newskg/lexicon/}; a name a table lacks throws.
 */
package org.newskg.extract.quote;
