package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionBodiesTest {
    @Test
    void a_role_the_corpus_places_in_one_body_is_held_there() {
        PositionBodies bodies = new PositionBodies(List.of(
                new PositionBody("林海峰", "总理", "滨海共和国政府"),
                new PositionBody("林海峰", "总理", "滨海共和国政府")));
        assertEquals("滨海共和国政府", bodies.bodyOf("林海峰", "总理"));
        assertNull(bodies.bodyOf("林海峰", "主席"), "another role");
        assertNull(bodies.bodyOf("周明", "总理"), "another person");
    }

    @Test
    void a_role_held_in_two_bodies_stays_without_one() {
        PositionBodies bodies = new PositionBodies(List.of(
                new PositionBody("林海峰", "教授", "滨海大学"),
                new PositionBody("林海峰", "教授", "山城大学")));
        assertNull(bodies.bodyOf("林海峰", "教授"));
    }
}
