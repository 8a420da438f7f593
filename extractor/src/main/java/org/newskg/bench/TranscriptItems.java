package org.newskg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.source.InputFinder;

/**
 * The news items of a folder of broadcast-transcript day files, in file order: each {@code ### }
 * heading with the lines under it, up to the next heading or the {@code ---} that closes a day. The
 * running order before the first item and the closing stamp are left out (the scaler writes its
 * own); files without an item heading (single articles) are skipped.
 */
public final class TranscriptItems {
    private static final String ITEM = "### ";
    private static final String DAY_END = "---";

    /** One item: its headline (without {@code ###}) and the text under it, trailing blank lines removed. */
    public record Item(String heading, String body) {
        /** Headline and body as one text, the headline on the first line: names are replaced in both at once. */
        public String text() {
            return heading + "\n" + body;
        }

        static Item of(String text) {
            int nl = text.indexOf('\n');
            return nl < 0 ? new Item(text, "") : new Item(text.substring(0, nl), text.substring(nl + 1));
        }
    }

    /** The items of a corpus and how many items each of its day files held (the scaled days follow that spread). */
    public record Source(List<Item> items, List<Integer> itemsPerDay) {
        public Source {
            if (items.isEmpty()) throw new IllegalArgumentException("no transcript items (### headings) in the corpus");
            items = List.copyOf(items);
            itemsPerDay = List.copyOf(itemsPerDay);
        }
    }

    private TranscriptItems() {
    }

    /** Reads the day files under {@code corpus} (folders searched as extract searches them), in path order. */
    public static Source read(Path corpus) throws IOException {
        List<Item> items = new ArrayList<>();
        List<Integer> perDay = new ArrayList<>();
        for (Path file : InputFinder.find(List.of(corpus)).files().stream().sorted().toList()) {
            List<Item> day = itemsOf(Files.readString(file, StandardCharsets.UTF_8));
            if (day.isEmpty()) continue;
            items.addAll(day);
            perDay.add(day.size());
        }
        return new Source(items, perDay);
    }

    static List<Item> itemsOf(String text) {
        List<Item> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.replace("\r", "").split("\n", -1)) {
            if (line.startsWith(ITEM)) {
                add(out, current);
                current = new StringBuilder(line.substring(ITEM.length()).strip());
            } else if (current != null && line.strip().equals(DAY_END)) {
                add(out, current);
                current = null;
            } else if (current != null) {
                current.append('\n').append(line);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<Item> out, StringBuilder item) {
        if (item == null) return;
        Item parsed = Item.of(item.toString().stripTrailing());
        if (!parsed.heading().isEmpty() && !parsed.body().isBlank()) out.add(new Item(parsed.heading(), parsed.body().strip()));
    }
}
