package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconFilesTest {
    private static final Path DIR = Path.of("src/main/resources/org/newskg/lexicon");

    @Test
    void every_lexicon_file_opens_with_a_comment_saying_what_belongs_in_it() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> all = files.toList();
            assertFalse(all.isEmpty());
            for (Path f : all) {
                String first = Files.readAllLines(f, StandardCharsets.UTF_8).get(0);
                assertTrue(first.startsWith("# ") && first.length() > 20, f + " has no header comment");
                assertFalse(Lexicon.rows(f.getFileName().toString()).isEmpty(), f + " has no entries");
            }
        }
    }

    @Test
    void a_resource_is_loaded_once() {
        assertSame(Lexicon.resource("roles.txt"), Lexicon.resource("roles.txt"));
        assertTrue(Lexicon.resource("roles.txt").contains("部长"));
    }
}
