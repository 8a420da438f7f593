package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run did: files processed, articles and quads produced, and each failure with its location.
 * The quads are those written, each once: the files' article graphs, the ontology graph and the
 * positions the corpus completed, so the count is the number of lines of an N-Quads dump of the run.
 */
public final class ExtractionReport {
    private final List<String> succeeded = new ArrayList<>();
    private final List<ExtractionFailure> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long articles;
    private long quads;

    void succeeded(String key, int articleCount, int quadCount) {
        succeeded.add(key);
        articles += articleCount;
        quads += quadCount;
    }

    /** Quads written for the run as a whole, apart from its files (the ontology, positions completed by the corpus). */
    void addQuads(int count) {
        quads += count;
    }

    void failed(ExtractionFailure failure) {
        failures.add(failure);
    }

    /** Something a user should know about a file that was read all the same; starts with the file. */
    void warned(String warning) {
        warnings.add(warning);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Source keys (see {@link org.newskg.source.SourceFile}) of the files that were extracted completely. */
    public List<String> succeededFiles() {
        return List.copyOf(succeeded);
    }

    /** Each failure in one line: the file, and for a defect the article, offset and stage. */
    public List<String> failures() {
        return failures.stream().map(ExtractionFailure::describe).toList();
    }

    public List<ExtractionFailure> failureDetails() {
        return List.copyOf(failures);
    }

    /** How many files a rule failed on (the rest of the failures are unreadable input). */
    public long defects() {
        return failures.stream().filter(f -> f.kind() == ExtractionFailure.Kind.DEFECT).count();
    }

    public int filesDone() {
        return succeeded.size() + failures.size();
    }

    public long articles() {
        return articles;
    }

    public long quads() {
        return quads;
    }

    public boolean ok() {
        return failures.isEmpty();
    }
}
