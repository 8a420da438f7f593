package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;

import org.newskg.lexicon.Lexicon;
import org.newskg.lexicon.LexiconTable;

/**
 * The bodies and places a title phrase can name by a form the organization endings do not mark:
 * every form of the gazetteers of organizations (陆委会, 国台办: the files org-name-forms.txt lists)
 * and every form of the states gazetteer (台湾, 香港). Read by {@link PositionParser} and
 * {@link GenericBodies}; the gazetteers stay the only source of the forms.
 */
final class KnownBodies {
    /** Forms shorter than this end a head only as the whole head (a two-character form inside a word is no body). */
    private static final int MIN_TAIL = 3;
    private static final Lexicon BODIES = gazetteerForms();
    private static final Lexicon PLACES = Lexicon.of(Lexicon.rows("gazetteer-states.txt").stream()
            .flatMap(List::stream).toArray(String[]::new));

    private KnownBodies() {
    }

    private static Lexicon gazetteerForms() {
        List<String> forms = new ArrayList<>();
        for (String file : LexiconTable.of("org-name-forms.txt").row("gazetteers")) forms.addAll(Lexicon.lineHeads(file).keySet());
        return Lexicon.of(forms.toArray(String[]::new));
    }

    /** Whether {@code name} is a form the gazetteers list. */
    static boolean isBody(String name) {
        return BODIES.contains(name);
    }

    /** The gazetteer form ending {@code head} (the whole head, or a tail of three characters or more), else null. */
    static String bodyAtEnd(String head) {
        if (head == null) return null;
        for (int k = 0; k <= head.length() - MIN_TAIL || k == 0; k++) {
            if (BODIES.contains(head.substring(k))) return head.substring(k);
        }
        return null;
    }

    /**
     * 台湾陆委会 → 陆委会: a region from the states gazetteer (not a sovereign state: 某国外交部 is that
     * state's) written before a body the gazetteers list situates it, and the body is the listed form;
     * else the head as it is.
     */
    static String withoutPlace(String head) {
        String body = bodyAtEnd(head);
        if (body == null || body.equals(head)) return head;
        String before = head.substring(0, head.length() - body.length());
        return PLACES.contains(before) && !TitleShapes.isSovereignState(before) ? body : head;
    }

    /** The longest gazetteer form starting at {@code at} in {@code text}, else null. */
    static String bodyAt(String text, int at) {
        return BODIES.longestAt(text, at);
    }

    /** Whether a place of the states gazetteer or a gazetteer body opens {@code head} (某国国防军, 某组织某问题特使). */
    static boolean opensWithName(String head) {
        return placeAtStart(head) != null || bodyAt(head, 0) != null;
    }

    /** The place form from the states gazetteer that opens {@code head}, else null. */
    static String placeAtStart(String head) {
        return head == null ? null : PLACES.longestAt(head, 0);
    }
}
