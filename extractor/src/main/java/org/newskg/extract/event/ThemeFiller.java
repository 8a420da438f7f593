package org.newskg.extract.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slot filler for themes. Takes a sentence that mentions an event; the theme is the quoted text of
 * {@code 以“…”为主题} or {@code 主题为「…」} in it (event-patterns.txt {@code theme}). Adds: the theme.
 */
final class ThemeFiller {
    private static final Pattern THEME = EventWords.pattern("theme");

    private final String t;

    ThemeFiller(EventText in) {
        this.t = in.text();
    }

    String near(int[] sent) {
        Matcher m = THEME.matcher(t.substring(sent[0], sent[1]));
        if (!m.find()) return null;
        String th = m.group(1) != null ? m.group(1) : m.group(2);
        return th.strip();
    }
}
