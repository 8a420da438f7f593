package org.newskg.it;

import java.util.List;
import java.util.Random;

/**
 * Turns news sentences into hostile variants, the way scraped text goes wrong: characters shuffled
 * or dropped, quotation marks and brackets inserted where they do not pair, long runs of one
 * character, control characters. Deterministic for a given {@link Random}.
 */
final class SentenceMutator {
    private static final String MARKS = "“”‘’「」『』\"（）()【】《》〈〉：:；，。、！？…—";
    private static final char[] CONTROLS = {'\u0000', '\u0001', '\u0002', '\u0007', '\u0008', '\u000B', '\u000C',
        '\u001B', '\u001F', '\u007F', '\u0085', '\u009B'};

    private final Random random;

    SentenceMutator(Random random) {
        this.random = random;
    }

    /** One to four of {@code sentences}, each mutated one to three times, on one or more lines. */
    String text(List<String> sentences) {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String s = sentences.get(random.nextInt(sentences.size()));
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) s = mutate(s);
            out.append(s).append(random.nextInt(3) == 0 ? "" : "\n");
        }
        return out.toString();
    }

    String mutate(String s) {
        if (s.isEmpty()) return "新闻";
        return switch (random.nextInt(6)) {
            case 0 -> shuffle(s);
            case 1 -> insert(s, String.valueOf(MARKS.charAt(random.nextInt(MARKS.length()))));
            case 2 -> insert(s, String.valueOf(s.charAt(random.nextInt(s.length()))).repeat(20 + random.nextInt(400)));
            case 3 -> insert(s, String.valueOf(CONTROLS[random.nextInt(CONTROLS.length)]));
            case 4 -> delete(s);
            default -> insert(s, s.substring(random.nextInt(s.length())));
        };
    }

    /** A window of up to eight characters in another order. */
    private String shuffle(String s) {
        int from = random.nextInt(s.length());
        int to = Math.min(s.length(), from + 2 + random.nextInt(7));
        char[] w = s.substring(from, to).toCharArray();
        for (int i = w.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char t = w[i];
            w[i] = w[j];
            w[j] = t;
        }
        return s.substring(0, from) + new String(w) + s.substring(to);
    }

    private String insert(String s, String what) {
        int at = random.nextInt(s.length() + 1);
        return s.substring(0, at) + what + s.substring(at);
    }

    private String delete(String s) {
        int from = random.nextInt(s.length());
        return s.substring(0, from) + s.substring(Math.min(s.length(), from + 1 + random.nextInt(4)));
    }
}
