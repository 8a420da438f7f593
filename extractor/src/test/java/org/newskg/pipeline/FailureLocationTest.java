package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.Iris;
import org.newskg.resolve.CorpusFacts;
import org.newskg.source.SourceFile;
import org.newskg.source.SourceReader;
import org.newskg.text.ArticleSplitter;
import org.newskg.text.TextNormalizer;

/** A failed file is a value with its location, handed to one policy; the other files are written whole. */
class FailureLocationTest {
    @TempDir
    Path tmp;

    /** A rule that throws on any article containing 坏, as a bug in a real rule would on some text. */
    private static final AnnotationStage FRAGILE = AnnotationStage.of("fragile rule", Set.of(), Set.of(), d -> {
        if (d.text.substring(d.begin(), d.end()).contains("坏")) throw new IndexOutOfBoundsException("Index 9 out of bounds for length 3");
    });

    private final FileExtractor extractor = new FileExtractor(new SourceReader(), new TextNormalizer(s -> s), new ArticleSplitter(),
            new ArticleAnnotator(List.of(FRAGILE)), new ArticleGraphMapper(new Iris("https://example.org/id/"), "test", Instant.EPOCH));

    private Path file(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void a_rule_that_throws_is_a_defect_located_by_file_article_offset_and_stage() throws Exception {
        Path bad = file("bad.txt", "今天天气很坏。\n");
        FileOutcome.Failed failed = assertInstanceOf(FileOutcome.Failed.class, extractor.extract(SourceFile.given(bad)));
        ExtractionFailure f = failed.failure();
        assertEquals(ExtractionFailure.Kind.DEFECT, f.kind());
        assertEquals("fragile rule", f.stage());
        assertEquals(0, f.article());
        assertEquals(0, f.offset());
        assertTrue(f.describe().startsWith(bad + ", article 0 (offset 0), stage fragile rule: defect: java.lang.IndexOutOfBoundsException"),
                f.describe());
        assertTrue(f.describe().contains("FailureLocationTest"), "names the code that threw: " + f.describe());
    }

    @Test
    void an_unreadable_file_is_an_input_failure_of_the_read_stage() throws Exception {
        Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {0, 0, 1, 2, (byte) 0xfe, 0, 3});
        FileOutcome.Failed failed = assertInstanceOf(FileOutcome.Failed.class, extractor.extract(SourceFile.given(binary)));
        assertEquals(ExtractionFailure.Kind.INPUT, failed.failure().kind());
        assertEquals("read", failed.failure().stage());
        assertTrue(failed.failure().describe().contains("binary.txt"), failed.failure().describe());
    }

    @Test
    void the_run_reports_the_defect_and_writes_the_other_files_whole() throws Exception {
        List<Path> files = List.of(file("a.txt", "今天天气很好。\n"), file("b.txt", "今天天气很坏。\n"), file("c.txt", "明天也好。\n"));
        List<Quad> quads = new ArrayList<>();
        List<ExtractionFailure> told = new ArrayList<>();
        ExtractionReport report = new Pipeline(extractor).run(SourceFile.given(files), new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        }, Progress.NONE, CorpusFacts.NONE, told::add);
        assertEquals(List.of("a.txt", "c.txt"), report.succeededFiles());
        assertEquals(1, report.defects());
        assertEquals(report.failureDetails(), told, "the policy is told each failure once");
        assertTrue(quads.stream().noneMatch(q -> q.getGraph().getURI().contains("b.txt")));
        assertTrue(quads.stream().anyMatch(q -> q.getGraph().getURI().contains("c.txt")));
    }

    @Test
    void the_strict_policy_ends_the_run_at_the_first_defect() throws Exception {
        List<Path> files = List.of(file("b.txt", "今天天气很坏。\n"), file("c.txt", "明天也好。\n"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Pipeline(extractor)
                .run(SourceFile.given(files), new StreamRDFBase(), Progress.NONE, CorpusFacts.NONE, FailurePolicy.STOP_ON_DEFECT));
        assertTrue(e.getMessage().contains("fragile rule"), e.getMessage());
    }
}
