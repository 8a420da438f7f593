package org.newskg.model;

import java.util.List;

/**
 * One article of a source file, as the splitter found it. Offsets are into the analysis text of
 * the whole file, end exclusive. {@code title}, {@code publisher} and {@code date} (ISO 8601:
 * yyyy-MM-dd, or yyyy-MM / yyyy when that is all the text says) are null when the text does not
 * state them; {@code authors} are the journalists named in the byline or dateline.
 *
 * <p>{@code pageDate} is not stated by the article: it is the date of the page it is printed on,
 * inferred from the other articles of the same file (yyyy-MM-dd), or for a file that states no
 * date from the corpus's dated reports of the events it names (yyyy-MM or yyyy); null when
 * unknown. It only serves to resolve partial dates ({@code 6日}) in an article without a date of
 * its own, and is never published as the article's date.
 *
 * <p>{@code datelinePlace} is the place its dateline says the article was filed from (新华社香港
 * 4月27日电 → 香港), as the splitter read it; null when the article has no dateline or it names no place.
 */
public record Article(int index, int begin, int end, String title, List<String> authors,
                      String publisher, String date, String pageDate, String datelinePlace) {
    public Article {
        authors = List.copyOf(authors);
    }

    /** An article as the splitter finds it, before any page date is known. */
    public Article(int index, int begin, int end, String title, List<String> authors, String publisher, String date) {
        this(index, begin, end, title, authors, publisher, date, null, null);
    }

    /** This article with {@code pageDate} as the date of its page. */
    public Article withPageDate(String pageDate) {
        return new Article(index, begin, end, title, authors, publisher, date, pageDate, datelinePlace);
    }

    /** The date partial dates of the text are read against: the article's own, else its page's. */
    public String referenceDate() {
        return date != null ? date : pageDate;
    }
}
