package org.newskg.bench;

import java.time.LocalDate;
import java.util.List;
import org.newskg.annotate.hanlp.HanlpScript;
import org.newskg.lexicon.LexiconTable;
import org.newskg.text.ArticleSplitter;
import org.newskg.text.TextNormalizer;

/**
 * How many articles extraction makes of a transcript item, counted by the pipeline's own
 * normalizer and splitter: one, or for a round-up item (its headline names a round-up of short
 * news) one per short news. Lets the scaler write exactly the number of articles asked for.
 */
final class ArticleCounter {
    private static final String ROUND_UP = LexiconTable.of("page-layout-words.txt").word("round-up");
    private static final LocalDate ANY_DAY = LocalDate.of(2010, 1, 1);

    private final TextNormalizer normalizer = new TextNormalizer(HanlpScript.toSimplified());
    private final ArticleSplitter splitter = new ArticleSplitter();

    int articlesOf(TranscriptItems.Item item) {
        if (!item.heading().contains(ROUND_UP)) return 1;
        return articlesIn(DayFile.text(ANY_DAY, List.of(item))) - 1; // less the running order
    }

    /** The articles the pipeline splits a whole file into. */
    int articlesIn(String fileText) {
        return splitter.split(normalizer.normalize(fileText)).size();
    }
}
