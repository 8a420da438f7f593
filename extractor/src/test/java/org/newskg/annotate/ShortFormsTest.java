package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShortFormsTest {
    @Test
    void the_last_part_of_a_dotted_name_stands_for_the_full_name() {
        assertEquals("伊万·科连斯基", ShortForms.fullNameOf("科连斯基", List.of("伊万·科连斯基", "科连斯基", "王立新")));
    }

    @Test
    void a_double_surname_alone_stands_for_the_one_four_character_name() {
        assertEquals("陈方秀英", ShortForms.fullNameOf("陈方", List.of("陈方秀英", "陈方")));
    }

    @Test
    void a_short_form_fitting_two_full_names_stays_a_name_of_its_own() {
        assertNull(ShortForms.fullNameOf("安东", List.of("安东·伊万", "安东·斯科")));
    }

    @Test
    void a_two_character_name_before_a_three_character_one_is_not_linked() {
        assertNull(ShortForms.fullNameOf("王立", List.of("王立新")));
    }

    @Test
    void two_joined_surnames_written_apart_from_the_full_name_are_added() {
        Set<String> confirmed = new HashSet<>(Set.of("范何美珍"));
        String text = "议员范何美珍出席。范何随后表示支持。";
        ShortForms.addJoinedSurnames(text, 0, text.length(), confirmed, s -> "范何王".contains(s));
        assertEquals(Set.of("范何美珍", "范何"), confirmed);
    }

    @Test
    void a_first_character_that_is_no_surname_adds_nothing() {
        Set<String> confirmed = new HashSet<>(Set.of("范何美珍"));
        String text = "议员范何美珍出席。范何随后表示支持。";
        ShortForms.addJoinedSurnames(text, 0, text.length(), confirmed, s -> s.equals("范"));
        assertEquals(Set.of("范何美珍"), confirmed);
    }

    @Test
    void joined_surnames_only_inside_the_full_name_add_nothing() {
        Set<String> confirmed = new HashSet<>(Set.of("范何美珍"));
        String text = "议员范何美珍出席。";
        ShortForms.addJoinedSurnames(text, 0, text.length(), confirmed, s -> "范何".contains(s));
        assertEquals(Set.of("范何美珍"), confirmed);
    }
}
