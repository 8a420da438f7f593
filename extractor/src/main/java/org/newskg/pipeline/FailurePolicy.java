package org.newskg.pipeline;

/**
 * What a run does with a failed file, as RIOT's {@code ErrorHandler} decides for a parse error.
 * Every failure is recorded in the {@link ExtractionReport} with its location whatever the policy;
 * the policy decides whether the run goes on. {@link #SKIP_FILE} (the command line's) skips the
 * file and goes on; {@link #STOP_ON_DEFECT} ends the run at the first rule that throws, as tests
 * want, while still skipping unreadable input.
 */
@FunctionalInterface
public interface FailurePolicy {
    FailurePolicy SKIP_FILE = failure -> { };

    FailurePolicy STOP_ON_DEFECT = failure -> {
        if (failure.kind() == ExtractionFailure.Kind.DEFECT) throw new IllegalStateException(failure.describe(), failure.cause());
    };

    /** Told each failure as it happens; returns to go on with the next file, or throws to end the run. */
    void failed(ExtractionFailure failure);
}
