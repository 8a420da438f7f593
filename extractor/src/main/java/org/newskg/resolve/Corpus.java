package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.NewsDate;

/**
 * What the files of a run, and the database they are loaded into, say that one file alone cannot:
 * the dated editions of event series, the bodies people hold their roles in, and the organizations
 * named in Latin letters. Built by {@link #of} from each source's {@link CorpusFacts}, merged in the
 * order given (the input order, so the result never depends on timing); read-only after that.
 */
public final class Corpus {
    private final EventEditions editions = new EventEditions();
    private final PositionBodies bodies;
    private final Set<String> latinOrganizations;

    private Corpus(List<CorpusFacts> facts) {
        List<PositionBody> stated = new ArrayList<>();
        Set<String> latin = new TreeSet<>();
        for (CorpusFacts f : facts) {
            // editions merge in order: two starts of one edition settle on the finer or the shared year
            for (CorpusFacts.Edition e : f.editions()) editions.learn(e.label(), e.startDate());
            stated.addAll(f.bodies());
            latin.addAll(f.latinOrganizations());
        }
        this.bodies = new PositionBodies(stated);
        this.latinOrganizations = Collections.unmodifiableSet(latin);
    }

    /** Nothing known. */
    public static Corpus empty() {
        return new Corpus(List.of());
    }

    /** The corpus of {@code facts}, merged in the order given. */
    public static Corpus of(List<CorpusFacts> facts) {
        return new Corpus(facts);
    }

    /** The month of the page of a file that states no year, as {@link EventEditions#monthOf} reads it. */
    public NewsDate monthOf(List<AnnotatedArticle> articles) {
        return editions.monthOf(articles);
    }

    /** How the events of a file whose page falls in {@code month} (or null) are named in the corpus. */
    public EventNames namesIn(NewsDate month) {
        return editions.namesIn(month);
    }

    /** The one body the corpus places {@code person}'s {@code role} in, else null. */
    public String bodyOf(String person, String role) {
        return bodies.bodyOf(person, role);
    }

    public Set<String> latinOrganizations() {
        return latinOrganizations;
    }
}
