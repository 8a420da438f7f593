package org.newskg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newskg.annotate.Tokenizer;
import org.newskg.annotate.hanlp.HanlpScript;
import org.newskg.annotate.hanlp.HanlpTokenizer;
import org.newskg.source.InputFinder;

/**
 * HanLP's own cost, the yardstick extraction is measured against: the files extract would read,
 * each read as UTF-8, converted to simplified by the converter newskg uses and segmented by
 * newskg's HanLP tokenizer (person, place, organization and transliterated-name recognition on),
 * one line at a time, on one thread. Nothing else: no normalization, splitting, rules or RDF.
 */
public final class BareHanlpPass {
    /** What the pass read: files, characters and tokens (the tokens keep the work from being optimized away). */
    public record Counts(long files, long characters, long tokens) {
    }

    private BareHanlpPass() {
    }

    public static Counts run(List<Path> inputs) throws IOException {
        UnaryOperator<String> toSimplified = HanlpScript.toSimplified();
        Tokenizer tokenizer = new HanlpTokenizer();
        long files = 0;
        long characters = 0;
        long tokens = 0;
        for (Path file : InputFinder.find(inputs).files()) {
            String text = toSimplified.apply(Files.readString(file, StandardCharsets.UTF_8));
            tokens += tokenizer.tokenize(text, 0, text.length()).size(); // the tokenizer goes one line at a time
            characters += text.length();
            files++;
        }
        return new Counts(files, characters, tokens);
    }
}
