package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newskg.lexicon.Lexicon;

/**
 * Names in lists of persons separated by 、 (某某、某某某、某某等出席): once two items of one list are
 * names that other rules confirmed, the other items shaped like a Chinese name (a surname and one or
 * two characters, a whole item between separators) are names too — even those HanLP leaves untagged,
 * tags as places or reads as ordinary words. A list with fewer than two confirmed names adds nothing:
 * lists of places or things look the same.
 */
final class NameLists {
    private static final String SEPARATOR = "、";
    /** Confirmed items a list needs before its other items are read as names. */
    private static final int MIN_CONFIRMED = 2;
    /** The most tokens a middle item may hold (the segmenter may cut a name in two: 某云|龙). */
    private static final int MAX_ITEM_TOKENS = 2;

    private final Lexicon surnames;
    private final Lexicon roles;
    private final Lexicon orgSuffixes;
    private final Lexicon afterName;
    private final String placeOrTimeFinals;

    NameLists(Lexicon surnames, Lexicon roles, Lexicon orgSuffixes, Lexicon afterName, String placeOrTimeFinals) {
        this.surnames = surnames;
        this.roles = roles;
        this.orgSuffixes = orgSuffixes;
        this.afterName = afterName;
        this.placeOrTimeFinals = placeOrTimeFinals;
    }

    /** Adds to {@code confirmed} the other name-shaped items of every list holding two confirmed names. */
    void addListedNames(String text, List<Token> tokens, Set<String> confirmed) {
        int i = 0;
        while (i < tokens.size()) {
            if (!isSeparator(tokens.get(i)) || i == 0) {
                i++;
                continue;
            }
            List<int[]> items = new ArrayList<>();
            items.add(new int[] {i - 1, i});
            int j = i;
            int chainEnd = i + 1;
            while (j < tokens.size() && isSeparator(tokens.get(j))) {
                int k = j + 1;
                while (k < tokens.size() && !isSeparator(tokens.get(k)) && k - j <= MAX_ITEM_TOKENS) k++;
                if (k < tokens.size() && isSeparator(tokens.get(k)) && k > j + 1) {
                    items.add(new int[] {j + 1, k});
                    j = k;
                    chainEnd = k + 1;
                } else {
                    if (j + 1 < tokens.size()) items.add(new int[] {j + 1, j + 2});
                    break;
                }
            }
            addFromList(text, tokens, items, confirmed);
            i = chainEnd;
        }
    }

    private void addFromList(String text, List<Token> tokens, List<int[]> items, Set<String> confirmed) {
        int known = 0;
        for (int[] item : items) {
            if (confirmed.contains(itemText(text, tokens, item))) known++;
        }
        if (known < MIN_CONFIRMED) return;
        for (int n = 0; n < items.size(); n++) {
            int[] item = items.get(n);
            boolean edge = n == 0 || n == items.size() - 1;
            String name = itemText(text, tokens, item);
            if (!confirmed.contains(name) && nameShaped(name, tokens, item) && (!edge || edgeFits(text, tokens, item, n == 0))) {
                confirmed.add(name);
            }
        }
    }

    /** A surname and one or two Han characters, no title, no place, time or body ending, no verb inside. */
    private boolean nameShaped(String name, List<Token> tokens, int[] item) {
        String surname = surnames.longestAt(name, 0);
        if (surname == null || name.length() <= surname.length() || name.length() > surname.length() + 2) return false;
        if (!name.codePoints().allMatch(Character::isIdeographic) || roles.contains(name)) return false;
        if (placeOrTimeFinals.indexOf(name.charAt(name.length() - 1)) >= 0 || orgSuffixes.longestSuffixOf(name) != null) return false;
        for (int k = item[0]; k < item[1]; k++) {
            Token t = tokens.get(k);
            // 某|国有: a given name the segmenter read as a verbal noun after the surname
            boolean givenName = k > item[0] && t.pos() == PartOfSpeech.VERBAL_NOUN;
            if ((t.pos().isVerbOrFunctionWord() && !givenName) || t.isOrganization()) return false;
        }
        return true;
    }

    /**
     * The first and last items are a single token whose outer side the list does not bound: the
     * segmenter must have tagged it a name, or it ends at a word that can follow a name (某某等).
     */
    private boolean edgeFits(String text, List<Token> tokens, int[] item, boolean first) {
        Token t = tokens.get(item[0]);
        if (t.isPerson()) return true;
        if (first) return t.begin() == 0 || !Character.isIdeographic(text.charAt(t.begin() - 1));
        return t.end() >= text.length() || afterName.longestAt(text, t.end()) != null;
    }

    private static String itemText(String text, List<Token> tokens, int[] item) {
        return text.substring(tokens.get(item[0]).begin(), tokens.get(item[1] - 1).end());
    }

    private static boolean isSeparator(Token t) {
        return SEPARATOR.equals(t.text());
    }
}
