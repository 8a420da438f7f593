package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

    private static final String SIMPLIFIED = "据报道，本市今天举行了一场关于城市交通规划的公开听证会。"
            + "来自各区的市民代表踊跃发言，就公共汽车线路调整、地铁站出入口设置和自行车道建设提出意见。"
            + "交通部门负责人表示，将认真研究大家的建议，争取在明年年底前完成第一阶段的改造工程。";
    private static final String TRADITIONAL = "據報道，本港今日舉行了一場關於城市交通規劃的公開諮詢會。"
            + "來自各區的市民代表踴躍發言，就巴士路線調整、鐵路站出入口設置和單車徑建設提出意見。"
            + "運輸部門負責人表示，會認真研究大家的建議，爭取在明年年底前完成第一階段的改善工程。";

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    @Test
    void readsUtf8WithoutBom() throws IOException {
        Path p = write("a.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        SourceText t = reader.read(p);
        assertEquals(StandardCharsets.UTF_8, t.charset());
        assertEquals(SIMPLIFIED, t.text());
        assertEquals("a.txt", t.fileName());
        assertEquals(p, t.path());
        assertEquals(64, t.sha256().length());
    }

    @Test
    void readsUtf8WithBomAndRemovesIt() throws IOException {
        SourceText t = reader.read(write("bom.txt", utf8WithBom(SIMPLIFIED)));
        assertEquals(StandardCharsets.UTF_8, t.charset());
        assertEquals(SIMPLIFIED, t.text());
    }

    @Test
    void readsUtf16WithBom() throws IOException {
        // Java's "UTF-16" encoder writes a big-endian byte order mark.
        SourceText be = reader.read(write("be.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_16)));
        assertEquals(StandardCharsets.UTF_16BE, be.charset());
        assertEquals(SIMPLIFIED, be.text());

        byte[] le = SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        SourceText t = reader.read(write("le.txt", withBom));
        assertEquals(StandardCharsets.UTF_16LE, t.charset());
        assertEquals(SIMPLIFIED, t.text());
    }

    @Test
    void readsGb18030() throws IOException {
        SourceText t = reader.read(write("gb.txt", SIMPLIFIED.getBytes(Charset.forName("GB18030"))));
        assertEquals("GB18030", t.charset().name());
        assertEquals(SIMPLIFIED, t.text());
    }

    @Test
    void readsGbkAsGb18030() throws IOException {
        SourceText t = reader.read(write("gbk.txt", TRADITIONAL.getBytes(Charset.forName("GBK"))));
        assertEquals("GB18030", t.charset().name());
        assertEquals(TRADITIONAL, t.text());
    }

    @Test
    void readsBig5() throws IOException {
        SourceText t = reader.read(write("big5.txt", TRADITIONAL.getBytes(Charset.forName("Big5"))));
        assertTrue(t.charset().name().startsWith("Big5"), t.charset().name());
        assertEquals(TRADITIONAL, t.text());
    }

    @Test
    void readsShortBig5Line() throws IOException {
        String s = "香港文匯報訊 記者報道";
        SourceText t = reader.read(write("short.txt", s.getBytes(Charset.forName("Big5"))));
        assertEquals(s, t.text());
    }

    @Test
    void plainAsciiIsUtf8() throws IOException {
        SourceText t = reader.read(write("ascii.txt", "hello\nworld\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(StandardCharsets.UTF_8, t.charset());
        assertEquals("hello\nworld\n", t.text());
    }

    @Test
    void emptyFileIsEmptyText() throws IOException {
        SourceText t = reader.read(write("empty.txt", new byte[0]));
        assertEquals("", t.text());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", t.sha256());
    }

    @Test
    void binaryFileIsRejectedWithOffset() throws IOException {
        byte[] bytes = "abcdefghijkl\0\1\2rest".getBytes(StandardCharsets.ISO_8859_1);
        Path p = write("x.bin", bytes);
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(p));
        assertEquals(p + ": binary data (NUL bytes at offset 12), not text", e.getMessage());
        assertEquals(p, e.file());
    }

    @Test
    void controlCharactersMeanBinary() throws IOException {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        Path p = write("ctl.dat", bytes);
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(p));
        assertTrue(e.getMessage().contains("binary data"), e.getMessage());
    }

    @Test
    void undecodableBytesAreRejected() throws IOException {
        byte[] bytes = {'a', 'b', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 'c', (byte) 0xFE, (byte) 0x7F};
        Path p = write("y.txt", bytes);
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(p));
        assertEquals(p + ": not valid UTF-8, GB18030 or Big5", e.getMessage());
    }

    @Test
    void missingFileIsUnreadable() {
        Path p = dir.resolve("nope.txt");
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(p));
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
    }

    @Test
    void shaIsOfRawBytes() throws IOException {
        SourceText a = reader.read(write("1.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
        SourceText b = reader.read(write("2.txt", SIMPLIFIED.getBytes(Charset.forName("GB18030"))));
        assertEquals(a.text(), b.text());
        assertTrue(!a.sha256().equals(b.sha256()));
    }

    // One test per class of bad input (issue 11): each is read into a correct text, or refused with one
    // line that starts with the file.

    @Test
    void an_empty_file_is_read_as_empty_text_with_a_warning() throws IOException {
        Path p = write("empty.txt", new byte[0]);
        SourceText t = reader.read(p);
        assertEquals("", t.text());
        assertEquals(List.of(p + ": empty, no article"), t.warnings());
    }

    @Test
    void utf8_cut_inside_its_last_character_is_read_with_one_replacement_and_a_warning() throws IOException {
        byte[] whole = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        Path p = write("cut.txt", cut);
        SourceText t = reader.read(p);
        assertEquals(StandardCharsets.UTF_8, t.charset());
        assertEquals(SIMPLIFIED.substring(0, SIMPLIFIED.length() - 1) + "\uFFFD", t.text());
        assertEquals(1, t.warnings().size(), t.warnings().toString());
        assertTrue(t.warnings().get(0).startsWith(p + ": not valid UTF-8 at byte " + (whole.length - 3)), t.warnings().get(0));
    }

    @Test
    void one_damaged_byte_inside_utf8_keeps_every_other_character_at_its_offset() throws IOException {
        byte[] bytes = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        bytes[30] = (byte) 0xFF; // inside the eleventh character
        SourceText t = reader.read(write("damaged.txt", bytes));
        // the bad lead byte and its two orphaned continuation bytes are read as U+FFFD each
        assertEquals(SIMPLIFIED.substring(0, 10) + "\uFFFD\uFFFD\uFFFD" + SIMPLIFIED.substring(11), t.text());
        assertEquals(1, t.warnings().size());
        assertTrue(t.warnings().get(0).contains("at byte 30 (1 damaged place,"), t.warnings().get(0));
    }

    @Test
    void gb18030_text_is_not_mistaken_for_damaged_utf8() throws IOException {
        byte[] gb = (SIMPLIFIED + "\n").getBytes(Charset.forName("GB18030"));
        SourceText t = reader.read(write("gb-lines.txt", gb));
        assertEquals("GB18030", t.charset().name());
        assertTrue(t.warnings().isEmpty(), t.warnings().toString());
    }

    @Test
    void control_characters_become_spaces_of_the_same_length_and_a_warning() throws IOException {
        // few enough controls among many characters: not taken for binary data
        String text = SIMPLIFIED + "标题\u0002新闻\u0007\u001B结束\u007F，\u0085下\f页\u000B\u009F。\t\r\n";
        Path p = write("ctl.txt", text.getBytes(StandardCharsets.UTF_8));
        SourceText t = reader.read(p);
        assertEquals(SIMPLIFIED + "标题 新闻  结束 ，\n下\n页  。\t\r\n", t.text());
        assertEquals(List.of(p + ": 8 control characters replaced by a space or line break each"), t.warnings());
    }

    @Test
    void only_ascii_text_is_utf8_without_warning() throws IOException {
        SourceText t = reader.read(write("ascii-only.txt", "Plain text, no Chinese.\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(StandardCharsets.UTF_8, t.charset());
        assertTrue(t.warnings().isEmpty());
    }

    @Test
    void a_byte_order_mark_and_mixed_line_endings_are_kept_apart_from_the_mark() throws IOException {
        String body = "第一行\r\n第二行\n第三行\r第四行";
        SourceText t = reader.read(write("bom-mixed.txt", utf8WithBom(body)));
        assertEquals(body, t.text(), "line ends are left to the normalizer, which maps offsets");
        assertTrue(t.warnings().isEmpty());
    }

    @Test
    void big5_hkscs_text_is_read() throws IOException {
        String hk = "香港特區政府今日公布新一份施政報告，市民反應熱烈。";
        SourceText t = reader.read(write("hkscs.txt", hk.getBytes(Charset.forName("Big5-HKSCS"))));
        assertTrue(t.charset().name().startsWith("Big5"), t.charset().name());
        assertEquals(hk, t.text());
    }

    @Test
    void a_file_over_the_size_limit_is_refused_without_being_read_whole() throws IOException {
        Path p = dir.resolve("huge.txt");
        try (var ch = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap("大".getBytes(StandardCharsets.UTF_8)), InputLimits.MAX_FILE_BYTES);
        }
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(p));
        assertEquals(p + ": refused: over 20,971,520 bytes, the limit for one file (split it into smaller files)", e.getMessage());
    }

    @Test
    void a_line_over_the_line_limit_is_refused_with_its_number() throws IOException {
        String longLine = "很长的一行文字。".repeat(InputLimits.MAX_LINE_CHARS / 8 + 1);
        Path p = write("long-line.txt", ("标题\r\n\r\n" + longLine + "\n").getBytes(StandardCharsets.UTF_8));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(p));
        assertTrue(e.getMessage().startsWith(p + ": refused: line 3 has 200,008 characters"), e.getMessage());
    }

    @Test
    void a_folder_given_as_a_file_is_named_as_a_folder() throws IOException {
        Path p = Files.createDirectories(dir.resolve("folder.txt"));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(p));
        assertEquals(p + ": is a folder, not a file", e.getMessage());
    }

    /**
     * A read that the operating system refuses gives its reason. Tests run as root, who may read a
     * mode-000 file, so this uses a file that fails for everyone: Linux's /proc/self/mem has nothing
     * mapped at offset 0 and every read there fails with EIO. (Permission denied is tested in
     * InputFinderTest when not root, and by the command in the README's Reliability section.)
     */
    @Test
    void a_file_the_os_cannot_read_is_named_with_the_os_reason() {
        Path mem = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(mem), "needs Linux /proc");
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(mem));
        assertEquals(mem + ": cannot read (Input/output error)", e.getMessage());
    }
}
