package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.PositionMention;

class TitleReferencesTest {
    private final TitleReferences references = new TitleReferences();

    private static Mention person(String text, String name) {
        int at = text.indexOf(name);
        return new Mention(EntityType.PERSON, at, at + name.length(), name);
    }

    private static PositionMention position(Mention person, String role) {
        return new PositionMention(person, role, "东海市交通局", null, null, person.begin(), person.end());
    }

    @Test
    void surname_and_title_refer_to_the_one_named_holder() {
        String text = "东海市交通局局长孙明远到场。孙局长表示，新线年底通车。";
        Mention sun = person(text, "孙明远");
        List<Mention> found = references.find(text, 0, text.length(), List.of(sun), List.of(position(sun, "局长")));
        assertEquals(1, found.size());
        Mention ref = found.get(0);
        assertEquals("孙局长", ref.text());
        assertEquals("孙明远", ref.referent());
        assertEquals(text.indexOf("孙局长"), ref.begin());
    }

    @Test
    void two_holders_with_one_surname_leave_the_reference_unresolved() {
        String text = "主任王立平、副主任王海出席。王主任说，工作要抓实。";
        Mention a = person(text, "王立平");
        Mention b = person(text, "王海");
        assertTrue(references.find(text, 0, text.length(), List.of(a, b),
                List.of(position(a, "主任"), position(b, "副主任"))).isEmpty());
    }

    @Test
    void a_title_nobody_named_holds_is_no_reference() {
        String text = "局长孙明远到场。李局长随后发言，全局长远规划也已公布。";
        Mention sun = person(text, "孙明远");
        assertTrue(references.find(text, 0, text.length(), List.of(sun), List.of(position(sun, "局长"))).isEmpty());
    }
}
