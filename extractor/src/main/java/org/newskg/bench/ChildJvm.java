package org.newskg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command lines of the child JVMs the benchmark measures: this JVM's {@code java}, the options
 * the {@code newskg} launcher gives ({@code NEWSKG_JAVA_OPTS}, default {@code -Xmx4g}, and
 * {@link #SHARED_CORES} for an extraction on more than one thread, as the launcher adds them), the
 * project folder, and the newskg jar as class path, so every child runs what a user would run.
 */
public final class ChildJvm {
    public static final String NEWSKG_MAIN = "org.newskg.cli.NewskgCommand";
    /**
     * The launcher's options for an extraction whose workers take every core: C2 inlines less, so its
     * compiles of the large rule methods do not take CPU the workers need (README, "Where the time went").
     */
    static final List<String> SHARED_CORES = List.of("-XX:FreqInlineSize=50", "-XX:InlineSmallCode=500");

    private final Path jar;
    private final Path home;

    public ChildJvm(Path jar, Path home) {
        this.jar = jar.toAbsolutePath();
        this.home = home.toAbsolutePath();
    }

    public Path home() {
        return home;
    }

    /** {@code java OPTIONS -cp JAR mainClass args...}. */
    public List<String> command(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String opts = System.getenv("NEWSKG_JAVA_OPTS");
        cmd.addAll(Arrays.asList((opts == null ? "-Xmx4g" : opts).trim().split("\\s+")));
        if (opts == null && sharesCores(mainClass, args)) cmd.addAll(SHARED_CORES);
        cmd.removeIf(String::isEmpty);
        cmd.add("-Dnewskg.home=" + home);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(mainClass);
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** Whether the launcher would add {@link #SHARED_CORES}: {@code extract} or {@code load} on more than one thread (default: every processor). */
    static boolean sharesCores(String mainClass, String... args) {
        if (!NEWSKG_MAIN.equals(mainClass) || args.length == 0) return false;
        if (!args[0].equals("extract") && !args[0].equals("load")) return false;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--threads") && i + 1 < args.length) threads = Integer.parseInt(args[i + 1]);
            else if (args[i].startsWith("--threads=")) threads = Integer.parseInt(args[i].substring("--threads=".length()));
        }
        return threads > 1;
    }

    /** A newskg command: {@code newskg args...}. */
    public List<String> newskg(String... args) {
        return command(NEWSKG_MAIN, args);
    }
}
