package org.newskg.annotate.hanlp;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.newskg.annotate.Token;
import org.newskg.annotate.Tokenizer;

/**
 * HanLP's Viterbi segmenter with person, place, organization and transliterated-name recognition
 * switched on. Text is segmented one line at a time: HanLP's recognisers work per sentence and
 * long inputs only cost time.
 */
public final class HanlpTokenizer implements Tokenizer {
    private final Segment segment = HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableTranslatedNameRecognize(true)
            .enableOffset(true);

    @Override
    public List<Token> tokenize(String text, int begin, int end) {
        List<Token> tokens = new ArrayList<>();
        int lineStart = begin;
        while (lineStart < end) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            if (lineEnd > lineStart) {
                String line = text.substring(lineStart, lineEnd);
                for (Term t : segment.seg(line)) {
                    String tag = t.nature == null ? HanlpTags.UNTAGGED : t.nature.toString();
                    tokens.add(HanlpTags.token(t.word, tag, lineStart + t.offset));
                }
            }
            lineStart = lineEnd + 1;
        }
        return tokens;
    }

    /** HanLP's core dictionary (names are not in it: 李强 is no word, 未来 is). */
    @Override
    public boolean isWord(String word) {
        return CoreDictionary.contains(word);
    }
}
