package org.newskg.annotate.hanlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.junit.jupiter.api.Test;
import org.newskg.annotate.EntityLabel;
import org.newskg.annotate.PartOfSpeech;
import org.newskg.annotate.Token;

class HanlpTagsTest {
    @Test
    void person_place_and_organization_tags_become_entity_labels() {
        assertEquals(EntityLabel.PERSON, HanlpTags.token("张三", "nr", 0).entity());
        assertEquals(EntityLabel.TRANSLITERATED_PERSON, HanlpTags.token("史密斯", "nrf", 0).entity());
        assertEquals(EntityLabel.PLACE, HanlpTags.token("东海市", "ns", 0).entity());
        assertEquals(EntityLabel.ORGANIZATION, HanlpTags.token("东海大学", "ntu", 0).entity());
        assertEquals(EntityLabel.ESTABLISHMENT, HanlpTags.token("东海银行", "ntcb", 0).entity());
        assertEquals(PartOfSpeech.NAME, HanlpTags.token("东海市", "ns", 0).pos());
        assertEquals(EntityLabel.NONE, HanlpTags.token("部长", "nnt", 0).entity());
        assertEquals(PartOfSpeech.TITLE, HanlpTags.token("部长", "nnt", 0).pos());
    }

    @Test
    void a_token_spans_its_text_from_where_it_begins() {
        Token t = HanlpTags.token("会见", "v", 7);
        assertEquals(7, t.begin());
        assertEquals(9, t.end());
        assertEquals(PartOfSpeech.VERB, t.pos());
    }

    /**
     * Every tag HanLP knows, mapped and then tested the tag-neutral way, answers each question the
     * recognizers once asked of the tag string the same way: the seam changes no output.
     */
    @Test
    void every_hanlp_tag_answers_the_recognizers_questions_as_its_tag_string_did() {
        CoreDictionary.contains("中国"); // loads the dictionary, which registers its natures
        Map<String, Map.Entry<Predicate<String>, Predicate<Token>>> questions = questions();
        for (Nature nature : Nature.values()) {
            String tag = nature.toString();
            Token t = HanlpTags.token("词", tag, 0);
            questions.forEach((name, q) -> assertEquals(q.getKey().test(tag), q.getValue().test(t), name + " for " + tag));
        }
    }

    private static Map<String, Map.Entry<Predicate<String>, Predicate<Token>>> questions() {
        Set<PartOfSpeech> loneFragments = EnumSet.of(PartOfSpeech.NOUN, PartOfSpeech.NOUN_MORPHEME,
                PartOfSpeech.OTHER_PROPER_NOUN, PartOfSpeech.PRONOUN_MORPHEME, PartOfSpeech.PUNCTUATION,
                PartOfSpeech.MEASURE, PartOfSpeech.STRING);
        Set<PartOfSpeech> clauseBreakers = EnumSet.of(PartOfSpeech.COPULA, PartOfSpeech.PREPOSITION, PartOfSpeech.PARTICLE);
        Set<PartOfSpeech> nameParts = EnumSet.of(PartOfSpeech.NOUN, PartOfSpeech.OTHER_PROPER_NOUN,
                PartOfSpeech.VERBAL_NOUN, PartOfSpeech.INSTITUTION_NOUN, PartOfSpeech.TECHNICAL_TERM,
                PartOfSpeech.ABBREVIATION, PartOfSpeech.DISTINGUISHING_WORD);
        Map<String, Map.Entry<Predicate<String>, Predicate<Token>>> q = new LinkedHashMap<>();
        q.put("person", Map.entry(s -> Set.of("nr", "nrf", "nrj", "nr1", "nr2").contains(s), Token::isPerson));
        q.put("nr*", Map.entry(s -> s.startsWith("nr"), Token::isPerson));
        q.put("nrf", Map.entry(s -> s.equals("nrf"), t -> t.entity() == EntityLabel.TRANSLITERATED_PERSON));
        q.put("nnt", Map.entry(s -> s.equals("nnt"), t -> t.pos() == PartOfSpeech.TITLE));
        q.put("n*", Map.entry(s -> s.startsWith("n"), t -> t.pos().isNoun()));
        q.put("n", Map.entry(s -> s.equals("n"), t -> t.pos() == PartOfSpeech.NOUN));
        q.put("nz|nr.*", Map.entry(s -> s.matches("nz|nr.*"),
                t -> t.pos() == PartOfSpeech.OTHER_PROPER_NOUN || t.isPerson()));
        q.put("[vdpcu].*", Map.entry(s -> s.matches("[vdpcu].*"), t -> t.pos().isVerbOrFunctionWord()));
        q.put("t", Map.entry(s -> s.equals("t"), t -> t.pos() == PartOfSpeech.TIME));
        q.put("ns|nsf", Map.entry(s -> s.equals("ns") || s.equals("nsf"), Token::isPlace));
        q.put("ns*", Map.entry(s -> s.startsWith("ns"), Token::isPlace));
        q.put("nt*", Map.entry(s -> s.startsWith("nt"), Token::isOrganization));
        q.put("j*", Map.entry(s -> s.startsWith("j"), t -> t.pos() == PartOfSpeech.ABBREVIATION));
        q.put("j", Map.entry(s -> s.equals("j"), t -> t.pos() == PartOfSpeech.ABBREVIATION));
        q.put("v*", Map.entry(s -> s.startsWith("v"), t -> t.pos().isVerb()));
        q.put("v|vi|vf", Map.entry(s -> Set.of("v", "vi", "vf").contains(s), t -> t.pos() == PartOfSpeech.VERB));
        q.put("vn|vd", Map.entry(s -> s.equals("vn") || s.equals("vd"),
                t -> t.pos() == PartOfSpeech.VERBAL_NOUN || t.pos() == PartOfSpeech.ADVERBIAL_VERB));
        q.put("lone fragment", Map.entry(s -> Set.of("n", "ng", "nz", "Rg", "w", "q", "x").contains(s),
                t -> loneFragments.contains(t.pos())));
        q.put("clause break", Map.entry(s -> Set.of("vshi", "vyou", "p", "ule", "uguo", "uzhe", "ude1", "ude2", "ude3")
                .contains(s), t -> clauseBreakers.contains(t.pos())));
        q.put("name part", Map.entry(s -> Set.of("n", "nz", "vn", "ns", "nsf", "nt", "ntc", "nis", "nit", "nto", "ntu",
                "nts", "nth", "gi", "j", "b").contains(s),
                t -> nameParts.contains(t.pos()) || t.isPlace() || t.entity() == EntityLabel.ORGANIZATION));
        return q;
    }
}
