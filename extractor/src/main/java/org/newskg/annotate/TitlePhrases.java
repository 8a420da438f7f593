package org.newskg.annotate;

import java.util.List;

import org.newskg.model.Mention;
import org.newskg.model.PositionMention;

/** How {@link PositionParser} reads a stretch of the article as a title phrase, for the rules that find one elsewhere than right before a name. */
interface TitlePhrases {
    /** Characters that end the clause a title phrase lies in (a list's role phrase, a held title). */
    String CLAUSE_MARKS = "，。；：！？、\n“”「」『』（）()《》,;:!?";

    /** The positions the title phrase text[begin, end) gives {@code person}. */
    List<PositionMention> titles(int begin, int end, Mention person);

    /** The body text[begin, end) names (a body by its ending or gazetteer form, or a kind whose full name the article gave), else null. */
    String body(int begin, int end);

    /** Whether the segmenter found a verb in text[begin, end) (展现了…委员 is a clause, not a title phrase). */
    boolean verbWithin(int begin, int end);
}
