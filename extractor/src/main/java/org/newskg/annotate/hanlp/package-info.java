/**
 * The HanLP adapter: the only package that imports HanLP ({@code com.hankcs}).
 *
 * <ul>
 * <li>{@link org.newskg.annotate.hanlp.HanlpTokenizer}: the {@link org.newskg.annotate.Tokenizer}
 *     the pipeline uses; takes analysis text and an article's span, gives
 *     {@link org.newskg.annotate.Token}s (HanLP's Viterbi segmenter with person, place, organization
 *     and transliterated-name recognition, one line at a time).</li>
 * <li>{@link org.newskg.annotate.hanlp.HanlpTags}: maps HanLP's tags (nr, ns, nt, v, w…) to the
 *     tagger-neutral {@link org.newskg.annotate.PartOfSpeech} and
 *     {@link org.newskg.annotate.EntityLabel}; the one place that knows HanLP's tag set. A rule that
 *     needs a finer class changes the enums and this mapping, never a recognizer.</li>
 * <li>{@link org.newskg.annotate.hanlp.HanlpScript}: HanLP's traditional→simplified converter, the
 *     one the analysis text is made with (passed to {@code text.TextNormalizer}) and the search
 *     analyzer converts with.</li>
 * </ul>
 *
 * <p>Another tagger plugs in as another {@code Tokenizer} that maps its own tags to the two enums.
 * This package depends on {@code annotate} only.
 */
package org.newskg.annotate.hanlp;
