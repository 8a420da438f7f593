package org.newskg.extract.event;

import static org.newskg.extract.event.NameChars.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Stage 1, first part: events the text names by a fixed phrase rather than by a modifier before an
 * event noun (event-patterns.txt). Party congresses and plenums (党的二十大, 中共十八大, 中国共产党第
 * 十八次全国代表大会, 二十届三中全会); sessions of people's congresses and consultative conferences, with
 * the place that opens them (某市七届人大二次会议); talks between two persons the clause names
 * (甲同乙举行会谈 → 甲同乙会谈); visits of a person to a place (甲对某国进行国事访问 → 甲国事访问某国);
 * press conferences a body holds (某部发言人某某主持例行记者会 → 某部例行记者会); banquets named by their
 * guests and the show after them; events written by a short form ({@link ShortNames}). A phrase whose persons,
 * place or body the mentions do not confirm is left to the noun scanner. Adds: {@link NameMention}s
 * (with the bare kind, 例行记者会 or 国事访问, as an alias mention), none overlapping.
 */
final class PhraseNames {
    /** The longest place name looked for before a session. */
    private static final int MAX_PLACE_BEFORE = 6;

    private static final Pattern[] PARTY = {
        EventWords.pattern("party-congress"), EventWords.pattern("party-congress-short"),
        EventWords.pattern("party-congress-full"), EventWords.pattern("party-plenum")};
    private static final Pattern SESSION = EventWords.pattern("congress-session");
    private static final Pattern TALKS = EventWords.pattern("talks");
    private static final Pattern VISIT = EventWords.pattern("visit");
    private static final Pattern PRESS = EventWords.pattern("press-conference");
    private static final Pattern PRESS_GAP = EventWords.pattern("press-gap");
    private static final Pattern BANQUET_WELCOMING = EventWords.pattern("banquet-welcoming");
    private static final Pattern BANQUET_FOR = EventWords.pattern("banquet-for");
    private static final Pattern SHOW_AFTER = EventWords.pattern("show-after");
    private static final String WELCOME = EventWords.word("welcome-verb");
    private static final String PARTY_NOUN = EventWords.word("party-congress-noun");
    private static final String MEETING = EventWords.word("meeting-noun");
    private static final String DATE_UNITS = EventWords.chars("date-unit-chars");

    private final EventText in;
    private final String t;
    private final EventTextBounds bounds;
    private final List<NameMention> out = new ArrayList<>();

    PhraseNames(EventText in, EventTextBounds bounds) {
        this.in = in;
        this.t = in.text();
        this.bounds = bounds;
    }

    /** The phrase-named events of the article, in the order the shapes are tried. */
    List<NameMention> find() {
        for (Pattern p : PARTY) {
            Matcher m = p.matcher(t).region(in.begin(), in.end());
            while (m.find()) add(named(m.start(), m.end(), m.group(), PARTY_NOUN));
        }
        Matcher s = SESSION.matcher(t).region(in.begin(), in.end());
        while (s.find()) {
            int b = placeBefore(s.start());
            add(named(b, s.end(), clean(t.substring(b, s.end())), MEETING));
        }
        Matcher k = TALKS.matcher(t).region(in.begin(), in.end());
        while (k.find()) talks(k);
        Matcher v = VISIT.matcher(t).region(in.begin(), in.end());
        while (v.find()) visit(v);
        Matcher c = PRESS.matcher(t).region(in.begin(), in.end());
        while (c.find()) pressConference(c);
        banquets();
        for (NameMention[] r : new ShortNames(in).find()) {
            int size = out.size();
            add(r[0]);
            if (out.size() > size) out.add(r[1]);
        }
        return out;
    }

    private static NameMention named(int b, int e, String name, String noun) {
        return new NameMention(b, e, name, noun, null, false, false, null, 0, null);
    }

    /** The bare kind of a phrase-named event (例行记者会), an alias that clustering attaches to it. */
    private static NameMention alias(int b, int e, String kind) {
        return new NameMention(b, e, kind, kind, null, true, false, null, 0, null);
    }

    private void add(NameMention r) {
        for (NameMention o : out) if (r.begin() < o.end() && o.begin() < r.end()) return;
        out.add(r);
    }

    /** 甲同乙举行会谈: both persons named, the first in the clause before the joiner. */
    private void talks(Matcher k) {
        Mention first = lastBefore(k.start("join"), EntityType.PERSON);
        Mention second = firstWithin(k.start("with"), k.end("with"), EntityType.PERSON);
        if (first == null || second == null) return;
        String noun = k.group("noun");
        add(named(k.start("noun"), k.end("noun"), first.text() + k.group("join") + second.text() + noun, noun));
    }

    /** 甲对某国进行国事访问: the person before it in the clause, the place a place mention. */
    private void visit(Matcher v) {
        Mention who = lastBefore(v.start(), EntityType.PERSON);
        Mention where = firstWithin(v.start("where"), v.end("where"), EntityType.PLACE);
        if (who == null || where == null || where.begin() != v.start("where") || where.end() != v.end("where")) return;
        String kind = v.group("kind");
        int size = out.size();
        add(named(v.start("kind"), v.end("kind"), who.text() + kind + where.text(), kind));
        if (out.size() > size && kind.length() > 2) out.add(alias(v.start("kind"), v.end("kind"), kind));
    }

    /** 某部发言人某某主持例行记者会, 某办20日举行新闻发布会: the body an organization mention just before. */
    private void pressConference(Matcher c) {
        Mention body = lastBefore(c.start(), EntityType.ORGANIZATION);
        if (body == null || !PRESS_GAP.matcher(t.substring(body.end(), c.start())).matches()) return;
        String kind = c.group("kind");
        String name = body.text();
        // a body glued to the date before it (17日某部): the date's unit is no part of its name
        if (body.begin() > in.begin() && Character.isDigit(t.charAt(body.begin() - 1)) && DATE_UNITS.indexOf(name.charAt(0)) >= 0) {
            name = name.substring(1);
        }
        int size = out.size();
        add(named(c.start("kind"), c.end("kind"), name + kind, kind));
        if (out.size() > size) out.add(alias(c.start("kind"), c.end("kind"), kind));
    }

    /**
     * Banquets the text identifies by their guests (在某地举行宴会，欢迎出席某会的贵宾 → 欢迎出席某会的
     * 贵宾宴会; 为某某举行欢迎宴会 → 欢迎某某宴会, the guest a person), and the show watched after such
     * a banquet (宴会后，…观看文艺演出 → 欢迎宴会后文艺演出, with the show's word as an alias; not by the
     * banquet's whole name, which would make the banquet a series the show belongs to). Named at the banquet's noun, so that events named among the guests stay free.
     */
    private void banquets() {
        int banquetEnd = -1;
        String noun = null;
        Matcher w = BANQUET_WELCOMING.matcher(t).region(in.begin(), in.end());
        while (w.find()) {
            add(named(w.start("noun"), w.end("noun"), WELCOME + clean(w.group("guests")) + w.group("noun"), w.group("noun")));
            if (noun == null) { noun = w.group("noun"); banquetEnd = w.end(); }
        }
        Matcher f = BANQUET_FOR.matcher(t).region(in.begin(), in.end());
        while (f.find()) {
            Mention guest = firstWithin(f.start("guest"), f.end("guest"), EntityType.PERSON);
            if (guest == null || guest.begin() != f.start("guest")) continue;
            add(named(f.start("noun"), f.end("noun"), WELCOME + clean(f.group("guest")) + f.group("noun"), f.group("noun")));
            if (noun == null || f.end() < banquetEnd) { noun = f.group("noun"); banquetEnd = f.end(); }
        }
        if (noun == null) return;
        Matcher sh = SHOW_AFTER.matcher(t).region(banquetEnd, in.end());
        if (sh.find()) {
            String show = sh.group("show");
            int size = out.size();
            add(named(sh.start("show"), sh.end("show"), WELCOME + noun + sh.group("when") + show, show));
            if (out.size() > size) out.add(alias(sh.start("show"), sh.end("show"), show.replaceAll("《[^》]*》", "")));
        }
    }

    /**
     * Where a session's name starts: at a place or body named right before it (某市七届人大二次会议),
     * or written there as a place the article names elsewhere (the segmenter may glue it to the number).
     */
    private int placeBefore(int start) {
        for (Mention m : in.mentions()) {
            if (m.end() == start && m.type() != EntityType.PERSON) return m.begin();
        }
        for (int b = Math.max(in.begin(), start - MAX_PLACE_BEFORE); b < start; b++) {
            String before = t.substring(b, start);
            for (Mention m : in.mentions()) if (m.type() == EntityType.PLACE && m.text().equals(before)) return b;
        }
        return start;
    }

    /** The last mention of {@code type} ending before {@code pos} in its clause. */
    private Mention lastBefore(int pos, EntityType type) {
        int from = bounds.clauseStart(pos, bounds.sentence(pos)[0]);
        Mention last = null;
        for (Mention m : in.mentions()) {
            if (m.begin() >= from && m.end() <= pos && m.type() == type) last = m;
        }
        return last;
    }

    private Mention firstWithin(int b, int e, EntityType type) {
        for (Mention m : in.mentions()) {
            if (m.begin() >= b && m.end() <= e && m.type() == type) return m;
        }
        return null;
    }
}
