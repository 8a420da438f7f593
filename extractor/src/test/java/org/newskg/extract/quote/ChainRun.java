package org.newskg.extract.quote;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extract.ArticleText;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.Quotation;

/** Runs the quotation chain over a test sentence, each given person tagged wherever it occurs. */
final class ChainRun {
    private ChainRun() {
    }

    static List<Quotation> quotations(String text, String... persons) {
        List<Mention> ms = new ArrayList<>();
        for (String p : persons) {
            for (int k = text.indexOf(p); k >= 0; k = text.indexOf(p, k + p.length())) {
                ms.add(new Mention(EntityType.PERSON, k, k + p.length(), p));
            }
        }
        ms.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return new QuotationChain(ArticleText.of(text, 0, text.length()), ms, List.of(), List.of()).run();
    }
}
