package org.newskg.pipeline;

import java.util.Set;
import java.util.function.Consumer;

/**
 * One step of annotating an article: it reads the layers it {@link #takes} from the draft and adds
 * the layers it {@link #adds}. Stages hold no state between articles, so one stage serves any
 * number of files.
 */
public interface AnnotationStage {
    /** A short name, used in messages when the stage fails ({@code quotations}). */
    String name();

    Set<Layer> takes();

    Set<Layer> adds();

    void annotate(ArticleDraft draft);

    /** A stage from its name, its data flow and what it does. */
    static AnnotationStage of(String name, Set<Layer> takes, Set<Layer> adds, Consumer<ArticleDraft> body) {
        return new AnnotationStage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Layer> takes() {
                return takes;
            }

            @Override
            public Set<Layer> adds() {
                return adds;
            }

            @Override
            public void annotate(ArticleDraft draft) {
                body.accept(draft);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
