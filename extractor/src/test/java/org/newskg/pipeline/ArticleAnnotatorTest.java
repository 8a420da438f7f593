package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.annotate.Tokenizer;
import org.newskg.model.Article;

class ArticleAnnotatorTest {
    private static final Tokenizer NO_WORDS = (text, begin, end) -> List.of();

    @Test
    void the_standard_stages_form_a_chain_in_which_each_finds_what_it_takes() {
        ArticleAnnotator annotator = ArticleAnnotator.standard(NO_WORDS);
        assertEquals(List.of("tokens", "persons", "positions", "title references", "organizations", "places",
                "events", "quotations", "repeated names", "bracketed aliases"),
                annotator.stages().stream().map(AnnotationStage::name).toList());
    }

    @Test
    void a_stage_taking_a_layer_no_earlier_stage_adds_is_refused_by_name() {
        AnnotationStage quotes = AnnotationStage.of("quotes", Set.of(Layer.EVENTS), Set.of(Layer.QUOTATIONS), d -> { });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArticleAnnotator(List.of(AnnotationStages.tokens(NO_WORDS), quotes)));
        assertTrue(e.getMessage().contains("quotes") && e.getMessage().contains("EVENTS"), e.getMessage());
    }

    @Test
    void a_stage_that_throws_is_reported_with_its_name() {
        AnnotationStage broken = AnnotationStage.of("broken rule", Set.of(), Set.of(), d -> {
            throw new IndexOutOfBoundsException("5");
        });
        ArticleAnnotator annotator = new ArticleAnnotator(List.of(broken));
        StageFailure e = assertThrows(StageFailure.class,
                () -> annotator.annotate("今天下雨。", new Article(0, 0, 5, null, List.of(), null, null)));
        assertEquals("broken rule", e.stage());
        assertTrue(e.getCause() instanceof IndexOutOfBoundsException);
    }
}
