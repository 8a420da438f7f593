package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad paths among good ones: each is named with its reason, the others are listed. */
class InputFinderTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "新闻。");
    }

    @Test
    void a_missing_path_among_good_ones_is_named_and_the_others_are_listed() throws IOException {
        Path a = file("a.txt");
        Path b = file("in/b.txt");
        Path missing = dir.resolve("missing");
        InputFinder.Listing l = InputFinder.find(List.of(a, missing, dir.resolve("in")));
        assertEquals(List.of(a, b), l.files());
        assertEquals(List.of(missing + ": no such file or folder"), l.skipped());
    }

    @Test
    void a_symlinked_input_folder_is_followed() throws IOException {
        Path b = file("real/b.txt");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        InputFinder.Listing l = InputFinder.find(List.of(link));
        assertEquals(List.of(link.resolve("b.txt")), l.files());
        assertTrue(l.skipped().isEmpty(), l.skipped().toString());
        assertTrue(Files.isSameFile(b, l.files().get(0)));
    }

    @Test
    void a_symlinked_subfolder_is_followed_and_a_file_reached_twice_is_listed_once() throws IOException {
        Path a = file("in/a.txt");
        file("other/c.txt");
        Files.createSymbolicLink(dir.resolve("in/other"), dir.resolve("other"));
        Files.createSymbolicLink(dir.resolve("in/same.txt"), a);
        InputFinder.Listing l = InputFinder.find(List.of(dir.resolve("in")));
        assertEquals(List.of(a, dir.resolve("in/other/c.txt")), l.files());
    }

    @Test
    void a_symlink_loop_is_named_and_not_followed() throws IOException {
        Path a = file("in/sub/a.txt");
        Path loop = Files.createSymbolicLink(dir.resolve("in/sub/back"), dir.resolve("in"));
        InputFinder.Listing l = InputFinder.find(List.of(dir.resolve("in")));
        assertEquals(List.of(a), l.files());
        assertEquals(List.of(loop + ": symbolic link loop (leads back to " + dir.resolve("in").toRealPath()
                + "), not followed"), l.skipped());
    }

    @Test
    void a_link_to_itself_and_a_dangling_link_are_named_with_the_os_reason() throws IOException {
        Path good = file("in/good.txt");
        Path self = Files.createSymbolicLink(dir.resolve("in/self.txt"), Path.of("self.txt"));
        Path dangling = Files.createSymbolicLink(dir.resolve("in/gone.txt"), dir.resolve("nowhere.txt"));
        InputFinder.Listing l = InputFinder.find(List.of(dir.resolve("in"), dangling));
        assertEquals(List.of(good), l.files());
        assertEquals(2, l.skipped().size(), "the dangling link, found and given, is named once: " + l.skipped());
        assertEquals(dangling + ": symbolic link that leads nowhere (no such file or folder)", l.skipped().get(0));
        assertTrue(l.skipped().get(1).startsWith(self + ": symbolic link that leads nowhere (Too many levels of symbolic links"),
                l.skipped().get(1));
    }

    @Test
    void a_pipe_named_like_a_text_file_is_named_and_not_read() throws Exception {
        Path good = file("in/good.txt");
        Path fifo = dir.resolve("in/pipe.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "needs mkfifo");
        InputFinder.Listing l = InputFinder.find(List.of(dir.resolve("in")));
        assertEquals(List.of(good), l.files());
        assertEquals(List.of(fifo + ": not a regular file (a pipe, socket or device), not read"), l.skipped());
    }

    /**
     * Permission denied is only observable for a user other than root (root reads a mode-000 folder),
     * so this test is skipped as root; the README's Reliability section gives the command that checks
     * it as user nobody.
     */
    @Test
    void an_unreadable_subfolder_is_named_with_the_os_reason_and_the_rest_is_listed() throws IOException {
        Path good = file("in/good.txt");
        file("in/locked/secret.txt");
        Path locked = dir.resolve("in/locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: a mode-000 folder is readable");
            InputFinder.Listing l = InputFinder.find(List.of(dir.resolve("in")));
            assertEquals(List.of(good), l.files());
            assertEquals(List.of(locked + ": cannot read (permission denied)"), l.skipped());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void hidden_files_and_folders_are_not_listed() throws IOException {
        Path a = file("in/a.md");
        file("in/.git/x.txt");
        file("in/.hidden.txt");
        assertEquals(List.of(a), InputFinder.find(List.of(dir.resolve("in"))).files());
    }

    private static List<String> keys(InputFinder.Listing l) {
        return l.sources().stream().map(SourceFile::key).toList();
    }

    @Test
    void a_file_in_a_folder_is_keyed_by_its_path_under_the_folder_and_a_file_given_directly_by_its_name() throws IOException {
        Path a = file("in/2025-03/x.txt");
        Path b = file("in/2025-04/x.txt");
        Path top = file("in/y.txt");
        Path alone = file("elsewhere/z.txt");
        InputFinder.Listing l = InputFinder.find(List.of(dir.resolve("in"), alone));
        assertEquals(List.of("2025-03/x.txt", "2025-04/x.txt", "y.txt", "z.txt"), keys(l));
        assertEquals(List.of(a, b, top, alone), l.files());
    }

    @Test
    void a_second_file_with_the_key_of_another_is_refused_naming_both() throws IOException {
        Path first = file("a/x.txt");
        Path second = file("b/x.txt");
        InputFinder.Listing l = InputFinder.find(List.of(first, second));
        assertEquals(List.of(first), l.files());
        assertEquals(List.of(second + ": same source key x.txt as " + first
                + ", not read (give their common folder to keep both)"), l.skipped());
        assertEquals(List.of("a/x.txt", "b/x.txt"), keys(InputFinder.find(List.of(dir))), "their common folder keeps both");
    }

    @Test
    void two_folders_holding_the_same_relative_path_list_the_first_and_name_the_second() throws IOException {
        Path first = file("one/sub/x.txt");
        Path other = file("one/sub/other.txt");
        Path second = file("two/sub/x.txt");
        InputFinder.Listing l = InputFinder.find(List.of(dir.resolve("one"), dir.resolve("two")));
        assertEquals(List.of(other, first), l.files());
        assertEquals(1, l.skipped().size());
        assertTrue(l.skipped().get(0).startsWith(second + ": same source key sub/x.txt as " + first), l.skipped().get(0));
    }

    @Test
    void find_all_expands_folders_sorted_and_keeps_files_given_directly() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("in/sub"));
        Path hidden = Files.createDirectories(dir.resolve("in/.git"));
        Files.writeString(dir.resolve("in/b.txt"), "b");
        Files.writeString(dir.resolve("in/a.md"), "a");
        Files.writeString(sub.resolve("c.txt"), "c");
        Files.writeString(dir.resolve("in/skip.json"), "{}");
        Files.writeString(hidden.resolve("h.txt"), "h");
        Path single = Files.writeString(dir.resolve("single.dat"), "s");

        List<Path> got = InputFinder.findAll(List.of(single, dir.resolve("in"), dir.resolve("in/b.txt"))).stream().map(SourceFile::path).toList();
        assertEquals(List.of(single, dir.resolve("in/a.md"), dir.resolve("in/b.txt"), sub.resolve("c.txt")), got);
    }

    @Test
    void find_all_fails_naming_a_missing_path() {
        Path missing = dir.resolve("missing");
        IOException e = assertThrows(IOException.class, () -> InputFinder.findAll(List.of(missing)));
        assertEquals(missing + ": no such file or folder", e.getMessage());
    }
}
