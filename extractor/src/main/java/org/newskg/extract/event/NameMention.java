package org.newskg.extract.event;

/**
 * One mention of an event's name, as the scanner found it: its span (without quotation marks),
 * the name without whitespace, its event noun and the year it carries (or null). A bare mention
 * ({@code bare}) is a noun alone (峰会, 本次论坛) referring to a named event, or an opening ceremony
 * named alone ({@code 开幕式}, empty name). {@code subSuffix} is the sub-event word after the name
 * (开幕式, or 开幕 used as a noun), ending at {@code subEnd}, and {@code subAlias} the name with it.
 */
record NameMention(int begin, int end, String name, String noun, Integer year, boolean bare, boolean quoted,
                   String subSuffix, int subEnd, String subAlias) {

    /** Where the mention ends with its sub-event word. */
    int outerEnd() {
        return Math.max(end, subEnd);
    }
}
