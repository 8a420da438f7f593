package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.source.SourceFile;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.Iris;
import org.newskg.resolve.Corpus;

/** A file waiting for the corpus is kept as its annotations and read again when it is settled. */
class WaitingFileTest {
    @TempDir
    Path tmp;

    private final FileExtractor extractor = FileExtractor.standard(new ArticleGraphMapper(new Iris("https://example.org/id/"), "test", Instant.EPOCH));

    /** A page bracketing a Latin name no file has named an organization yet: it waits for the corpus. */
    private FileOutcome.Waiting waiting(Path file) {
        return assertInstanceOf(FileOutcome.Waiting.class, extractor.extract(SourceFile.given(file)));
    }

    private Path page() throws Exception {
        return Files.writeString(tmp.resolve("page.txt"),
                "据报道，Qwertz（青石科技）公司7日发布新一代芯片。青石科技董事长赵云表示，将继续加大研发投入。\n", StandardCharsets.UTF_8);
    }

    @Test
    void settling_the_compact_form_gives_the_quads_of_settling_the_whole_annotated_file() throws Exception {
        FileOutcome.Waiting w = waiting(page());
        Corpus corpus = Corpus.of(List.of(w.facts()));
        FileOutcome.Mapped whole = assertInstanceOf(FileOutcome.Mapped.class, extractor.settle(w.file(), corpus));
        FileOutcome.Mapped compact = assertInstanceOf(FileOutcome.Mapped.class, extractor.settle(WaitingFile.of(w.file()), corpus));
        assertTrue(whole.file().quads().size() > 10, "quads: " + whole.file().quads().size());
        assertEquals(whole.file().quads(), compact.file().quads());
        assertEquals(whole.facts(), compact.facts());
    }

    @Test
    void a_waiting_file_whose_bytes_changed_before_it_is_settled_fails_as_input() throws Exception {
        Path file = page();
        WaitingFile compact = WaitingFile.of(waiting(file).file());
        Files.writeString(file, "今天天气很好。\n", StandardCharsets.UTF_8);
        FileOutcome.Failed failed = assertInstanceOf(FileOutcome.Failed.class, extractor.settle(compact, Corpus.empty()));
        assertEquals(ExtractionFailure.Kind.INPUT, failed.failure().kind());
        assertTrue(failed.failure().describe().contains("changed while the run read it"), failed.failure().describe());
    }
}
