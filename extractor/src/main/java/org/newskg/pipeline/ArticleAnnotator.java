package org.newskg.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newskg.annotate.Tokenizer;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;

/**
 * Annotates one article by running its {@link AnnotationStage stages} in order over an
 * {@link ArticleDraft}. The chain is checked when the annotator is built: a stage that takes a
 * layer no earlier stage adds is refused, naming what is missing. A stage that throws is a defect:
 * it surfaces as a {@link StageFailure} naming the stage, for the pipeline to report with the
 * file and article.
 *
 * <p>Takes the analysis text of the whole file and one article's span in it; adds every
 * {@link Layer}, as {@link AnnotatedArticle}.
 */
public final class ArticleAnnotator {
    private final List<AnnotationStage> stages;

    public ArticleAnnotator(List<AnnotationStage> stages) {
        this.stages = List.copyOf(stages);
        Set<Layer> added = EnumSet.noneOf(Layer.class);
        for (AnnotationStage s : this.stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(s.takes());
            missing.removeAll(added);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + s.name() + "' takes " + missing + ", which no stage before it adds");
            }
            added.addAll(s.adds());
        }
    }

    /** The stages newskg runs, over {@code tokenizer}'s words. */
    public static ArticleAnnotator standard(Tokenizer tokenizer) {
        return new ArticleAnnotator(AnnotationStages.standard(tokenizer));
    }

    public List<AnnotationStage> stages() {
        return stages;
    }

    public AnnotatedArticle annotate(String text, Article article) {
        return annotate(text, article, Set.of());
    }

    /**
     * Annotates one article, with {@code knownLatin} the organizations written in Latin letters that
     * other files of the corpus name: bracketed with a Chinese name here (Abcd（某某）), they are
     * organizations too.
     */
    public AnnotatedArticle annotate(String text, Article article, Set<String> knownLatin) {
        ArticleDraft draft = new ArticleDraft(text, article, knownLatin);
        for (AnnotationStage s : stages) {
            try {
                s.annotate(draft);
            } catch (RuntimeException e) {
                throw new StageFailure(s.name(), e);
            }
        }
        return draft.result();
    }
}
