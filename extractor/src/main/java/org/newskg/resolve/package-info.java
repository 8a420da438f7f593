/**
 * The resolve half of the resolve + map stage, and the corpus step: canonical names for one
 * article's entities, and what the files of a run settle together.
 *
 * <ul>
 * <li>{@link org.newskg.resolve.ArticleEntities} — takes an article's mentions; gives one
 *     {@link org.newskg.resolve.Entity} per real-world entity, named by
 *     {@link org.newskg.resolve.NameCanonicalizer} (layout spaces removed, 特区 written out, short
 *     and alias forms mapped to full names; a short name merged into the full name the article
 *     writes). The canonical name mints the IRI, so no state is shared across articles.</li>
 * <li>{@link org.newskg.resolve.CorpusFacts} — the immutable value one file gives the corpus: its
 *     events with start dates, its positions with a body ({@link org.newskg.resolve.PositionBody}),
 *     its Latin-letter organizations.</li>
 * <li>{@link org.newskg.resolve.Corpus} — {@code Corpus.of(facts)} merges those values in input
 *     order, read-only after: {@link org.newskg.resolve.EventEditions} dates the event series a
 *     page names without a year ({@link org.newskg.resolve.EventNames} gives the label an event goes
 *     by), {@link org.newskg.resolve.PositionBodies} gives a role stated without its body (某某主席)
 *     the one body the corpus states for it.</li>
 * </ul>
 *
 * <p>Rules live in {@code org-aliases.txt}, {@code org-name-forms.txt} (and the gazetteers it lists),
 * {@code org-state-sides.txt} ({@code NameCanonicalizer}) and the pattern {@code edition-ordinal} of
 * {@code event-patterns.txt} ({@code EventEditions}). Depends only on {@code model} and
 * {@code lexicon}; the pipeline decides when the corpus is built and which files wait for it.
 */
package org.newskg.resolve;
