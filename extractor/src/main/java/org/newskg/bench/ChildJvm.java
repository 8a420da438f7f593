package org.newskg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command lines of the child JVMs the benchmark measures: this JVM's {@code java}, the options
 * the {@code newskg} launcher gives ({@code NEWSKG_JAVA_OPTS}, default {@code -Xmx4g}), the project
 * folder, and the newskg jar as class path, so every child runs what a user would run.
 */
public final class ChildJvm {
    public static final String NEWSKG_MAIN = "org.newskg.cli.NewskgCommand";

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
        cmd.removeIf(String::isEmpty);
        cmd.add("-Dnewskg.home=" + home);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(mainClass);
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** A newskg command: {@code newskg args...}. */
    public List<String> newskg(String... args) {
        return command(NEWSKG_MAIN, args);
    }
}
