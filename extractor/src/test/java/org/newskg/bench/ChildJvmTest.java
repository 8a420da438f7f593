package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The child JVMs get the launcher's options: fewer inlining only for extractions on more than one thread. */
class ChildJvmTest {
    private static final String MAIN = ChildJvm.NEWSKG_MAIN;

    @Test
    void an_extraction_on_two_threads_shares_the_cores_and_one_on_one_thread_does_not() {
        assertTrue(ChildJvm.sharesCores(MAIN, "extract", "--threads", "2", "in", "-o", "x.nq"));
        assertTrue(ChildJvm.sharesCores(MAIN, "load", "--threads=4", "in"));
        assertFalse(ChildJvm.sharesCores(MAIN, "extract", "--threads", "1", "in", "-o", "x.nq"));
        assertFalse(ChildJvm.sharesCores(MAIN, "extract", "--threads=1", "in"));
    }

    @Test
    void other_commands_and_other_main_classes_keep_the_default_options() {
        assertFalse(ChildJvm.sharesCores(MAIN, "serve", "--threads", "2"));
        assertFalse(ChildJvm.sharesCores(BenchTool.class.getName(), "bare", "in"));
        assertFalse(ChildJvm.sharesCores(MAIN));
    }

    @Test
    void without_a_thread_count_an_extraction_uses_every_processor() {
        assertEquals(Runtime.getRuntime().availableProcessors() > 1, ChildJvm.sharesCores(MAIN, "extract", "in", "-o", "x.nq"));
    }

    @Test
    void the_command_line_carries_the_options_before_the_main_class_when_no_options_are_set() {
        if (System.getenv("NEWSKG_JAVA_OPTS") != null) return; // the user's options replace the defaults
        List<String> cmd = new ChildJvm(Path.of("newskg.jar"), Path.of(".")).newskg("extract", "--threads", "2", "in");
        int at = Collections.indexOfSubList(cmd, ChildJvm.SHARED_CORES);
        assertTrue(at > 0 && at < cmd.indexOf(MAIN), cmd.toString());
        assertEquals(-1, Collections.indexOfSubList(new ChildJvm(Path.of("newskg.jar"), Path.of(".")).newskg("extract", "--threads", "1", "in"),
                ChildJvm.SHARED_CORES));
    }

    @Test
    void the_launcher_adds_the_same_options_for_the_same_command_lines() throws Exception {
        if (System.getenv("NEWSKG_JAVA_OPTS") != null) return;
        Path launcher = Path.of("..", "newskg").toAbsolutePath();
        if (!Files.isExecutable(launcher)) launcher = Path.of("newskg").toAbsolutePath();
        for (String[] args : new String[][] {{"extract", "in"}, {"extract", "--threads", "1", "in"}, {"load", "--threads=2", "in"}, {"serve"}}) {
            List<String> line = new ArrayList<>(List.of("bash", launcher.toString()));
            line.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(line).redirectErrorStream(true);
            pb.environment().put("NEWSKG_SHOW_JAVA_OPTS", "1");
            Process p = pb.start();
            String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals(0, p.waitFor());
            assertEquals(ChildJvm.sharesCores(MAIN, args), shown.contains(String.join(" ", ChildJvm.SHARED_CORES)), String.join(" ", args) + " -> " + shown);
        }
    }
}
