package org.newskg.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Removes HTML markup and Markdown link targets that web-scraped news carries (e.g.
 * {@code <p><strong>央视网消息</strong>…</p>}, {@code [查看原文](https://…)}): tags, entities and
 * URLs are not text and would confuse segmentation and recognition. Block tags ({@code p}, {@code
 * br}, {@code div}, headings, list items…) become a line break each, so paragraphs stay apart;
 * inline tags disappear; entities become the character they stand for. Every output character
 * maps to the first character of the markup it replaces.
 *
 * <p>HTML handling is switched on only when the text holds several known HTML tags, so that a
 * stray {@code <} or {@code &} in plain text is never touched. Only known tag names are removed.
 */
final class MarkupStripper {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "br", "div", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "table", "tr", "section", "article", "blockquote", "hr",
            "center", "dl", "dt", "dd", "pre", "figure", "figcaption");
    private static final Set<String> INLINE_TAGS = Set.of("span", "strong", "b", "i", "em", "u",
            "font", "a", "img", "sup", "sub", "small", "big", "td", "th", "tbody", "thead", "s",
            "strike", "mark", "label", "abbr", "cite", "code", "wbr");
    private static final Map<String, Character> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", ' '), Map.entry("ensp", ' '), Map.entry("emsp", ' '),
            Map.entry("thinsp", ' '), Map.entry("amp", '&'), Map.entry("lt", '<'),
            Map.entry("gt", '>'), Map.entry("quot", '"'), Map.entry("apos", '\''),
            Map.entry("middot", '·'), Map.entry("ldquo", '“'), Map.entry("rdquo", '”'),
            Map.entry("lsquo", '‘'), Map.entry("rsquo", '’'), Map.entry("hellip", '…'),
            Map.entry("mdash", '—'), Map.entry("ndash", '–'));
    /** Tags needed before the text is treated as HTML. */
    private static final int MIN_TAGS = 2;
    private static final int MAX_TAG_LENGTH = 500;
    private static final int MAX_LINK_TEXT = 200;

    private MarkupStripper() {
    }

    /** Whether {@code s} holds HTML markup worth removing. */
    static boolean hasHtml(String s) {
        int found = 0;
        int i = s.indexOf('<');
        while (i >= 0) {
            if (tagEnd(s, i) > 0 && ++found >= MIN_TAGS) return true;
            i = s.indexOf('<', i + 1);
        }
        return false;
    }

    /**
     * The text without markup, or {@code in} itself when there was nothing to remove.
     *
     * @param html whether to remove HTML tags and entities (see {@link #hasHtml})
     */
    static MappedText strip(MappedText in, boolean html) {
        String s = in.text;
        boolean links = s.contains("](http");
        if (!html && !links) return in;
        MappedText.Builder out = new MappedText.Builder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (html && c == '<') {
                int end = tagEnd(s, i);
                if (end > 0) {
                    if (isBlockTag(s, i)) out.append('\n', in.origin[i]);
                    i = end;
                    continue;
                }
            } else if (html && c == '&') {
                int end = entityEnd(s, i);
                if (end > 0) {
                    out.append(entityChar(s, i, end), in.origin[i]);
                    i = end;
                    continue;
                }
            } else if (links && c == '[') {
                int[] link = markdownLink(s, i);
                if (link != null) {
                    // keep the link text, drop "[", "](", the URL and ")"
                    out.appendRange(in, i + 1, link[0]);
                    i = link[1];
                    continue;
                }
            }
            out.append(c, in.origin[i]);
            i++;
        }
        return out.build(in.origin[n]);
    }

    /**
     * Length of the markup unit starting at {@code s[i]} (a tag or an entity), or 1 when none
     * starts there. Lets {@link NormalizedText} map span ends past the markup a character replaced.
     */
    static int unitLength(String s, int i) {
        char c = s.charAt(i);
        if (c == '<') {
            int end = tagEnd(s, i);
            if (end > 0) return end - i;
        } else if (c == '&') {
            int end = entityEnd(s, i);
            if (end > 0) return end - i;
        }
        return 1;
    }

    /** End (exclusive) of a known HTML tag starting at {@code s[i] == '<'}, or -1. */
    static int tagEnd(String s, int i) {
        int n = s.length();
        int j = i + 1;
        if (j < n && s.charAt(j) == '/') j++;
        int nameStart = j;
        while (j < n && j - nameStart < 12 && (TextChars.isAsciiLetter(s.charAt(j))
                || (j > nameStart && TextChars.isAsciiDigit(s.charAt(j))))) {
            j++;
        }
        if (j == nameStart || j >= n) return -1;
        char after = s.charAt(j);
        if (after != '>' && after != '/' && after != ' ' && after != '\t' && after != '\n') return -1;
        String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
        if (!BLOCK_TAGS.contains(name) && !INLINE_TAGS.contains(name)) return -1;
        int limit = Math.min(n, i + MAX_TAG_LENGTH);
        for (int k = j; k < limit; k++) {
            char ch = s.charAt(k);
            if (ch == '>') return k + 1;
            if (ch == '<') return -1;
        }
        return -1;
    }

    private static boolean isBlockTag(String s, int i) {
        int j = i + 1;
        if (s.charAt(j) == '/') j++;
        int start = j;
        while (TextChars.isAsciiLetter(s.charAt(j)) || (j > start && TextChars.isAsciiDigit(s.charAt(j)))) j++;
        return BLOCK_TAGS.contains(s.substring(start, j).toLowerCase(Locale.ROOT));
    }

    /** End (exclusive) of a known entity starting at {@code s[i] == '&'}, or -1. */
    static int entityEnd(String s, int i) {
        int n = s.length();
        int limit = Math.min(n, i + 10);
        int semi = -1;
        for (int k = i + 1; k < limit; k++) {
            char ch = s.charAt(k);
            if (ch == ';') {
                semi = k;
                break;
            }
            if (!(TextChars.isAsciiLetter(ch) || TextChars.isAsciiDigit(ch) || (k == i + 1 && ch == '#'))) {
                return -1;
            }
        }
        if (semi < 0) return -1;
        return entityValue(s.substring(i + 1, semi)) >= 0 ? semi + 1 : -1;
    }

    private static char entityChar(String s, int i, int end) {
        return (char) entityValue(s.substring(i + 1, end - 1));
    }

    /** The BMP character an entity body stands for, or -1. */
    private static int entityValue(String body) {
        if (body.startsWith("#")) {
            try {
                int cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16)
                        : Integer.parseInt(body.substring(1));
                return cp > 0 && cp < 0x10000 && !Character.isSurrogate((char) cp) ? cp : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        Character c = ENTITIES.get(body.toLowerCase(Locale.ROOT));
        return c == null ? -1 : c;
    }

    /**
     * A Markdown link {@code [text](http…)} at {@code s[i] == '['}: {index of "](", index after ")"},
     * or null.
     */
    private static int[] markdownLink(String s, int i) {
        int n = s.length();
        int limit = Math.min(n, i + MAX_LINK_TEXT);
        int close = -1;
        for (int k = i + 1; k < limit; k++) {
            char ch = s.charAt(k);
            if (ch == '\n' || ch == '[') return null;
            if (ch == ']') {
                close = k;
                break;
            }
        }
        if (close < 0 || !s.startsWith("](http", close)) return null;
        for (int k = close + 2; k < n; k++) {
            char ch = s.charAt(k);
            if (ch == ')') return new int[] {close, k + 1};
            if (ch == '\n' || ch == ' ' || ch == '(') return null;
        }
        return null;
    }
}
