package org.newskg.extract.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Name-boundary repair for speakers: a person mention that the name tagger ran over an adverb or
 * the speech verb (某某还表示), or a transliterated name with a time after it or a role word glued
 * before it, is cut back to the name (a new mention over the name's characters).
 */
public final class SpeakerNames {
    private static final Pattern SWALLOWED_AFTER_NAME = QuoteRules.pattern("swallowed-after-name");
    private static final Pattern SWALLOWED_AFTER_FOREIGN_NAME = QuoteRules.pattern("swallowed-after-foreign-name");
    private static final Pattern SWALLOWED_BEFORE_NAME = QuoteRules.pattern("swallowed-before-name");
    /** A name keeps at least this many characters when cut. */
    private static final int MIN_NAME = 2;
    /** Only a name this far into a mention can have a role word glued before it. */
    private static final int MIN_DOT_FOR_ROLE = 5;

    private SpeakerNames() {
    }

    /** The speaker's name without the words the name tagger ran over; {@code m} itself when there are none. */
    public static Mention speakerName(Mention m) {
        if (m == null || m.type() != EntityType.PERSON) return m;
        String x = m.text();
        int b = 0, e = x.length();
        Matcher after = SWALLOWED_AFTER_NAME.matcher(x);
        if (after.find() && after.start() >= MIN_NAME) e = after.start();
        int dot = x.indexOf('·');
        if (dot > 0) {
            Matcher time = SWALLOWED_AFTER_FOREIGN_NAME.matcher(x.substring(0, e));
            if (time.find() && time.start() > dot + 1) e = time.start();
        }
        if (dot >= MIN_DOT_FOR_ROLE) {
            Matcher before = SWALLOWED_BEFORE_NAME.matcher(x);
            if (before.find() && dot - before.end() >= MIN_NAME) b = before.end();
        }
        if (b == 0 && e == x.length()) return m;
        return new Mention(m.type(), m.begin() + b, m.begin() + e, x.substring(b, e));
    }
}
