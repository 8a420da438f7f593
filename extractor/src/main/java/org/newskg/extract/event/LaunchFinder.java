package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.DateResolver;
import org.newskg.model.Article;
import org.newskg.model.EventMention;
import org.newskg.model.NewsDate;
import org.newskg.model.TextSpan;

/**
 * After the chain: launches of publications that are occasions of their own, 《某某报告2024》和《某某指数》
 * 蓝皮书在论坛上正式发布, 《某某》发布现场. The title (or titles joined by 和/与/、) comes first, then at
 * most a short stretch — a time, 在某会上, 正式 — and the verb 发布/首发/揭晓; the event is named
 * "titles + kind + 发布" (event-patterns.txt {@code launch-*}). It counts only when the text makes it an
 * occasion: launched at an event of the article (在峰会上), or a launch with a scene, ceremony or
 * programme (发布现场, 发布仪式, 发布暨…), or the title was first named as launched in a sentence naming
 * an event (某某出席某会并发布《某某》 … 《某某》正式发布). A document merely published (《某某办法》今天发布, 某部门发布
 * 《某某》) is no event. Takes the article and the events the chain found; adds the launches, dated
 * by the stretch or its sentence, else by their host event, whose place they take too.
 */
final class LaunchFinder {
    private static final String TITLE = EventWords.regex("launch-title");
    private static final Pattern LAUNCH = Pattern.compile(
            "(" + TITLE + "(?:" + EventWords.regex("launch-joiner") + TITLE + ")*" + EventWords.regex("launch-kind") + ")"
                    + EventWords.regex("launch-verb"));
    private static final Pattern AT_EVENT = EventWords.pattern("launch-at-event");
    private static final Pattern SHORT_NAME = EventWords.pattern("launch-short-name");
    private static final Pattern HOST_DEICTIC = EventWords.pattern("launch-host-deictic");
    private static final String LAUNCH_NOUN = EventWords.word("launch-noun");
    /** How far before a title a 简称 may stand. */
    private static final int SHORT_NAME_REACH = 4;

    List<EventMention> find(String text, Article article, List<EventMention> events) {
        int a = Math.max(0, article.begin());
        int z = Math.min(text.length(), article.end());
        List<EventMention> out = new ArrayList<>();
        Matcher m = LAUNCH.matcher(text).region(a, z);
        while (m.find()) {
            String label = m.group(1) + LAUNCH_NOUN;
            // （以下简称《报告》）发布: the short name stands for the title before it, whose launch that is
            if (SHORT_NAME.matcher(text.substring(Math.max(a, m.start() - SHORT_NAME_REACH), m.start())).matches()) continue;
            EventMention host = host(m.group(2), events);
            if (host == null) host = hostNamingTitle(text, a, m, events);
            if (host == null && m.group(3) == null) continue;
            NewsDate[] date = dateOf(text, m, article);
            NewsDate start = date[0] != null ? date[0] : host == null ? null : host.startDate();
            NewsDate end = date[0] != null ? date[1] : null;
            out.add(new EventMention(label, List.of(), m.start(), m.end(3) >= 0 ? m.start(3) : m.end(), start, end,
                    host == null ? null : host.place(), List.of(), null, null));
        }
        return out;
    }

    /** The event a launch took place at (在峰会上): the article's first event named so, or so ending. */
    private static EventMention host(String between, List<EventMention> events) {
        Matcher at = AT_EVENT.matcher(between);
        if (!at.find()) return null;
        String where = HOST_DEICTIC.matcher(at.group(1)).replaceAll("");
        for (EventMention e : events) {
            if (e.superEvent() != null) continue;
            if (e.label().endsWith(where) || e.aliases().contains(where)) return e;
        }
        return null;
    }

    /**
     * The event of the sentence that first named the launched title after the verb (某某出席某会并
     * 发布《某某》): the event named last before the title there, or null. A later 《某某》正式发布 is
     * the same launch, held at that event.
     */
    private static EventMention hostNamingTitle(String text, int a, Matcher m, List<EventMention> events) {
        String title = text.substring(m.start(1), m.end(1));
        int p = text.indexOf(title, a);
        if (p < 0 || p >= m.start()) return null;
        int s = p;
        while (s > a && "。！？\n".indexOf(text.charAt(s - 1)) < 0) s--;
        if (!text.substring(s, p).contains(LAUNCH_NOUN)) return null;
        EventMention host = null;
        int at = -1;
        for (EventMention e : events) {
            if (e.superEvent() != null) continue;
            for (TextSpan span : e.mentions()) {
                if (span.begin() >= s && span.end() <= p && span.begin() > at) { host = e; at = span.begin(); }
            }
        }
        return host;
    }

    /** {start, end} the launch's own words or sentence give, as the article's date reads them. */
    private static NewsDate[] dateOf(String text, Matcher m, Article article) {
        int from = m.start();
        while (from > article.begin() && "。！？\n".indexOf(text.charAt(from - 1)) < 0) from--;
        DateResolver dates = new DateResolver(NewsDate.parse(article.referenceDate()));
        for (DateResolver.DateSpan d : dates.find(text, from, m.end())) {
            boolean inTitle = d.begin() >= m.start(1) && d.end() <= m.end(1);
            if (!inTitle && d.resolved() && d.kind() != DateResolver.Kind.ANAPHORIC) return new NewsDate[] {d.startDate(), d.endDate()};
        }
        return new NewsDate[] {null, null};
    }
}
