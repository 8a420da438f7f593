package org.newskg.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.newskg.annotate.hanlp.HanlpScript;

/**
 * Lucene analyzer for Chinese text in either script: the text is first converted to simplified
 * (HanLP's converter, the one the analysis text is made with), then cut like Lucene's CJKAnalyzer —
 * Han characters into overlapping bigrams, full-width Latin and digits folded, Latin words lower
 * cased — without English stop words. Index and query pass through the same conversion, so
 * 數字未來 and 数字未来 give the same terms. Bigrams need no dictionary: any name, new or rare, is
 * found as the phrase of its bigrams, where a word segmenter may cut it differently in a query
 * than in the text. Offsets are not kept (jena-text does not highlight here).
 */
public final class SimplifiedChineseAnalyzer extends Analyzer {
    private static final UnaryOperator<String> TO_SIMPLIFIED = HanlpScript.toSimplified();

    /** Public and without arguments: jena-text's text:GenericAnalyzer makes it by class name. */
    public SimplifiedChineseAnalyzer() {
    }

    /** {@code s} in simplified script, as the index holds it. */
    public static String simplified(String s) {
        String converted = TO_SIMPLIFIED.apply(s);
        return converted == null ? s : converted;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new StringReader(simplified(readAll(reader)));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return initReader(fieldName, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }

    private static String readAll(Reader reader) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[4096];
            for (int n; (n = reader.read(buf)) > 0; ) sb.append(buf, 0, n);
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
