package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessMeterTest {
    @TempDir
    Path tmp;

    @Test
    void a_child_s_exit_status_and_output_are_kept() throws Exception {
        ProcessMeter.Measured m = ProcessMeter.run("sh", List.of("sh", "-c", "echo hello; exit 3"), tmp.resolve("logs/sh.log"));
        assertEquals(3, m.exitCode());
        assertEquals("hello\n", Files.readString(m.log()));
        assertTrue(m.wallSeconds() > 0);
        assertTrue(Double.isNaN(m.cpuSeconds()) || m.cpuSeconds() >= 0);
    }

    @Test
    void the_high_water_mark_of_a_process_that_is_gone_is_unknown() {
        assertEquals(-1, ProcessMeter.highWaterMark(tmp.resolve("no-such/status")));
    }

    @Test
    void this_process_s_high_water_mark_is_read_from_proc() {
        Path self = Path.of("/proc/self/status");
        if (Files.isReadable(self)) assertTrue(ProcessMeter.highWaterMark(self) > 1024 * 1024);
    }
}
