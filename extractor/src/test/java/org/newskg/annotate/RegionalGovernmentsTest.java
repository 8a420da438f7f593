package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newskg.model.Mention;

class RegionalGovernmentsTest {
    private final RegionalGovernments regional = new RegionalGovernments();

    private Map<String, String> found(String... wordsAndTags) {
        List<Token> tokens = Words.of(wordsAndTags);
        return regional.find(Words.text(tokens), tokens).stream().collect(Collectors.toMap(Mention::text, Mention::referent, (a, b) -> a));
    }

    @Test
    void in_a_report_about_one_region_its_bare_government_and_bureaus_are_that_regions() {
        Map<String, String> f = found("香港/ns", "商户/n", "指出/v", "政府/nis", "加强/v", "巡查/vn", "，/w", "保安局/nis", "公布/v",
                "数字/n", "，/w", "香港/ns", "街坊/n", "安心/a");
        assertEquals("香港特别行政区政府", f.get("政府"));
        assertEquals("香港特别行政区政府保安局", f.get("保安局"));
    }

    @Test
    void a_qualified_or_qualifying_government_is_no_bare_one() {
        assertTrue(found("香港/ns", "与/cc", "各级/b", "政府/nis", "合作/vn", "，/w", "香港/ns", "政府/nis", "部门/n", "回应/v").isEmpty());
    }

    @Test
    void a_report_naming_a_mainland_government_or_both_regions_leaves_bare_names_alone() {
        assertTrue(found("香港/ns", "与/cc", "南港/ns", "市政府/nis", "签约/v", "，/w", "政府/nis", "表示/v", "香港/ns").isEmpty());
        assertTrue(found("香港/ns", "和/cc", "澳门/ns", "合作/vn", "，/w", "政府/nis", "表示/v", "香港/ns").isEmpty());
    }
}
