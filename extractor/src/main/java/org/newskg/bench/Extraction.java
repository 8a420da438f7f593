package org.newskg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.source.InputFinder;

/**
 * Runs and measures {@code newskg extract} and the bare HanLP pass over the same input, each in a
 * child JVM, and reads what extract reports (files, articles, quads) from its summary line. The
 * characters of an input are counted here, once, as the decoded text of the files extract lists.
 */
public final class Extraction {
    private static final Pattern SUMMARY =
            Pattern.compile("extracted (\\d+) files \\((\\d+) failed[^)]*\\), (\\d+) articles, (\\d+) quads");

    private final ChildJvm jvm;
    private final Path logs;

    public Extraction(ChildJvm jvm, Path logs) {
        this.jvm = jvm;
        this.logs = logs;
    }

    /**
     * {@code newskg extract INPUT -o OUT --threads N}; without {@code passThreads} the option is left
     * out (a build without it extracts on one thread) and {@code threads} only records what ran.
     */
    public Run extract(String name, Path input, Path out, int threads, boolean passThreads, long characters)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("extract", input.toString(), "-o", out.toString()));
        if (passThreads) args.addAll(List.of("--threads", Integer.toString(threads)));
        ProcessMeter.Measured m = ProcessMeter.run("extract " + name, jvm.newskg(args.toArray(String[]::new)),
                logs.resolve("extract-" + name + "-" + threads + "t.log"));
        Matcher s = SUMMARY.matcher(Files.readString(m.log(), StandardCharsets.UTF_8));
        long articles = 0;
        long quads = 0;
        while (s.find()) {
            articles = Long.parseLong(s.group(3));
            quads = Long.parseLong(s.group(4));
        }
        return new Run(Run.Step.EXTRACT, name, threads, articles, characters, quads, m);
    }

    /** The bare HanLP pass over {@code input} ({@link BareHanlpPass}), one thread. */
    public Run bare(String name, Path input, long articles, long characters) throws IOException, InterruptedException {
        ProcessMeter.Measured m = ProcessMeter.run("bare " + name, jvm.command(BenchTool.class.getName(), "bare", input.toString()),
                logs.resolve("bare-" + name + ".log"));
        return new Run(Run.Step.BARE_HANLP, name, 1, articles, characters, 0, m);
    }

    /** Whether this jar's extract has the {@code --threads} option (it comes with parallel extraction). */
    public boolean extractHasThreads() throws IOException, InterruptedException {
        ProcessMeter.Measured m = ProcessMeter.run("extract --help", jvm.newskg("extract", "--help"), logs.resolve("extract-help.log"));
        return Files.readString(m.log(), StandardCharsets.UTF_8).contains("--threads");
    }

    /** The characters of the files extract would read in {@code input}, decoded as UTF-8. */
    public static long characters(Path input) throws IOException {
        long n = 0;
        for (Path f : InputFinder.find(List.of(input)).files()) n += Files.readString(f, StandardCharsets.UTF_8).length();
        return n;
    }
}
