package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InheritanceTest {

    private static EventSlots[] inherited(EventText in, Clusters c) {
        EventSlots[] slots = Texts.slots(in, c);
        new Inheritance(in, new EventTextBounds(in), c, slots).inherit();
        return slots;
    }

    @Test
    void an_event_held_at_the_same_time_takes_the_main_events_date_and_place() {
        EventText in = Texts.text("5月8日，山城数字论坛在渝州宾馆开幕。同期还举办了青年创客大赛。", "2024-05-09", "L:山城");
        Clusters c = Texts.clusters(in);
        EventSlots[] slots = inherited(in, c);
        Cluster contest = c.named().get(1);
        assertEquals("2024-05-08", slots[contest.id()].start.toString());
        assertEquals("渝州宾馆", slots[contest.id()].place);
    }

    @Test
    void an_opening_ceremony_dates_its_event_and_takes_its_place() {
        EventText in = Texts.text("山城数字论坛在渝州宾馆举行。5月8日，山城数字论坛开幕式上嘉宾云集。", "2024-05-09");
        Clusters c = Texts.clusters(in);
        EventSlots[] slots = inherited(in, c);
        Cluster forum = c.named().get(0), opening = c.subs().get(0);
        assertEquals("2024-05-08", slots[opening.id()].start.toString());
        assertEquals("2024-05-08", slots[forum.id()].start.toString());
        assertEquals("渝州宾馆", slots[opening.id()].place);
    }
}
