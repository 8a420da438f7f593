package org.newskg.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the character set of a Chinese text file and decodes it. Supported: UTF-8 (with or
 * without byte order mark), UTF-16/UTF-32 with byte order mark, GB18030 (which covers GB2312 and
 * GBK) and Big5 (including the Hong Kong supplement).
 *
 * <p>Order of evidence, most reliable first: a byte order mark; a strict UTF-8 decode (random legacy
 * bytes almost never form valid UTF-8); the juniversalchardet detector's guess; and finally, because
 * GB18030 and Big5 byte ranges overlap so that both often decode without error, a plausibility score
 * (share of characters that are common in either script) that breaks the tie. Every decode is strict:
 * a charset that meets a malformed or unmappable byte is rejected rather than producing U+FFFD. The
 * one exception is UTF-8 with a few damaged bytes (see {@link DamagedUtf8}), checked before the
 * legacy charsets because those would often read it without error as mojibake.
 */
final class EncodingDetector {

    /**
     * A successful decode. {@code text} has no byte order mark; {@code damage} says what was replaced
     * when the bytes were not quite valid, and is null for a clean decode.
     */
    record Decoded(Charset charset, String text, String damage) {
        Decoded(Charset charset, String text) {
            this(charset, text, null);
        }
    }

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /** The detector's choice wins unless another candidate is clearly more plausible. */
    private static final double PLAUSIBILITY_MARGIN = 0.05;
    /** Characters looked at when scoring plausibility; enough to tell scripts apart. */
    private static final int SCORE_SAMPLE = 20_000;

    private EncodingDetector() {
    }

    /**
     * The charset named by a byte order mark at the start of {@code bytes}, with the mark's length,
     * or empty when there is none.
     */
    static Optional<Bom> bom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) return Optional.of(new Bom(UTF_32BE, 4));
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) return Optional.of(new Bom(UTF_32LE, 4));
        if (startsWith(b, 0xFE, 0xFF)) return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
        if (startsWith(b, 0xFF, 0xFE)) return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
        return Optional.empty();
    }

    /** A byte order mark: the charset it announces and how many bytes it takes. */
    record Bom(Charset charset, int length) {
    }

    /**
     * Decodes bytes that carry no byte order mark, or returns empty when none of UTF-8, GB18030 and
     * Big5 decodes them cleanly.
     */
    static Optional<Decoded> decodeWithoutBom(byte[] bytes) {
        String utf8 = decodeStrict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) return Optional.of(new Decoded(StandardCharsets.UTF_8, utf8));
        Decoded damaged = DamagedUtf8.decode(bytes);
        if (damaged != null) return Optional.of(damaged);

        Charset guess = detectorGuess(bytes);
        List<Decoded> candidates = new ArrayList<>(2);
        List<Charset> order = guess == BIG5 ? List.of(BIG5, GB18030) : List.of(GB18030, BIG5);
        for (Charset cs : order) {
            Decoded d = decodeCandidate(bytes, cs);
            if (d != null) candidates.add(d);
        }
        if (candidates.isEmpty()) return Optional.empty();
        if (candidates.size() == 1) return Optional.of(candidates.get(0));

        // Both decode: keep the detector's (or, without a guess, GB18030's) unless the other reads
        // clearly more like real Chinese text.
        Decoded first = candidates.get(0);
        Decoded second = candidates.get(1);
        double s1 = plausibility(first.text());
        double s2 = plausibility(second.text());
        boolean trustFirst = guess != null;
        double margin = trustFirst ? PLAUSIBILITY_MARGIN : 0.0;
        return Optional.of(s2 > s1 + margin ? second : first);
    }

    /** Strictly decodes bytes after an offset (a byte order mark), or null when they are malformed. */
    static String decodeStrict(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded decodeCandidate(byte[] bytes, Charset cs) {
        String text = decodeStrict(bytes, 0, cs);
        if (text != null) return new Decoded(cs, text);
        if (cs == BIG5) {
            // Hong Kong text often uses characters only in the HKSCS supplement.
            text = decodeStrict(bytes, 0, BIG5_HKSCS);
            if (text != null) return new Decoded(BIG5_HKSCS, text);
        }
        return null;
    }

    /** The detector's guess mapped onto the supported legacy charsets, or null. */
    static Charset detectorGuess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) return null;
        String n = name.toUpperCase(Locale.ROOT);
        if (n.startsWith("GB") || n.equals("HZ-GB-2312") || n.equals("EUC-CN")) return GB18030;
        if (n.startsWith("BIG5") || n.equals("EUC-TW")) return BIG5;
        return null;
    }

    /**
     * Share of a text's non-space characters that are ASCII, common punctuation, or Han characters
     * common in simplified (GB2312 level 1) or traditional (Big5 frequent) use. A wrong legacy decode
     * scatters characters over rare code points and scores much lower than the right one.
     */
    static double plausibility(String text) {
        int total = 0;
        int good = 0;
        int n = Math.min(text.length(), SCORE_SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) continue;
            total++;
            if (c < 0x7F || CommonHan.isCommon(c) || isCommonPunctuation(c)) good++;
        }
        return total == 0 ? 1.0 : (double) good / total;
    }

    private static boolean isCommonPunctuation(char c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E)
                || (c >= 0x2010 && c <= 0x2027) || c == 0x00B7;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    /** The frequent Han characters of both scripts, read from the charsets' own tables once. */
    private static final class CommonHan {
        private static final BitSet COMMON = build();

        static boolean isCommon(char c) {
            return COMMON.get(c);
        }

        private static BitSet build() {
            BitSet set = new BitSet(0x10000);
            // GB2312 level 1: the 3,755 most frequent simplified characters (rows 0xB0-0xD7).
            addRange(set, Charset.forName("GB2312"), 0xB0, 0xD7, 0xA1, 0xFE, 0xA1, 0xFE);
            // Big5 frequent characters: 5,401 traditional characters (rows 0xA4-0xC6).
            addRange(set, BIG5, 0xA4, 0xC6, 0x40, 0x7E, 0xA1, 0xFE);
            return set;
        }

        private static void addRange(BitSet set, Charset cs, int leadFrom, int leadTo,
                                     int t1From, int t1To, int t2From, int t2To) {
            for (int lead = leadFrom; lead <= leadTo; lead++) {
                for (int trail = t1From; trail <= t2To; trail++) {
                    if (trail > t1To && trail < t2From) continue;
                    String s = decodeStrict(new byte[] {(byte) lead, (byte) trail}, 0, cs);
                    if (s != null && s.length() == 1) set.set(s.charAt(0));
                }
            }
        }
    }
}
