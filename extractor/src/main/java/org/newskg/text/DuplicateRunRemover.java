package org.newskg.text;

/**
 * Repairs lines that a PDF extraction printed twice run by run, such as
 * {@code 携携手迈进更加美好的手迈进更加美好的““数字未来数字未来””}: the line is a sequence of chunks
 * each immediately repeated ({@code 携|携 手迈进更加美好的|手迈进更加美好的 “|“ 数字未来|数字未来
 * ”|”}), which happens when bold or shadowed title text is drawn twice. Such a line keeps one copy of
 * each chunk. Spaces may stand between chunks undoubled.
 *
 * <p>Only whole lines that decompose completely are touched, and only when they have at least
 * {@value #MIN_CHARS} non-space characters: every character must then occur an even number of
 * times, which almost no real sentence satisfies, and the full decomposition is checked by dynamic
 * programming (fewest chunks wins) before anything changes.
 */
final class DuplicateRunRemover {
    static final int MIN_CHARS = 8;
    /** Longer lines are not titles or captions; skipping them bounds the cubic worst case. */
    private static final int MAX_LINE = 600;

    private DuplicateRunRemover() {
    }

    static MappedText remove(MappedText in) {
        String s = in.text;
        int n = s.length();
        MappedText.Builder out = null;
        int[] counts = new int[0x10000];
        int copied = 0;
        int start = 0;
        while (start < n) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            if (end - start >= MIN_CHARS && end - start <= MAX_LINE) {
                boolean[] keep = doubledChunks(s, start, end, counts);
                if (keep != null) {
                    if (out == null) out = new MappedText.Builder(n);
                    out.appendRange(in, copied, start);
                    for (int i = start; i < end; i++) {
                        if (keep[i - start]) out.append(s.charAt(i), in.origin[i]);
                    }
                    copied = end;
                }
            }
            start = end + 1;
        }
        if (out == null) return in;
        out.appendRange(in, copied, n);
        return out.build(in.origin[n]);
    }

    /**
     * For a line {@code s[begin..end)} made entirely of doubled chunks (and single spaces), which
     * characters to keep; null when the line is not of that form.
     */
    static boolean[] doubledChunks(String s, int begin, int end) {
        return doubledChunks(s, begin, end, new int[0x10000]);
    }

    /** As above; {@code counts} is an all-zero scratch array of 65,536 entries, left all zero. */
    private static boolean[] doubledChunks(String s, int begin, int end, int[] counts) {
        int n = end - begin;
        // cheap filter: every non-space character must occur an even number of times
        int nonSpace = 0;
        int odd = 0;
        for (int i = begin; i < end; i++) {
            char c = s.charAt(i);
            if (c == ' ') continue;
            nonSpace++;
            odd += (counts[c] ^= 1) == 1 ? 1 : -1;
        }
        for (int i = begin; i < end; i++) counts[s.charAt(i)] = 0;
        if (nonSpace < MIN_CHARS || odd != 0) return null;
        // best[i]: fewest chunks covering s[begin..begin+i); step[i]: length of the last chunk's
        // single copy (0 for an undoubled space)
        int[] best = new int[n + 1];
        int[] step = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) continue;
            if (s.charAt(begin + i) == ' ' && best[i] < best[i + 1]) {
                best[i + 1] = best[i];
                step[i + 1] = 0;
            }
            for (int k = 1; i + 2 * k <= n; k++) {
                if (best[i] + 1 < best[i + 2 * k] && s.regionMatches(begin + i, s, begin + i + k, k)) {
                    best[i + 2 * k] = best[i] + 1;
                    step[i + 2 * k] = k;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) return null;
        boolean[] keep = new boolean[n];
        int i = n;
        while (i > 0) {
            int k = step[i];
            if (k == 0) {
                keep[i - 1] = true;
                i -= 1;
            } else {
                for (int j = i - 2 * k; j < i - k; j++) keep[j] = true;
                i -= 2 * k;
            }
        }
        return keep;
    }
}
