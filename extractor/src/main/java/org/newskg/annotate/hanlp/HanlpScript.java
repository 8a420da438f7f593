package org.newskg.annotate.hanlp;

import com.hankcs.hanlp.HanLP;
import java.util.function.UnaryOperator;

/** HanLP's traditional→simplified converter, the one the analysis text is made with. */
public final class HanlpScript {
    private HanlpScript() {
    }

    public static UnaryOperator<String> toSimplified() {
        return HanLP::convertToSimplifiedChinese;
    }
}
