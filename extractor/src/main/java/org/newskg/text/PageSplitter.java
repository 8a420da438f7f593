package org.newskg.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newskg.model.Article;
import org.newskg.text.PageLine.Kind;

/**
 * Splits a news page (one or more articles in plain text or Markdown) into articles.
 *
 * <p>An article starts at:
 * <ul>
 *   <li>a headline block (1–4 short lines without final punctuation, or Markdown headings) followed
 *       by a byline or dateline (本报记者 张 盼; 本报北京4月28日电…);</li>
 *   <li>a headline block followed directly by a picture caption (▲…): a new story led by its
 *       photo, as on Hong Kong pages where sidebars follow the main story;</li>
 *   <li>a Markdown heading at a level the file uses for article titles (a level at which some
 *       heading is followed by a byline or dateline);</li>
 *   <li>a paragraph opening with a dateline (新华社香港4月27日电…) without headline;</li>
 *   <li>a continuation mark ((上接第二版)): the rest of an article from another page, which has no
 *       title or credits here.</li>
 * </ul>
 * Any other headline block is a section head inside the current article, except the block that
 * opens the file, which titles the first article. A headline block followed by nothing, or by a
 * single unfinished paragraph, before the next article (page extraction moves headlines away from
 * their story) titles the first untitled article that has a byline or dateline.
 *
 * <p>Articles cover the text in order without gaps: each ends where the next begins, the first
 * begins at 0. Authors and publisher come from the byline/dateline (本报 resolved to the paper the
 * text names itself, else null; a byline standing after a story also credits the untitled-credit
 * stories that follow it on the page); the date from the dateline, with the year from the text.
 */
final class PageSplitter {

    private static final int MAX_BLOCK_LINES = 4;
    private static final int MAX_BLOCK_GAP = 2;
    /** The blank lines allowed inside a headline block: more when the page parts all its paragraphs so widely. */
    private final int blockGap;

    private enum StartKind { FILE_START, HEADLINE_CREDIT, PHOTO_LEAD, HEADING, DATELINE, CONTINUATION }

    /** Where an article starts, the lines of its title, and the credit lines that open it. */
    private record Start(int line, List<Integer> titleLines, StartKind kind, List<Integer> creditLines) {
    }

    private final String text;
    private final List<PageLine> lines;
    private final int m;
    /** Whether the file marks its headlines as Markdown headings. */
    private final boolean markdown;
    private String ownPaper;
    private boolean ownPaperResolved;

    private PageSplitter(String text) {
        this.text = text;
        this.lines = PageLine.of(text);
        this.m = lines.size();
        this.markdown = lines.stream().anyMatch(l -> l.kind() == Kind.HEADING);
        this.blockGap = Math.max(MAX_BLOCK_GAP, usualGap());
    }

    /** The median run of blank lines between two non-blank lines (0 for a page without blank lines). */
    private int usualGap() {
        List<Integer> gaps = new ArrayList<>();
        int run = -1;
        for (PageLine l : lines) {
            if (l.isBlank()) {
                if (run >= 0) run++;
            } else {
                if (run >= 0) gaps.add(run);
                run = 0;
            }
        }
        if (gaps.isEmpty()) return 0;
        java.util.Collections.sort(gaps);
        return gaps.get(gaps.size() / 2);
    }

    static List<Article> split(String text) {
        return new PageSplitter(text).split();
    }

    private List<Article> split() {
        int articleLevel = articleHeadingLevel();
        List<Start> starts = new ArrayList<>();
        List<List<Integer>> sectionBlocks = new ArrayList<>();
        boolean contentSeen = false;
        int i = nextNonBlank(-1);
        while (i < m) {
            PageLine line = lines.get(i);
            if (isBlockMember(i)) {
                List<Integer> block = gatherBlock(i);
                int last = block.get(block.size() - 1);
                int x = nextNonBlank(last);
                Kind next = x < m ? lines.get(x).kind() : null;
                PageLine first = lines.get(block.get(0));
                StartKind kind = null;
                if (next == Kind.BYLINE || next == Kind.DATELINE) {
                    kind = StartKind.HEADLINE_CREDIT;
                } else if (next == Kind.CAPTION && !hasClausePunctuation(block)) {
                    kind = StartKind.PHOTO_LEAD;
                } else if (first.kind() == Kind.HEADING && first.level() <= articleLevel) {
                    kind = StartKind.HEADING;
                } else if (!contentSeen) {
                    kind = StartKind.FILE_START;
                }
                contentSeen = true;
                if (kind == null) {
                    sectionBlocks.add(block);
                    i = x;
                    continue;
                }
                List<Integer> credits = new ArrayList<>();
                while (x < m && lines.get(x).isCredit()) {
                    credits.add(x);
                    x = nextNonBlank(x);
                }
                starts.add(new Start(block.get(0), block, kind, credits));
                i = x;
                continue;
            }
            contentSeen = true;
            if (line.kind() == Kind.DATELINE) {
                starts.add(new Start(i, List.of(), StartKind.DATELINE, List.of(i)));
            } else if (line.kind() == Kind.CONTINUED_FROM) {
                starts.add(new Start(i, List.of(), StartKind.CONTINUATION, List.of()));
            }
            i = nextNonBlank(i);
        }

        if (starts.isEmpty() || hasContentBefore(starts.get(0).line())) {
            starts.add(0, new Start(0, List.of(), StartKind.FILE_START, List.of()));
        }
        return build(starts, orphanTitles(starts, sectionBlocks));
    }

    /** Heading blocks followed by nothing or one unfinished paragraph before the next article. */
    private List<List<Integer>> orphanTitles(List<Start> starts, List<List<Integer>> blocks) {
        List<List<Integer>> orphans = new ArrayList<>();
        for (List<Integer> block : blocks) {
            int last = block.get(block.size() - 1);
            int limit = m;
            for (Start s : starts) {
                if (s.line() > last) {
                    limit = s.line();
                    break;
                }
            }
            List<Integer> between = new ArrayList<>();
            for (int j = nextNonBlank(last); j < limit; j = nextNonBlank(j)) between.add(j);
            if (between.isEmpty()) {
                orphans.add(block);
            } else if (between.size() == 1) {
                PageLine l = lines.get(between.get(0));
                if ((l.kind() == Kind.TEXT || l.kind() == Kind.HEADLINE)
                        && !TextChars.endsSentence(l.content(), 0, l.content().length())) {
                    orphans.add(block);
                }
            }
        }
        return orphans;
    }

    private List<Article> build(List<Start> starts, List<List<Integer>> orphans) {
        int count = starts.size();
        String[] titles = titles(starts, orphans);
        List<Article> articles = new ArrayList<>(count);
        Credits prev = Credits.NONE;
        for (int k = 0; k < count; k++) {
            Start s = starts.get(k);
            int begin = k == 0 ? 0 : lines.get(s.line()).begin();
            int endLine = k + 1 < count ? starts.get(k + 1).line() : m;
            int end = k + 1 < count ? lines.get(endLine).begin() : text.length();
            Credits credits = s.kind() == StartKind.CONTINUATION ? Credits.NONE
                    : credits(s, endLine, begin, end, k > 0 ? prev : Credits.NONE);
            articles.add(new Article(k, begin, end, titles[k], credits.authors(), credits.publisher(), credits.date(),
                    null, credits.place()));
            prev = credits;
        }
        return articles;
    }

    /** Each article's title: its own headline block, else a displaced headline. */
    private String[] titles(List<Start> starts, List<List<Integer>> orphans) {
        int count = starts.size();
        String[] titles = new String[count];
        for (int k = 0; k < count; k++) {
            Start s = starts.get(k);
            titles[k] = s.titleLines().isEmpty() ? null : title(s.titleLines());
        }
        // displaced headlines go to the first untitled article that opens with credits
        for (List<Integer> orphan : orphans) {
            for (int k = 0; k < count; k++) {
                Start s = starts.get(k);
                if (titles[k] == null && s.kind() != StartKind.CONTINUATION && !s.creditLines().isEmpty()) {
                    titles[k] = title(orphan);
                    break;
                }
            }
        }
        return titles;
    }

    /** Who wrote an article, for which paper, and when, as its credit lines say. */
    private record Credits(List<String> authors, String publisher, String date, String place, boolean fromByline) {
        static final Credits NONE = new Credits(List.of(), null, null, null, false);
    }

    /**
     * The credits of the article starting at {@code s}; an article without credit lines takes those of
     * the previous article when they came from a byline (a byline standing after a story credits the
     * untitled-credit stories that follow it).
     */
    private Credits credits(Start s, int endLine, int begin, int end, Credits prev) {
        List<Integer> creditLines = creditLines(s, endLine);
        Set<String> names = new LinkedHashSet<>();
        String publisher = null;
        String date = null;
        String place = null;
        boolean fromByline = false;
        for (int j : creditLines) {
            PageLine c = lines.get(j);
            if (c.kind() == Kind.BYLINE) {
                fromByline = true;
                names.addAll(c.byline().names());
                if (publisher == null) publisher = c.byline().publisher();
            } else {
                Datelines.Dateline d = c.dateline();
                names.addAll(d.names());
                if (publisher == null) publisher = d.publisher();
                if (date == null && d.month() != null) date = date(d, begin, end);
                if (place == null) place = d.place();
            }
        }
        publisher = resolvePublisher(publisher);
        if (creditLines.isEmpty() && prev.fromByline()) return new Credits(prev.authors(), prev.publisher(), date, null, true);
        return new Credits(List.copyOf(names), publisher, date, place, fromByline);
    }

    /** The credit lines opening an article, else a byline standing elsewhere in the story (Hong Kong pages put it after the text). */
    private List<Integer> creditLines(Start s, int endLine) {
        if (!s.creditLines().isEmpty()) return s.creditLines();
        for (int j = s.line(); j < endLine; j++) {
            if (lines.get(j).kind() == Kind.BYLINE) return List.of(j);
        }
        return List.of();
    }

    private String date(Datelines.Dateline d, int begin, int end) {
        Integer year = d.year();
        if (year == null) {
            year = YearResolver.resolve(d.month(), d.day(), text.substring(begin, end), text);
        }
        if (year == null) return null;
        return String.format("%04d-%02d-%02d", year, d.month(), d.day());
    }

    private String resolvePublisher(String publisher) {
        if (Publishers.OWN_MAGAZINE.equals(publisher)) return null;
        if (!Publishers.OWN_PAPER.equals(publisher)) return publisher;
        if (!ownPaperResolved) {
            ownPaper = Publishers.ownPaper(text);
            ownPaperResolved = true;
        }
        return ownPaper;
    }

    /** Whether a block holds a comma: then it is more likely a sentence fragment than a headline. */
    private boolean hasClausePunctuation(List<Integer> block) {
        for (int j : block) {
            if (lines.get(j).content().indexOf('，') >= 0) return true;
        }
        return false;
    }

    /** Title lines joined; a dash at the joint needs no space (主标题——副标题). */
    private String title(List<Integer> block) {
        StringBuilder sb = new StringBuilder();
        for (int j : block) {
            String t = lines.get(j).titleText();
            if (t.isEmpty()) continue;
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '—' && t.charAt(0) != '—') sb.append(' ');
            sb.append(t);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /**
     * The deepest Markdown heading level at which some heading block is followed by a byline or
     * dateline; headings down to that level start articles. 0 when there is none.
     */
    private int articleHeadingLevel() {
        int level = 0;
        for (int i = 0; i < m; i++) {
            PageLine l = lines.get(i);
            if (l.kind() != Kind.HEADING) continue;
            int prev = previousNonBlank(i);
            if (prev >= 0 && lines.get(prev).kind() == Kind.HEADING) continue;
            int j = i;
            int x = nextNonBlank(j);
            while (x < m && lines.get(x).kind() == Kind.HEADING) {
                j = x;
                x = nextNonBlank(j);
            }
            if (x < m && lines.get(x).isCredit()) level = Math.max(level, l.level());
        }
        return level;
    }

    /**
     * Whether line {@code i} can be part of a headline block. In a Markdown file only headings are
     * headlines; elsewhere short lines without final punctuation are, and so is a longer such line
     * standing right before a byline or dateline.
     */
    private boolean isBlockMember(int i) {
        PageLine l = lines.get(i);
        if (l.kind() == Kind.HEADING) return true;
        if (markdown) return false;
        if (l.kind() == Kind.HEADLINE) return true;
        if (l.kind() == Kind.TEXT && PageLine.isHeadlineShaped(l.content(), PageLine.MAX_HEADLINE_BEFORE_CREDIT)) {
            int x = nextNonBlank(i);
            return x < m && lines.get(x).isCredit();
        }
        return false;
    }

    private List<Integer> gatherBlock(int i) {
        List<Integer> block = new ArrayList<>();
        block.add(i);
        int j = nextNonBlank(i);
        while (j < m && block.size() < MAX_BLOCK_LINES && j - block.get(block.size() - 1) - 1 <= blockGap
                && isBlockMember(j) && continuesBlock(lines.get(i), lines.get(j))) {
            block.add(j);
            j = nextNonBlank(j);
        }
        return block;
    }

    /**
     * A block is all headings or all plain lines; a heading continues a block only as a deeper
     * heading (# title, ## ——subtitle), so that the next article's heading starts a new block.
     */
    private static boolean continuesBlock(PageLine first, PageLine next) {
        if (first.kind() == Kind.HEADING) return next.kind() == Kind.HEADING && next.level() > first.level();
        return next.kind() != Kind.HEADING;
    }

    private boolean hasContentBefore(int line) {
        for (int j = 0; j < line; j++) {
            if (!lines.get(j).isBlank()) return true;
        }
        return false;
    }

    private int nextNonBlank(int i) {
        int j = i + 1;
        while (j < m && lines.get(j).isBlank()) j++;
        return j;
    }

    private int previousNonBlank(int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).isBlank()) j--;
        return j;
    }
}
