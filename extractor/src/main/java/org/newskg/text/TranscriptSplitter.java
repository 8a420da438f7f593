package org.newskg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.model.Article;
import org.newskg.text.PageLine.Kind;

/**
 * Splits a broadcast transcript in Markdown — a programme's running order for one day, such as the
 * CCTV evening news archive: {@code # 《新闻联播》 (20220924)}, a {@code ## 新闻摘要} summary, then
 * {@code ## 详细新闻} with one {@code ### headline} per news item. Each item is an article titled by
 * its heading; the summary (everything before the first item) is one article too. Items whose
 * heading announces a round-up of short news (…快讯) are split further at each short headline
 * line followed by text, one article per short news. Every article gets the programme date from
 * the top heading and the publisher named by the item's dateline (央视网消息 → 央视网).
 */
final class TranscriptSplitter {

    private static final Pattern PROGRAMME_DATE =
            Pattern.compile("[（(]\\s*((?:19|20)\\d{2})(\\d{2})(\\d{2})\\s*[)）]");
    private static final String ROUND_UP = Structure.WORDS.word("round-up");
    private static final int ITEM_LEVEL = 3;

    private TranscriptSplitter() {
    }

    /** Whether {@code text} is a transcript: a dated top heading and at least one item heading. */
    static boolean accepts(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) i++;
        int nl = text.indexOf('\n', i);
        String first = text.substring(i, nl < 0 ? n : nl).strip();
        return Structure.headingLevel(first) == 1 && PROGRAMME_DATE.matcher(first).find()
                && text.contains("\n### ");
    }

    static List<Article> split(String text) {
        List<PageLine> lines = PageLine.of(text);
        int m = lines.size();
        String date = null;
        String programme = null;
        String section = null;
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            PageLine l = lines.get(i);
            if (l.kind() != Kind.HEADING) continue;
            if (l.level() == 1 && programme == null) {
                programme = l.titleText();
                Matcher d = PROGRAMME_DATE.matcher(l.content());
                if (d.find()) date = d.group(1) + "-" + d.group(2) + "-" + d.group(3);
            } else if (l.level() == 2 && section == null && items.isEmpty()) {
                section = l.titleText();
            } else if (l.level() == ITEM_LEVEL) {
                items.add(i);
            }
        }

        List<Article> out = new ArrayList<>();
        int firstItemBegin = items.isEmpty() ? text.length() : lines.get(items.get(0)).begin();
        String preambleTitle = programme == null ? section
                : section == null ? programme : programme + " " + section;
        if (firstItemBegin > 0 || items.isEmpty()) {
            out.add(new Article(0, 0, firstItemBegin, preambleTitle, List.of(), null, date));
        }
        for (int k = 0; k < items.size(); k++) {
            int from = items.get(k);
            int to = k + 1 < items.size() ? items.get(k + 1) : m;
            int end = k + 1 < items.size() ? lines.get(to).begin() : text.length();
            PageLine heading = lines.get(from);
            String publisher = publisher(lines, from, to);
            List<Integer> subHeads = heading.titleText().contains(ROUND_UP)
                    ? roundUpHeadlines(lines, from, to) : List.of();
            if (subHeads.isEmpty()) {
                out.add(new Article(out.size(), heading.begin(), end, heading.titleText(), List.of(),
                        publisher, date));
                continue;
            }
            for (int s = 0; s < subHeads.size(); s++) {
                int begin = s == 0 ? heading.begin() : lines.get(subHeads.get(s)).begin();
                int subEnd = s + 1 < subHeads.size() ? lines.get(subHeads.get(s + 1)).begin() : end;
                out.add(new Article(out.size(), begin, subEnd, lines.get(subHeads.get(s)).content(),
                        List.of(), publisher, date));
            }
        }
        return out;
    }

    /** Short headline lines of a round-up item that are followed by text. */
    private static List<Integer> roundUpHeadlines(List<PageLine> lines, int from, int to) {
        List<Integer> heads = new ArrayList<>();
        for (int i = from + 1; i < to; i++) {
            if (lines.get(i).kind() != Kind.HEADLINE) continue;
            int j = i + 1;
            while (j < to && lines.get(j).isBlank()) j++;
            if (j < to && (lines.get(j).kind() == Kind.TEXT || lines.get(j).kind() == Kind.DATELINE)) heads.add(i);
        }
        return heads;
    }

    /** The publisher named by the first dateline of an item (央视网消息 → 央视网), or null. */
    private static String publisher(List<PageLine> lines, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            PageLine l = lines.get(i);
            if (l.kind() == Kind.DATELINE) return l.dateline().publisher();
        }
        return null;
    }
}
