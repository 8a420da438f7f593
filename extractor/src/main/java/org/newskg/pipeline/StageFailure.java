package org.newskg.pipeline;

/**
 * A stage threw: a defect in a rule, not a fault of the input. Carries the stage's name; the
 * pipeline adds the file and article when it turns this into an {@link ExtractionFailure}.
 */
public final class StageFailure extends RuntimeException {
    private final String stage;

    public StageFailure(String stage, RuntimeException cause) {
        super(stage + ": " + cause, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
