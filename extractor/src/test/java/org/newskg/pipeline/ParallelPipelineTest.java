package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.source.SourceFile;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.Iris;
import org.newskg.resolve.CorpusFacts;
import org.newskg.source.SourceReader;
import org.newskg.text.ArticleSplitter;
import org.newskg.text.TextNormalizer;

/** Several threads give the same output as one, with a failing and a runaway file among the others. */
class ParallelPipelineTest {
    @TempDir
    Path tmp;

    /** Throws on an article with 坏 (a bug in a rule); runs away, deaf to interruption, on one with 慢. */
    private static final AnnotationStage TROUBLE = AnnotationStage.of("trouble", Set.of(), Set.of(), d -> {
        String article = d.text.substring(d.begin(), d.end());
        if (article.contains("坏")) throw new IllegalStateException("fragile rule");
        if (article.contains("慢")) deafFor(10_000);
    });

    /** Waits {@code ms}, deaf to interruption, as analysis that never checks for it; idle, so the machine stays free. */
    private static void deafFor(long ms) {
        long end = System.nanoTime() + ms * 1_000_000;
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                // deaf: goes on, as a runaway rule would
            }
        }
    }

    private static FileExtractor extractor() {
        return new FileExtractor(new SourceReader(), new TextNormalizer(s -> s), new ArticleSplitter(),
                new ArticleAnnotator(List.of(TROUBLE)), new ArticleGraphMapper(new Iris("https://example.org/id/"), "test", Instant.EPOCH));
    }

    private record Run(List<String> quads, List<String> succeeded, List<String> failures) {
    }

    private Run run(List<Path> files, int threads) {
        List<String> quads = new ArrayList<>();
        List<String> told = new ArrayList<>();
        ExtractionReport report = new Pipeline(extractor(), ParallelPipelineTest::extractor)
                .withThreads(threads).withBudget(new FileBudget(Duration.ofMillis(4000)))
                .run(SourceFile.given(files), new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        quads.add(q.toString());
                    }
                }, Progress.NONE, CorpusFacts.NONE, f -> told.add(f.describe().replaceAll("\\(.*", "")));
        return new Run(quads, report.succeededFiles(), told);
    }

    private List<Path> files() throws Exception {
        List<Path> files = new ArrayList<>();
        String[] texts = {"今天天气很好。", "河水很清。", "今天天气很坏。", "山很高。", "风很慢。", "云很白。", "雨停了。", "月亮升起来了。"};
        for (int i = 0; i < texts.length; i++) {
            files.add(Files.writeString(tmp.resolve("f" + i + ".txt"), texts[i] + "\n", StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void four_threads_write_the_same_quads_in_the_same_order_as_one_around_a_failing_and_a_runaway_file() throws Exception {
        List<Path> files = files();
        Run one = run(files, 1);
        Run four = run(files, 4);
        assertEquals(List.of("f0.txt", "f1.txt", "f3.txt", "f5.txt", "f6.txt", "f7.txt"), one.succeeded());
        assertEquals(2, one.failures().size(), one.failures().toString());
        assertTrue(one.failures().get(1).contains("f4.txt: gave up after"), one.failures().toString());
        assertEquals(one, four);
        assertTrue(one.quads().stream().anyMatch(q -> q.contains("f7.txt")), "the files after the runaway are written");
    }
}
