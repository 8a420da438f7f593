package org.newskg.text;

import java.util.List;
import java.util.regex.Pattern;

import org.newskg.lexicon.LexiconTable;

/**
 * Recognises the structural lines of a news page that are not running text: Markdown headings,
 * picture captions (▲◆■…, 图为…, （图一）…), continuation marks ((上接第二版), (下转第四版)), list items,
 * and — through {@link Bylines} and {@link Datelines} — credits and datelines. Layout repair must not
 * glue such lines to their neighbours, and the splitter reads article boundaries from them.
 */
final class Structure {

    static final LexiconTable WORDS = LexiconTable.of("page-layout-words.txt");
    private static final Pattern CONTINUED_FROM = continuation("continued-from");
    private static final Pattern CONTINUES_ON = continuation("continues-on");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*+]\\s|\\d{1,3}[.、．]|[（(]\\d{1,3}[）)]|["
            + LexiconTable.of("numeral-chars.txt").chars("list-number") + "]{1,3}、).*");
    private static final Pattern PICTURE_NUMBER = Pattern.compile("[（(]" + WORDS.word("picture-mark") + "[\\p{IsHan}\\d]{0,3}[）)]");
    private static final List<String> CAPTION_STARTS = WORDS.row("caption-starts");
    private static final String CAPTION_MARKS = "▲◆■●▼★□△◇▶►◎※☆○";

    private Structure() {
    }

    /** Markdown heading level (1–6) of a trimmed line, 0 when it is not a heading. */
    static int headingLevel(CharSequence line) {
        int k = 0;
        while (k < line.length() && line.charAt(k) == '#') k++;
        if (k == 0 || k > 6 || k == line.length()) return 0;
        char c = line.charAt(k);
        return c == ' ' ? k : 0;
    }

    /** The heading's text without the '#' marks (and without closing '#'s). */
    static String headingText(String line) {
        int level = headingLevel(line);
        if (level == 0) return line.strip();
        String t = line.substring(level).strip();
        int e = t.length();
        while (e > 0 && t.charAt(e - 1) == '#') e--;
        return t.substring(0, e).strip();
    }

    /** A picture caption: starts with a caption mark, 图为, or a picture number (图一)/(图1). */
    static boolean isCaption(String line) {
        if (line.isEmpty()) return false;
        if (CAPTION_MARKS.indexOf(line.charAt(0)) >= 0) return true;
        for (String start : CAPTION_STARTS) if (line.startsWith(start)) return true;
        return PICTURE_NUMBER.matcher(line).lookingAt();
    }

    /** (上接第二版): what follows continues an article from another page. */
    static boolean isContinuedFrom(String line) {
        return CONTINUED_FROM.matcher(line).matches();
    }

    /** (下转第四版): the article continues on another page. */
    static boolean isContinuesOn(String line) {
        return CONTINUES_ON.matcher(line).matches();
    }

    static boolean isListItem(String line) {
        return LIST_ITEM.matcher(line).matches();
    }

    /** A line that is never running text and so never joined to the next: heading, credit, mark. */
    static boolean isStructural(String line) {
        return headingLevel(line) > 0 || isContinuedFrom(line) || isContinuesOn(line)
                || Bylines.isPhotoCredit(line) || Bylines.parse(line).isPresent();
    }

    /** A line that opens a block of its own and so is never joined to the line before it. */
    static boolean startsBlock(String line) {
        return isStructural(line) || isCaption(line) || isListItem(line)
                || Datelines.parse(line).isPresent();
    }

    /** A continuation note in parentheses: its words, an optional ordinal, a page number and the page mark. */
    private static Pattern continuation(String key) {
        return Pattern.compile("[（(](?:" + WORDS.alternation(key) + ")(?:"
                + WORDS.word("ordinal-mark") + ")?[\\p{IsHan}\\d]{1,4}" + WORDS.word("page-mark") + "[）)]");
    }
}
