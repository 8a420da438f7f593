package org.newskg.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads UTF-8 with a few damaged bytes (a file cut in the middle of a character, one byte changed
 * in transit), each malformed sequence replaced by U+FFFD. Losing one character is better than losing
 * the file: the replacement character marks the place in every literal that spans it, and the reader
 * warns, naming the file and the first damaged byte.
 *
 * <p>Bytes count as damaged UTF-8 when there is at most one damaged place (malformed sequences next to
 * each other: one bad lead byte leaves its continuation bytes malformed too), plus one for every
 * {@value #VALID_PER_DAMAGE} well-formed multi-byte characters. Text in a legacy Chinese charset read
 * as UTF-8 is malformed almost everywhere, so it stays far from this bound and goes on to be decoded
 * as GB18030 or Big5.
 */
final class DamagedUtf8 {
    private static final int VALID_PER_DAMAGE = 50;

    private DamagedUtf8() {
    }

    /** The bytes decoded with replacements, or null when they are too damaged to be UTF-8. */
    static EncodingDetector.Decoded decode(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // one char per byte is enough: a four-byte sequence gives two, a malformed one at least one byte for one
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int mostValid = bytes.length / 2; // a multi-byte character takes two bytes at least
        int damaged = 0; // places: malformed sequences that follow each other are one damaged place
        int firstDamage = -1;
        int lastDamageEnd = -1;
        CoderResult r;
        while ((r = dec.decode(in, out, true)).isError()) {
            if (firstDamage < 0) firstDamage = in.position();
            if (in.position() != lastDamageEnd && ++damaged > 1 + mostValid / VALID_PER_DAMAGE) return null;
            out.put('\uFFFD');
            in.position(in.position() + r.length());
            lastDamageEnd = in.position();
        }
        if (r.isOverflow()) throw new IllegalStateException("UTF-8 decoded into more chars than bytes");
        dec.flush(out);
        if (damaged > 1 + multiByteChars(out) / VALID_PER_DAMAGE) return null;
        out.flip();
        return new EncodingDetector.Decoded(StandardCharsets.UTF_8, out.toString(), String.format(Locale.ROOT,
                "not valid UTF-8 at byte %d (%d damaged place%s, each malformed byte sequence read as U+FFFD)",
                firstDamage, damaged, damaged == 1 ? "" : "s"));
    }

    /** Characters decoded so far that took more than one byte (non-ASCII), replacements excluded. */
    private static int multiByteChars(CharBuffer out) {
        int n = 0;
        for (int i = 0; i < out.position(); i++) {
            char c = out.get(i);
            if (c >= 0x80 && c != '\uFFFD' && !Character.isLowSurrogate(c)) n++;
        }
        return n;
    }
}
