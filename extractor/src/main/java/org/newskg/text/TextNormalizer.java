package org.newskg.text;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Turns a decoded source text into a {@link NormalizedText}: the analysis text recognition runs
 * on, with a map back to the original. Steps, in order:
 * <ol>
 *   <li>traditional→simplified conversion, kept one character for one ({@link ScriptConverter});</li>
 *   <li>HTML tags/entities and Markdown link targets removed ({@link MarkupStripper});</li>
 *   <li>line ends and space characters unified ({@link WhitespaceNormalizer});</li>
 *   <li>title runs printed twice by PDF extraction repaired ({@link DuplicateRunRemover});</li>
 *   <li>layout spaces dropped and hard-wrapped paragraphs joined ({@link LayoutRepairer}).</li>
 * </ol>
 * Thread-safe: one instance can serve many threads.
 */
public final class TextNormalizer {
    private final ScriptConverter converter;

    /**
     * @param toSimplified traditional→simplified converter (e.g. HanLP's); it may return a string
     *                     of another length, in which case conversion falls back to one character
     *                     at a time
     */
    public TextNormalizer(UnaryOperator<String> toSimplified) {
        this.converter = new ScriptConverter(Objects.requireNonNull(toSimplified, "toSimplified"));
    }

    public NormalizedText normalize(String original) {
        Objects.requireNonNull(original, "original");
        MappedText t = MappedText.identity(converter.convert(original));
        boolean html = MarkupStripper.hasHtml(t.text);
        t = MarkupStripper.strip(t, html);
        t = WhitespaceNormalizer.normalize(t);
        t = DuplicateRunRemover.remove(t);
        t = LayoutRepairer.repair(t, !html);
        return new NormalizedText(original, t.text, t.origin, html);
    }
}
