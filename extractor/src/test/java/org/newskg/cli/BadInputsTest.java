package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Vocab;
import org.newskg.source.InputLimits;
import picocli.CommandLine;

/**
 * Bad inputs through the command line, as a user meets them: each gives a correct graph or one line
 * naming the file and the reason, the other files are written whole, and the exit status says whether
 * anything failed. Never a stack trace.
 */
class BadInputsTest {
    private static final String GOOD = "东海市市长林清泉说：“今年的重点是交通。”\n";

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int extract(Path out, Path... inputs) {
        List<String> args = new ArrayList<>(List.of("extract", "-o", out.toString()));
        for (Path p : inputs) args.add(p.toString());
        CommandLine cl = NewskgCommand.newCommandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int code = cl.execute(args.toArray(String[]::new));
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        return code;
    }

    private Path good(String name) throws Exception {
        return Files.writeString(tmp.resolve(name), GOOD, StandardCharsets.UTF_8);
    }

    /** The source file names of the articles in a dump. */
    private static Set<String> sourceFiles(Dataset ds) {
        Set<String> files = new TreeSet<>();
        ds.asDatasetGraph().find(Node.ANY, Node.ANY, Vocab.SOURCE_FILE_NAME, Node.ANY)
                .forEachRemaining(q -> files.add(q.getObject().getLiteralLexicalForm()));
        return files;
    }

    private String errLines(String start) {
        return String.join("\n", err.toString().lines().filter(l -> l.startsWith(start)).toList());
    }

    @Test
    void a_missing_path_among_good_ones_is_named_and_the_others_are_extracted_with_exit_1() throws Exception {
        Path out = tmp.resolve("out.nq");
        Path missing = tmp.resolve("missing.txt");
        assertEquals(1, extract(out, good("a.txt"), missing, good("b.txt")));
        assertEquals("newskg: skipped " + missing + ": no such file or folder", errLines("newskg: skipped"));
        assertEquals(Set.of("a.txt", "b.txt"), sourceFiles(RDFDataMgr.loadDataset(out.toString())));
        assertTrue(err.toString().contains("extracted 3 files (1 failed)"), err.toString());
    }

    @Test
    void a_huge_file_between_two_good_files_is_refused_and_both_good_files_are_written_whole() throws Exception {
        Path huge = tmp.resolve("b-huge.txt");
        try (FileChannel ch = FileChannel.open(huge, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap("大".getBytes(StandardCharsets.UTF_8)), InputLimits.MAX_FILE_BYTES);
        }
        Path out = tmp.resolve("out.nq");
        assertEquals(1, extract(out, good("a.txt"), huge, good("c.txt")));
        assertTrue(errLines("newskg: skipped").startsWith("newskg: skipped " + huge + ": refused: over 20,971,520 bytes"),
                err.toString());
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        assertEquals(Set.of("a.txt", "c.txt"), sourceFiles(ds));
        assertFalse(quotations(ds).isEmpty());
    }

    @Test
    void a_line_over_the_limit_is_refused_by_name_and_the_next_file_is_extracted() throws Exception {
        Path longLine = Files.writeString(tmp.resolve("a-long.txt"),
                "一行很长的文字，".repeat(InputLimits.MAX_LINE_CHARS / 8 + 1), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.nq");
        assertEquals(1, extract(out, longLine, good("b.txt")));
        assertTrue(errLines("newskg: skipped").startsWith("newskg: skipped " + longLine + ": refused: line 1 has"), err.toString());
        assertEquals(Set.of("b.txt"), sourceFiles(RDFDataMgr.loadDataset(out.toString())));
    }

    @Test
    void an_empty_file_gives_no_article_and_a_warning_not_a_failure() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(tmp.resolve("blank.txt"), " \n\r\n\t\n");
        Path out = tmp.resolve("out.nq");
        assertEquals(0, extract(out, empty, blank));
        assertEquals("newskg: warning: " + empty + ": empty, no article\nnewskg: warning: " + blank + ": empty, no article",
                errLines("newskg: warning"));
        assertTrue(sourceFiles(RDFDataMgr.loadDataset(out.toString())).isEmpty());
        assertTrue(err.toString().contains("extracted 2 files (0 failed), 0 articles"), err.toString());
    }

    @Test
    void control_characters_never_reach_the_literals_and_offsets_still_point_into_the_original_text() throws Exception {
        String text = "市政\u0002新闻\u0007\n据报道\u001B，东海市市长林清泉\u0085说\u007F：“今年的重点是交通。”\n";
        Path in = Files.writeString(tmp.resolve("ctl.txt"), text, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.nq");
        assertEquals(0, extract(out, in));
        assertTrue(errLines("newskg: warning").contains("5 control characters replaced"), err.toString());
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        ds.asDatasetGraph().find().forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                String lex = q.getObject().getLiteralLexicalForm();
                assertTrue(lex.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F),
                        "control character in " + q);
            }
        });
        List<Quad> quotes = quotations(ds);
        assertEquals(1, quotes.size(), quotes.toString());
        Node q = quotes.get(0).getSubject();
        int begin = intOf(ds, q, Vocab.BEGIN_INDEX);
        int end = intOf(ds, q, Vocab.END_INDEX);
        assertEquals(quotes.get(0).getObject().getLiteralLexicalForm(), text.substring(begin, end));
        assertEquals("今年的重点是交通。", text.substring(begin, end));
    }

    @Test
    void a_symlinked_input_folder_is_followed() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.writeString(real.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        Path out = tmp.resolve("out.nq");
        assertEquals(0, extract(out, link));
        assertEquals(Set.of("a.txt"), sourceFiles(RDFDataMgr.loadDataset(out.toString())));
    }

    @Test
    void a_folder_with_a_symlink_loop_names_the_loop_and_extracts_the_rest_with_exit_1() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.writeString(in.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        Path loop = Files.createSymbolicLink(in.resolve("up"), tmp.resolve("in"));
        Path out = tmp.resolve("out.nq");
        assertEquals(1, extract(out, tmp.resolve("in")));
        assertTrue(errLines("newskg: skipped").startsWith("newskg: skipped " + loop + ": symbolic link loop"), err.toString());
        assertEquals(Set.of("a.txt"), sourceFiles(RDFDataMgr.loadDataset(out.toString())));
    }

    @Test
    void text_of_only_punctuation_gives_no_quotation_of_punctuation() throws Exception {
        Path p = Files.writeString(tmp.resolve("punct.txt"), "“……”\n「！？」\n——“，。”\n（）【】\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.nq");
        assertEquals(0, extract(out, p));
        assertTrue(quotations(RDFDataMgr.loadDataset(out.toString())).isEmpty());
    }

    @Test
    void text_of_only_ascii_is_extracted_without_warning() throws Exception {
        Path p = Files.writeString(tmp.resolve("ascii.txt"), "Plain English text.\nNo Chinese at all: \"quoted\".\n");
        Path out = tmp.resolve("out.nq");
        assertEquals(0, extract(out, p));
        assertEquals("", errLines("newskg: warning"));
    }

    private static List<Quad> quotations(Dataset ds) {
        List<Quad> out = new ArrayList<>();
        ds.asDatasetGraph().find(Node.ANY, Node.ANY, Vocab.QUOTE_TEXT, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    private static int intOf(Dataset ds, Node s, Node p) {
        return Integer.parseInt(ds.asDatasetGraph().find(Node.ANY, s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }
}
