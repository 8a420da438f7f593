package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;

class RepeatedNamesTest {
    private final RepeatedNames repeated = new RepeatedNames();

    @Test
    void an_established_organization_name_is_found_at_its_other_occurrences() {
        String text = "参考了东海量子研究中心的报告。东海量子研究中心负责人介绍，交通局也到场，交通局长说。";
        int at = text.lastIndexOf("东海量子研究中心");
        List<Mention> established = List.of(new Mention(EntityType.ORGANIZATION, at, at + 8, "东海量子研究中心"),
                new Mention(EntityType.ORGANIZATION, text.indexOf("交通局"), text.indexOf("交通局") + 3, "交通局"));
        List<Mention> found = repeated.find(text, 0, text.length(), established);
        // the short name 交通局 is not matched as a plain string (it is inside 交通局长)
        assertEquals(List.of(text.indexOf("东海量子研究中心")), found.stream().map(Mention::begin).toList());
    }
}
