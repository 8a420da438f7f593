package org.newskg.text;

/**
 * Unifies line ends and space characters: {@code \r\n} and lone {@code \r} become {@code \n} (the
 * {@code \r} of a pair is dropped), a form feed becomes a line break, full-width, no-break and other
 * typographic spaces and tabs become an ASCII space, and invisible characters (zero-width spaces
 * and joiners, stray byte order marks) are dropped. Later steps then only deal with {@code ' '} and
 * {@code '\n'}.
 */
final class WhitespaceNormalizer {
    private WhitespaceNormalizer() {
    }

    static MappedText normalize(MappedText in) {
        String s = in.text;
        int n = s.length();
        int first = -1;
        for (int i = 0; i < n; i++) {
            if (action(s.charAt(i)) != KEEP) {
                first = i;
                break;
            }
        }
        if (first < 0) return in;
        MappedText.Builder out = new MappedText.Builder(n);
        out.appendRange(in, 0, first);
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            switch (action(c)) {
                case KEEP -> out.append(c, in.origin[i]);
                case SPACE -> out.append(' ', in.origin[i]);
                case DROP -> { }
                case CR -> {
                    if (i + 1 < n && s.charAt(i + 1) == '\n') break; // the \n that follows stays
                    out.append('\n', in.origin[i]);
                }
                case BREAK -> out.append('\n', in.origin[i]);
                default -> throw new AssertionError();
            }
        }
        return out.build(in.origin[n]);
    }

    private static final int KEEP = 0;
    private static final int SPACE = 1;
    private static final int DROP = 2;
    private static final int CR = 3;
    private static final int BREAK = 4;

    private static int action(char c) {
        if (c > ' ' && c < 0x80) return KEEP;
        switch (c) {
            case ' ', '\n': return KEEP;
            case '\r': return CR;
            case '\f', '\u2028', '\u2029', '\u0085': return BREAK;
            case '\t', '\u000B', '\u00A0', '\u3000', '\u202F', '\u205F', '\u1680': return SPACE;
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD': return DROP;
            default:
                if (c >= '\u2000' && c <= '\u200A') return SPACE;
                return KEEP;
        }
    }
}
