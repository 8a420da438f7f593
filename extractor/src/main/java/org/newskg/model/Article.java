package org.newskg.model;

import java.util.List;

/**
 * One article of a source file, as the splitter found it. Offsets are into the analysis text of
 * the whole file, end exclusive. {@code title}, {@code publisher} and {@code date} (ISO 8601:
 * yyyy-MM-dd, or yyyy-MM / yyyy when that is all the text says) are null when the text does not
 * state them; {@code authors} are the journalists named in the byline or dateline.
 */
public record Article(int index, int begin, int end, String title, List<String> authors,
                      String publisher, String date) {
    public Article {
        authors = List.copyOf(authors);
    }
}
