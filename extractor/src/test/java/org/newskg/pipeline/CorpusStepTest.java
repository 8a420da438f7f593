package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;
import org.newskg.model.EventMention;
import org.newskg.resolve.Corpus;
import org.newskg.model.NewsDate;
import org.newskg.resolve.CorpusFacts;
import org.newskg.resolve.PositionBody;

/** The corpus step: files' facts are values, merged by one method in input order. */
class CorpusStepTest {
    private static CorpusFacts edition(String label, String start) {
        return new CorpusFacts(List.of(new CorpusFacts.Edition(label, start == null ? null : NewsDate.parse(start))), List.of(), Set.of());
    }

    @Test
    void disagreeing_starts_settle_by_the_order_of_the_facts_so_the_corpus_takes_them_in_input_order() {
        CorpusFacts day = edition("2031年滨江花卉博览会", "2031-04-14");
        CorpusFacts may = edition("2031年滨江花卉博览会", "2031-05");
        CorpusFacts april = edition("2031年滨江花卉博览会", "2031-04");
        List<AnnotatedArticle> page = List.of(new AnnotatedArticle(new Article(0, 0, 1, null, List.of(), null, null),
                List.of(), List.of(), List.of(new EventMention("滨江花卉博览会", List.of(), 0, 1, null, null, null,
                        List.of(), null, null, List.of())), List.of()));
        assertEquals("2031-04", Corpus.of(List.of(day, may, april)).monthOf(page).toString());
        assertEquals("2031", Corpus.of(List.of(day, april, may)).monthOf(page).toString());
        assertEquals("2031-04", Corpus.of(List.of(day, may, april)).monthOf(page).toString(), "the same order, the same corpus");
    }

    @Test
    void a_file_and_the_database_both_place_a_role_and_the_corpus_gives_the_one_body() {
        CorpusFacts database = CorpusFacts.ofBodies(List.of(new PositionBody("林海峰", "总理", "滨海共和国政府")));
        CorpusFacts file = CorpusFacts.ofBodies(List.of(new PositionBody("林海峰", "总理", "滨海共和国政府")));
        assertEquals("滨海共和国政府", Corpus.of(List.of(database, file)).bodyOf("林海峰", "总理"));
        CorpusFacts other = CorpusFacts.ofBodies(List.of(new PositionBody("林海峰", "总理", "山城市政府")));
        assertNull(Corpus.of(List.of(database, file, other)).bodyOf("林海峰", "总理"));
    }

    @Test
    void facts_and_the_corpus_cannot_be_changed_once_made() {
        List<PositionBody> bodies = new ArrayList<>(List.of(new PositionBody("林海峰", "总理", "滨海共和国政府")));
        CorpusFacts facts = CorpusFacts.ofBodies(bodies);
        bodies.clear();
        assertEquals(1, facts.bodies().size(), "a copy, not a view");
        assertThrows(UnsupportedOperationException.class, () -> facts.bodies().clear());
        Corpus corpus = Corpus.of(List.of(new CorpusFacts(List.of(), List.of(), Set.of("Abcd"))));
        assertThrows(UnsupportedOperationException.class, () -> corpus.latinOrganizations().add("Efgh"));
    }
}
