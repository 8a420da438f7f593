package org.newskg.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

/**
 * Organizations: HanLP's organization tags, kept only when the word ends like an organization name
 * (…局, …办公室, …集团) — HanLP tags many phrases as organizations (互联网发展, 国际科创营) — and not
 * when the sentence uses the name as a role the subject aspires to (建设国际创新科技中心, 作为…中心).
 */
public final class OrganizationRecognizer {
    private static final Pattern ASPIRATION = Pattern.compile(".*(作为|建设|成为|打造|建成|巩固|提升|发展为|定位为)$");
    private static final Pattern DIGITS = Pattern.compile(".*\\d.*");
    private final Lexicon suffixes = Lexicon.resource("org-suffixes.txt");

    public List<Mention> recognize(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (Token t : tokens) {
            if (!t.tagStartsWith("nt") || !isOrganizationName(t.text())) continue;
            String before = text.substring(Math.max(0, t.begin() - 4), t.begin());
            if (ASPIRATION.matcher(before).matches()) continue;
            out.add(new Mention(EntityType.ORGANIZATION, t.begin(), t.end(), t.text()));
        }
        return out;
    }

    public boolean isOrganizationName(String s) {
        if (s.length() < 3 || DIGITS.matcher(s).matches()) return false;
        String suffix = suffixes.longestSuffixOf(s);
        return suffix != null && s.length() > suffix.length();
    }
}
