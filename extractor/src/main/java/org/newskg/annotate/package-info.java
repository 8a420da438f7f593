/**
 * The recognizers of the annotate stage: persons, positions, organizations and places in one
 * article's analysis text, over tagger-neutral {@link org.newskg.annotate.Token}s.
 *
 * <p>Takes the analysis text and an article's span; adds {@link org.newskg.model.Mention}s and
 * {@link org.newskg.model.PositionMention}s in analysis-text offsets. The order they run in is the
 * pipeline's ({@code pipeline/AnnotationStages.standard}), not theirs:
 * <ol>
 * <li>{@link org.newskg.annotate.Tokenizer} — tokens (HanLP's adapter is in {@code annotate.hanlp});</li>
 * <li>{@link org.newskg.annotate.PersonRecognizer} — persons (with {@code TransliteratedNames},
 *     {@code WordBoundaries});</li>
 * <li>{@link org.newskg.annotate.PositionParser} (with {@code TitleShapes}) and
 *     {@link org.newskg.annotate.TitlesAfterNames} — positions;</li>
 * <li>{@link org.newskg.annotate.TitleReferences} — 李局长-style references to named persons;</li>
 * <li>{@link org.newskg.annotate.OrganizationRecognizer} (with
 *     {@link org.newskg.annotate.GazetteerOrganizations}, {@code GenericNames}, {@code EnumeratedOrganizations},
 *     {@code BodiesByContext}, {@code RegionalGovernments}, {@code LegalNames}, {@code ListedCompanies}) — organizations;</li>
 * <li>{@link org.newskg.annotate.PlaceRecognizer} — places and venues;</li>
 * <li>(events and quotations: {@code extract}) then {@link org.newskg.annotate.RepeatedNames} and
 *     {@link org.newskg.annotate.BracketAliases} — other occurrences and bracketed aliases.</li>
 * </ol>
 *
 * <p>Rules live in lexicon files: {@code surnames.txt}, {@code speech-verbs.txt},
 * {@code person-context-words.txt}, {@code transliteration-chars.txt}, {@code roles.txt} (persons);
 * {@code position-words.txt}, {@code position-shapes.txt}, {@code gazetteer-states.txt},
 * {@code gazetteer-media.txt} (positions); {@code org-suffixes.txt}, {@code institution-suffixes.txt},
 * {@code org-aliases.txt}, {@code organization-context-words.txt}, {@code national-prefixes.txt},
 * {@code org-name-forms.txt} and the gazetteers it lists, {@code org-state-sides.txt},
 * {@code generic-heads.txt}, {@code generic-leads.txt}, {@code generic-context-words.txt}
 * (organizations); {@code place-suffixes.txt}, {@code venue-suffixes.txt}, {@code generic-places.txt},
 * {@code place-context-words.txt} (places); {@code numeral-chars.txt} ({@code Numerals}). A file may
 * serve several recognizers; the README's "Where the rules live" names each reader. Thresholds are
 * named constants in the class that uses them.
 *
 * <p>Depends only on {@code model} and {@code lexicon}. It never reads a tagger's own tags
 * ({@link org.newskg.annotate.PartOfSpeech}, {@link org.newskg.annotate.EntityLabel}), never imports
 * HanLP, and does not import {@code extract}; {@link org.newskg.annotate.TokenSegmentation}
 * implements {@link org.newskg.model.Segmentation} for the event stages.
 */
package org.newskg.annotate;
