package org.newskg.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads input files into {@link SourceText}: raw bytes, their SHA-256, the detected charset and the
 * decoded text. Chinese news arrives as UTF-8, GB18030/GBK or Big5 without any declaration, so the
 * charset is inferred (see {@link EncodingDetector}); a file that is not text, that no supported
 * charset decodes, or that is over the {@link InputLimits}, is rejected with a message naming the file
 * and the problem rather than being turned into mojibake that would poison every later stage.
 *
 * <p>What is read but worth a word is a warning on the {@link SourceText}: an empty file, UTF-8 with a
 * few damaged bytes (read with U+FFFD, see {@link DamagedUtf8}), control characters (replaced one for
 * one, see {@link ControlCharacters}).
 */
public final class SourceReader {

    /** Share of control bytes (other than tab, line breaks, form feed, escape) above which a file is binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    /**
     * Reads and decodes one file.
     *
     * @throws UnreadableSourceException when the file cannot be read, is over the limits, holds binary
     *                                   data, or is not valid UTF-8, UTF-16/32 (with byte order mark),
     *                                   GB18030 or Big5
     */
    public SourceText read(Path file) throws UnreadableSourceException {
        byte[] bytes = readBytes(file);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String> warnings = new ArrayList<>();
        EncodingDetector.Decoded decoded = decode(file, bytes);
        if (decoded.damage() != null) warnings.add(file + ": " + decoded.damage());
        String text = decoded.text();
        int controls = ControlCharacters.count(text);
        if (controls > 0) {
            text = ControlCharacters.replace(text);
            warnings.add(file + ": " + controls + " control character" + (controls == 1 ? "" : "s")
                    + " replaced by a space or line break each");
        }
        InputLimits.checkLines(file, text);
        if (text.isBlank()) warnings.add(file + ": empty, no article");
        return new SourceText(file, fileName, sha256(bytes), decoded.charset(), text, warnings);
    }

    /** The file's bytes, at most the size limit of them (a file may grow while it is read). */
    private static byte[] readBytes(Path file) throws UnreadableSourceException {
        try {
            if (Files.isDirectory(file)) throw new UnreadableSourceException(file, "is a folder, not a file");
            if (Files.isRegularFile(file)) InputLimits.checkSize(file, Files.size(file));
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(InputLimits.MAX_FILE_BYTES + 1);
                InputLimits.checkSize(file, bytes.length);
                return bytes;
            }
        } catch (UnreadableSourceException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableSourceException(file, "cannot read (" + IoReasons.of(e) + ")", e);
        }
    }

    private static EncodingDetector.Decoded decode(Path file, byte[] bytes) throws UnreadableSourceException {
        if (bytes.length == 0) return new EncodingDetector.Decoded(StandardCharsets.UTF_8, "");
        Optional<EncodingDetector.Bom> bom = EncodingDetector.bom(bytes);
        if (bom.isPresent()) {
            EncodingDetector.Bom b = bom.get();
            String text = EncodingDetector.decodeStrict(bytes, b.length(), b.charset());
            if (text == null) {
                throw new UnreadableSourceException(file, "starts with a " + b.charset().name()
                        + " byte order mark but is not valid " + b.charset().name());
            }
            checkDecodedText(file, text);
            return new EncodingDetector.Decoded(b.charset(), text);
        }
        checkNotBinary(file, bytes);
        return EncodingDetector.decodeWithoutBom(bytes)
                .orElseThrow(() -> new UnreadableSourceException(file,
                        "not valid UTF-8, GB18030 or Big5"));
    }

    /** Rejects bytes with NUL bytes or many control bytes: such files are not plain text. */
    private static void checkNotBinary(Path file, byte[] bytes) throws UnreadableSourceException {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new UnreadableSourceException(file,
                        "binary data (NUL bytes at offset " + i + "), not text");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) controls++;
        }
        if (controls > MAX_CONTROL_SHARE * bytes.length) {
            throw new UnreadableSourceException(file, String.format(Locale.ROOT,
                    "binary data (%d control bytes in %d), not text", controls, bytes.length));
        }
    }

    /** The same test on text decoded from a byte order mark charset, where NUL bytes are legitimate. */
    private static void checkDecodedText(Path file, String text) throws UnreadableSourceException {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new UnreadableSourceException(file,
                        "binary data (NUL characters at character " + i + "), not text");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) controls++;
        }
        if (controls > MAX_CONTROL_SHARE * text.length()) {
            throw new UnreadableSourceException(file, "binary data (" + controls
                    + " control characters), not text");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
