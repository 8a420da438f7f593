package org.newskg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a child process and measures it whole: wall seconds from start to exit; CPU seconds as the
 * growth of this process's {@code cutime + cstime} ({@code /proc/self/stat}), which the kernel adds
 * a child's user and system time to when the child is reaped, so it is exact to a clock tick and
 * counts the child's own children; peak resident memory as the child's {@code VmHWM}
 * ({@code /proc/PID/status}, the kernel's high-water mark), read every 50 ms until it exits. One
 * child at a time: a second child ending during the run would add its CPU time. Output and errors
 * go to a log file.
 */
public final class ProcessMeter {
    /** A measured run. {@code peakRssBytes} is -1 and {@code cpuSeconds} NaN where /proc is not available. */
    public record Measured(String label, double wallSeconds, double cpuSeconds, long peakRssBytes, int exitCode, Path log) {
        public double peakRssMegabytes() {
            return peakRssBytes < 0 ? Double.NaN : peakRssBytes / (1024.0 * 1024.0);
        }
    }

    private static final long TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux whatever the kernel's own HZ
    private static final long POLL_MILLIS = 50;

    private ProcessMeter() {
    }

    public static Measured run(String label, List<String> command, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        long cpuBefore = childTicks();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long peak = -1;
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        while (p.isAlive()) {
            peak = Math.max(peak, highWaterMark(status));
            p.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        int exit = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        long cpuAfter = childTicks();
        double cpu = cpuBefore < 0 || cpuAfter < 0 ? Double.NaN : (cpuAfter - cpuBefore) / (double) TICKS_PER_SECOND;
        return new Measured(label, wall, cpu, peak, exit, log);
    }

    /** This process's reaped children's user + system time in clock ticks, or -1. */
    static long childTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[13]) + Long.parseLong(f[14]); // fields 16 and 17: cutime, cstime
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** VmHWM of a running process in bytes, or -1 once it is gone. */
    static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between the check and the read
        }
        return -1;
    }
}
