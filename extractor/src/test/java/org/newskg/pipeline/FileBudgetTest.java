package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newskg.source.UnreadableSourceException;

class FileBudgetTest {
    private static final Path FILE = Path.of("in/slow.txt");

    @Test
    void work_within_the_budget_gives_its_result() throws Exception {
        FileBudget budget = new FileBudget(Duration.ofSeconds(5));
        assertEquals("done", budget.run(FILE, () -> "done"));
    }

    @Test
    void a_runaway_that_never_checks_for_interruption_is_given_up_with_one_line_and_the_next_file_runs() throws Exception {
        FileBudget budget = new FileBudget(Duration.ofMillis(200));
        long start = System.nanoTime();
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> budget.run(FILE, () -> {
            long spin = System.nanoTime() + 3_000_000_000L; // busy, deaf to interruption, for 3 s
            while (System.nanoTime() < spin) Thread.onSpinWait();
            return "too late";
        }));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(FILE + ": gave up after 200 ms, the time limit for one file", e.getMessage());
        assertTrue(ms < 1500, "given up after " + ms + " ms");
        assertEquals("next", budget.run(FILE, () -> "next"), "a fresh worker serves the next file");
    }

    @Test
    void a_failure_of_the_work_reaches_the_caller_as_it_was() {
        FileBudget budget = new FileBudget(Duration.ofSeconds(5));
        UnreadableSourceException unreadable = new UnreadableSourceException(FILE, "binary data");
        assertEquals(unreadable, assertThrows(UnreadableSourceException.class, () -> budget.run(FILE, () -> {
            throw unreadable;
        })));
        assertThrows(IllegalStateException.class, () -> budget.run(FILE, () -> {
            throw new IllegalStateException("bug");
        }));
    }

    @Test
    void a_stack_overflow_ends_only_its_file() throws Exception {
        FileBudget budget = new FileBudget(Duration.ofSeconds(30));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> budget.run(FILE, () -> deep(0)));
        assertEquals(FILE + ": nested too deeply (stack overflow)", e.getMessage());
        assertEquals("next", budget.run(FILE, () -> "next"));
    }

    private static String deep(int n) {
        return n < 0 ? "" : deep(n + 1);
    }
}
