package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        byte[] body = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        SourceText t = reader.read(write("bom.txt", bytes));
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

    @Test
    void listInputsExpandsFoldersSortedAndKeepsFiles() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("in/sub"));
        Path hidden = Files.createDirectories(dir.resolve("in/.git"));
        Files.writeString(dir.resolve("in/b.txt"), "b");
        Files.writeString(dir.resolve("in/a.md"), "a");
        Files.writeString(sub.resolve("c.txt"), "c");
        Files.writeString(dir.resolve("in/skip.json"), "{}");
        Files.writeString(hidden.resolve("h.txt"), "h");
        Path single = Files.writeString(dir.resolve("single.dat"), "s");

        List<Path> got = SourceReader.listInputs(List.of(single, dir.resolve("in"), dir.resolve("in/b.txt")));
        assertEquals(List.of(single, dir.resolve("in/a.md"), dir.resolve("in/b.txt"), sub.resolve("c.txt")), got);
    }

    @Test
    void listInputsNamesMissingPath() {
        Path missing = dir.resolve("missing");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> SourceReader.listInputs(List.of(missing)));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
