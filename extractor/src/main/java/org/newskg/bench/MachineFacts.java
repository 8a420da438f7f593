package org.newskg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/** The machine and build a benchmark ran on: cores, memory, Java, date (UTC), commit and the command line. */
public record MachineFacts(int cores, long memoryBytes, String java, String date, String commit, String command) {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The facts of this machine now; {@code home} is the project's git checkout. */
    public static MachineFacts here(Path home, String command) {
        return new MachineFacts(Runtime.getRuntime().availableProcessors(), memory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                MINUTE.format(Instant.now()), commit(home), command);
    }

    /** MemTotal of /proc/meminfo in bytes, or -1. */
    private static long memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return -1;
    }

    /** {@code git describe --always --dirty} in {@code home}, or "unknown". */
    private static String commit(Path home) {
        try {
            Process p = new ProcessBuilder("git", "-C", home.toString(), "describe", "--always", "--dirty", "--abbrev=10")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
