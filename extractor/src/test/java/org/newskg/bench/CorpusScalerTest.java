package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScalerTest {
    @TempDir
    Path tmp;

    private TranscriptItems.Source source() throws IOException {
        return TranscriptItems.read(TestTranscripts.write(tmp.resolve("src"), 3));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void the_items_are_the_headed_news_without_running_order_or_closing_stamp() throws IOException {
        TranscriptItems.Source s = source();
        assertEquals(List.of(5, 4, 5), s.itemsPerDay());
        assertEquals(14, s.items().size());
        assertTrue(s.items().stream().noneMatch(i -> i.body().contains("更新时间戳") || i.body().contains("本期节目")));
        assertEquals("东海市召开交通工作会议", s.items().get(0).heading());
    }

    @Test
    void the_same_seed_writes_the_same_bytes() throws IOException {
        TranscriptItems.Source s = source();
        new CorpusScaler(s, 7).write(40, tmp.resolve("a"));
        new CorpusScaler(s, 7).write(40, tmp.resolve("b"));
        List<Path> a = files(tmp.resolve("a"));
        List<Path> b = files(tmp.resolve("b"));
        assertEquals(a.stream().map(Path::getFileName).toList(), b.stream().map(Path::getFileName).toList());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
    }

    @Test
    void another_seed_writes_other_text() throws IOException {
        TranscriptItems.Source s = source();
        new CorpusScaler(s, 7).write(40, tmp.resolve("a"));
        new CorpusScaler(s, 8).write(40, tmp.resolve("b"));
        assertNotEquals(Files.readString(files(tmp.resolve("a")).get(0)), Files.readString(files(tmp.resolve("b")).get(0)));
    }

    @Test
    void the_pipeline_splits_the_corpus_into_the_articles_asked_for() throws IOException {
        TranscriptItems.Source s = source();
        ArticleCounter counter = new ArticleCounter();
        for (int asked : List.of(2, 3, 17, 60)) {
            CorpusScaler.Written w = new CorpusScaler(s, 11).write(asked, tmp.resolve("n" + asked));
            int split = 0;
            for (Path f : files(w.dir())) split += counter.articlesIn(Files.readString(f, StandardCharsets.UTF_8));
            assertEquals(asked, split, "asked " + asked);
            assertEquals(files(w.dir()).size(), w.files());
        }
    }

    @Test
    void a_round_up_item_counts_one_article_per_short_news() throws IOException {
        TranscriptItems.Item roundUp = source().items().stream().filter(i -> i.heading().contains("快讯")).findFirst().orElseThrow();
        assertEquals(2, new ArticleCounter().articlesOf(roundUp));
    }

    @Test
    void names_and_numbers_are_replaced_but_dates_are_kept() throws IOException {
        CorpusScaler.Written w = new CorpusScaler(source(), 3).write(60, tmp.resolve("c"));
        String all = String.join("\n", files(w.dir()).stream().map(CorpusScalerTest::read).toList());
        assertTrue(all.contains("3月12日"), "a date is kept");
        assertFalse(all.contains("(更新时间戳"), "the closing stamp is not copied");
        assertTrue(all.contains("林清泉") || all.contains("周明远") || all.contains("陈思雨"), "persons come from the source's own names");
        java.util.regex.Matcher km = java.util.regex.Pattern.compile("(\\d+)公里，投资").matcher(all);
        List<String> drawn = new java.util.ArrayList<>();
        while (km.find()) drawn.add(km.group(1));
        assertFalse(drawn.isEmpty(), "the item is used");
        assertTrue(drawn.stream().anyMatch(n -> !n.equals("128")), "numbers are redrawn: " + drawn);
        assertTrue(drawn.stream().allMatch(n -> n.length() == 3), "with as many digits: " + drawn);
    }

    @Test
    void fewer_than_two_articles_cannot_be_written() throws IOException {
        CorpusScaler scaler = new CorpusScaler(source(), 1);
        assertThrows(IllegalArgumentException.class, () -> scaler.write(1, tmp.resolve("x")));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
