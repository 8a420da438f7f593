package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results in input order, at most N files worked on at once and 2N started ahead of the one taken. */
class ParallelFilesTest {
    @Test
    void results_come_in_input_order_with_bounded_work_in_flight() {
        int threads = 3;
        List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        List<Integer> taken = new ArrayList<>();
        try (ParallelFiles parallel = new ParallelFiles(threads, new FileBudget(Duration.ofSeconds(30)))) {
            parallel.run(inputs, i -> Path.of(i + ".txt"), i -> {
                started.incrementAndGet();
                mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep((i * 7) % 5); // later files often end first
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return i;
            }, e -> -1, i -> {
                mostAhead.accumulateAndGet(started.get() - taken.size(), Math::max);
                taken.add(i);
            });
        }
        assertEquals(inputs, taken);
        assertTrue(mostRunning.get() <= threads, "at most " + threads + " at once, saw " + mostRunning.get());
        assertTrue(mostAhead.get() <= 2 * threads, "at most " + 2 * threads + " started ahead, saw " + mostAhead.get());
    }
}
