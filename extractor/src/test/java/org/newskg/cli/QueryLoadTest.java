package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QueryLoadTest {
    private static final QueryLoad.Named ASK = new QueryLoad.Named("ask", "ASK {}", false);

    /** Outcomes taking 1, 2, … n milliseconds, given in reverse order. */
    private static List<QueryLoad.Outcome> taking(int n) {
        return LongStream.iterate(n, i -> i - 1).limit(n)
                .mapToObj(ms -> new QueryLoad.Outcome(ASK, 200, ms * 1_000_000, 0, null)).toList();
    }

    @Test
    void percentiles_are_nearest_rank_over_the_sorted_times() {
        assertEquals(10.0, QueryLoad.percentileMillis(taking(20), 50));
        assertEquals(19.0, QueryLoad.percentileMillis(taking(20), 95));
        assertEquals(20.0, QueryLoad.percentileMillis(taking(20), 99));
        assertEquals(1.0, QueryLoad.percentileMillis(taking(1), 50));
    }

    @Test
    void no_outcome_has_no_percentile() {
        assertTrue(Double.isNaN(QueryLoad.percentileMillis(List.of(), 50)));
        assertEquals(0.0, LoadTestCommand.percentile(List.of(), 50));
    }
}
