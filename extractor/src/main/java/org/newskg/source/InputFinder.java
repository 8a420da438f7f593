package org.newskg.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Expands command-line inputs into the files to read. A file is taken as given (whatever its name);
 * a folder is searched recursively for {@code *.txt} and {@code *.md} files, hidden files and folders
 * skipped, sorted by path so that runs are deterministic. Symbolic links are followed, to folders as
 * to files; a link that leads back to a folder it is inside is named and not followed.
 *
 * <p>What cannot be listed does not stop the others: a missing input, a folder that cannot be read, a
 * link loop or a dangling link is named, with the operating system's reason, in
 * {@link Listing#skipped()}, one line each, and everything else is listed. A file reached twice (given
 * twice, or through a link) is listed once, at its first place.
 *
 * <p>Each file gets its identity ({@link SourceFile#key()}): its path under the folder given, or its
 * name when given directly. Two different files of one run with the same key (x.txt given from two
 * folders, or two folders holding the same relative path) would share graphs; the later one is
 * refused, naming both, rather than given a key that depends on what else the run holds: a key
 * must stay the same from one load to the next, or a re-load would not replace the file's graphs.
 */
public final class InputFinder {
    /** File name endings picked up when a folder is given. */
    private static final List<String> TEXT_SUFFIXES = List.of(".txt", ".md");

    /**
     * What the inputs hold.
     *
     * @param sources the files to read with their keys, in input order
     * @param skipped one line per input, folder, link or file that could not be listed, starting with its path
     */
    public record Listing(List<SourceFile> sources, List<String> skipped) {
        public Listing {
            sources = List.copyOf(sources);
            skipped = List.copyOf(skipped);
        }

        /** The paths of the files to read, in input order. */
        public List<Path> files() {
            return sources.stream().map(SourceFile::path).toList();
        }
    }

    private final Set<Path> seen = new HashSet<>();
    /** The first file listed under each key, to name when a later one has the same. */
    private final Map<String, Path> keys = new HashMap<>();
    private final List<SourceFile> files = new ArrayList<>();
    private final Set<String> skipped = new LinkedHashSet<>();

    private InputFinder() {
    }

    /** Lists {@code inputs}; never throws for a path that cannot be listed, but names it. */
    public static Listing find(List<Path> inputs) {
        InputFinder finder = new InputFinder();
        for (Path input : inputs) finder.add(input);
        return new Listing(finder.files, List.copyOf(finder.skipped));
    }

    /**
     * The files of {@code inputs} with their keys, for callers that take all or nothing (the
     * server's load, the seeds).
     *
     * @throws IOException naming every input, folder, link or file that could not be listed
     */
    public static List<SourceFile> findAll(List<Path> inputs) throws IOException {
        Listing listing = find(inputs);
        if (!listing.skipped().isEmpty()) throw new IOException(String.join("; ", listing.skipped()));
        return listing.sources();
    }

    private void add(Path input) {
        if (Files.isDirectory(input)) {
            addFolder(input);
        } else if (Files.exists(input)) {
            addFile(SourceFile.given(input));
        } else if (Files.isSymbolicLink(input)) {
            skipped.add(input + ": symbolic link that leads nowhere (" + linkProblem(input) + ")");
        } else {
            skipped.add(input + ": no such file or folder");
        }
    }

    private void addFolder(Path root) {
        List<Path> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new Collector(root, found, problems));
        } catch (IOException e) {
            problems.add(root + ": cannot read folder (" + IoReasons.of(e) + ")");
        }
        found.sort(null);
        for (Path file : found) addFile(SourceFile.under(root, file));
        problems.sort(null);
        skipped.addAll(problems);
    }

    private void addFile(SourceFile file) {
        if (!seen.add(identity(file.path()))) return;
        Path first = keys.putIfAbsent(file.key(), file.path());
        if (first == null) {
            files.add(file);
        } else {
            skipped.add(file.path() + ": same source key " + file.key() + " as " + first
                    + ", not read (give their common folder to keep both)");
        }
    }

    /** The file's real path, so that two ways to one file count once. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** Why a link cannot be followed, as the operating system says it. */
    private static String linkProblem(Path link) {
        try {
            link.toRealPath();
            return "it can be followed now";
        } catch (IOException e) {
            return IoReasons.of(e);
        }
    }

    static boolean isTextFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return TEXT_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** True when the file or a folder between {@code root} and it starts with a dot. */
    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    /** Walks one input folder, collecting text files and naming what cannot be walked. */
    private static final class Collector extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found;
        private final List<String> problems;

        Collector(Path root, List<Path> found, List<String> problems) {
            this.root = root;
            this.found = found;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return isHidden(root, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(root, file) || !isTextFile(file)) return FileVisitResult.CONTINUE;
            if (attrs.isRegularFile()) {
                found.add(file);
            } else if (attrs.isSymbolicLink()) {
                // the walk hands over a link's own attributes only when it cannot follow it
                problems.add(file + ": symbolic link that leads nowhere (" + linkProblem(file) + ")");
            } else {
                problems.add(file + ": not a regular file (a pipe, socket or device), not read");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (isHidden(root, file)) return FileVisitResult.CONTINUE;
            if (e instanceof FileSystemLoopException) {
                problems.add(file + ": symbolic link loop (leads back to " + identity(file) + "), not followed");
            } else {
                problems.add(file + ": cannot read (" + IoReasons.of(e) + ")");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) problems.add(dir + ": cannot read folder to the end (" + IoReasons.of(e) + ")");
            return FileVisitResult.CONTINUE;
        }
    }
}
