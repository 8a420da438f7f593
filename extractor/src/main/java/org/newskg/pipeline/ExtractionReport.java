package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;

/** What a run did: files processed, articles and quads produced, and each failure with its location. */
public final class ExtractionReport {
    private final List<String> succeeded = new ArrayList<>();
    private final List<ExtractionFailure> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long articles;
    private long quads;

    void succeeded(String fileName, int articleCount, int quadCount) {
        succeeded.add(fileName);
        articles += articleCount;
        quads += quadCount;
    }

    /** Quads written for the run as a whole, after its files (positions completed by the corpus). */
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

    /** Names of the files that were extracted completely. */
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
