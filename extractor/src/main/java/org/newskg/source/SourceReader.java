package org.newskg.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads input files into {@link SourceText}: raw bytes, their SHA-256, the detected charset and the
 * decoded text. Chinese news arrives as UTF-8, GB18030/GBK or Big5 without any declaration, so the
 * charset is inferred (see {@link EncodingDetector}); a file that is not text, or that no supported
 * charset decodes cleanly, is rejected with a message naming the file and the problem rather than
 * being turned into mojibake that would poison every later stage.
 */
public final class SourceReader {

    /** Share of control bytes (other than tab, line breaks, form feed, escape) above which a file is binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** File name endings picked up when a folder is given. */
    private static final List<String> TEXT_SUFFIXES = List.of(".txt", ".md");

    /**
     * Reads and decodes one file.
     *
     * @throws UnreadableSourceException when the file cannot be read, holds binary data, or is not
     *                                   valid UTF-8, UTF-16/32 (with byte order mark), GB18030 or Big5
     */
    public SourceText read(Path file) throws UnreadableSourceException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableSourceException(file, "no such file", e);
        } catch (IOException e) {
            throw new UnreadableSourceException(file, "cannot read (" + e.getMessage() + ")", e);
        }
        String sha = sha256(bytes);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();

        if (bytes.length == 0) {
            return new SourceText(file, fileName, sha, StandardCharsets.UTF_8, "");
        }

        Optional<EncodingDetector.Bom> bom = EncodingDetector.bom(bytes);
        if (bom.isPresent()) {
            EncodingDetector.Bom b = bom.get();
            String text = EncodingDetector.decodeStrict(bytes, b.length(), b.charset());
            if (text == null) {
                throw new UnreadableSourceException(file, "starts with a " + b.charset().name()
                        + " byte order mark but is not valid " + b.charset().name());
            }
            checkDecodedText(file, text);
            return new SourceText(file, fileName, sha, b.charset(), text);
        }

        checkNotBinary(file, bytes);
        EncodingDetector.Decoded decoded = EncodingDetector.decodeWithoutBom(bytes)
                .orElseThrow(() -> new UnreadableSourceException(file,
                        "not valid UTF-8, GB18030 or Big5"));
        return new SourceText(file, fileName, sha, decoded.charset(), decoded.text());
    }

    /**
     * Expands command-line inputs into the files to read: a file is taken as given (whatever its
     * name), a folder is searched recursively for {@code *.txt} and {@code *.md} files (hidden files
     * and folders skipped), sorted by path so that runs are deterministic. Inputs keep their order;
     * a file reached twice is listed once.
     *
     * @throws NoSuchFileException naming the input when it does not exist
     * @throws IOException         when a folder cannot be listed
     */
    public static List<Path> listInputs(List<Path> inputs) throws IOException {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString(), null, "input does not exist");
            }
            if (Files.isDirectory(input)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(input)) {
                    found = walk.filter(p -> Files.isRegularFile(p) && isTextFile(p) && !isHidden(input, p))
                            .sorted()
                            .toList();
                }
                for (Path p : found) {
                    if (seen.add(p.toAbsolutePath().normalize())) out.add(p);
                }
            } else if (seen.add(input.toAbsolutePath().normalize())) {
                out.add(input);
            }
        }
        return out;
    }

    private static boolean isTextFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return TEXT_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** True when the file or a folder between {@code root} and it starts with a dot. */
    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
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
