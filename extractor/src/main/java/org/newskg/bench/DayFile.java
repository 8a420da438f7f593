package org.newskg.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.newskg.lexicon.LexiconTable;

/**
 * Writes one day of a broadcast transcript in the shape of the CCTV archive's day files: the dated
 * top heading, the running order (one numbered line per item), then each item under its
 * {@code ###} headline. The transcript splitter reads it as the running order plus one article
 * per item (more for a round-up item).
 */
final class DayFile {
    static final LexiconTable FRAME = LexiconTable.of("bench-transcript-frame.txt");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private DayFile() {
    }

    /** The file name of the day: {@code 20100101.md}. */
    static String fileName(LocalDate date) {
        return DAY.format(date) + ".md";
    }

    static String text(LocalDate date, List<TranscriptItems.Item> items) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(FRAME.word("title")).append(" (").append(DAY.format(date)).append(")\n\n");
        out.append("## ").append(FRAME.word("summary")).append("\n\n").append(FRAME.word("intro")).append("\n\n");
        for (int i = 0; i < items.size(); i++) out.append(i + 1).append('.').append(items.get(i).heading()).append("\n\n");
        out.append("## ").append(FRAME.word("details")).append("\n\n");
        for (TranscriptItems.Item item : items) {
            out.append("### ").append(item.heading()).append("\n\n").append(item.body()).append("\n\n");
        }
        return out.toString();
    }
}
