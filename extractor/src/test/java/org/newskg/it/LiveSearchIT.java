package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A load through the running server keeps {@code text:query} in step: what it adds is found, what it replaces is gone. */
class LiveSearchIT extends LiveLoadServer {
    // written for this test: a made-up bureau and two versions of what its director said
    static final String FIRST = "某市交通局召开发布会\n新华社南京4月5日电 某市交通局局长李明远5日表示，“地铁明年将实现智慧换乘。”\n";
    static final String SECOND = "某市交通局召开发布会\n新华社南京4月5日电 某市交通局局长李明远5日表示，“公交线路将全面优化。”\n";
    /** The subjects and texts the phrase finds, one "subject,text" line each, sorted. */
    static List<String> search(String phrase) throws Exception {
        HttpResponse<String> r = SeedDatabase.query(server.getPort(), "PREFIX text: <http://jena.apache.org/text#>"
                + " SELECT ?s ?text { (?s ?score ?text) text:query '\"" + phrase + "\"' } ORDER BY ?s ?text", "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).map(String::strip).sorted().toList();
    }

    @Test
    void a_pushed_quotation_is_found_in_either_script_and_its_old_words_go_when_the_file_changes() throws Exception {
        assertEquals(List.of(), search("智慧换乘"));
        HttpResponse<String> first = AdminUpload.send(server, PASSWORD, "live-search.txt", FIRST);
        assertEquals(200, first.statusCode(), first.body());
        List<String> simplified = search("智慧换乘");
        assertFalse(simplified.isEmpty(), "the new quotation is not found");
        assertTrue(simplified.stream().anyMatch(row -> row.contains("地铁明年将实现智慧换乘")), simplified.toString());
        assertEquals(simplified, search("智慧換乘"));
        List<String> title = search("召开发布会");
        assertFalse(title.isEmpty(), "the new title is not found");

        HttpResponse<String> second = AdminUpload.send(server, PASSWORD, "live-search.txt", SECOND);
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(List.of(), search("智慧换乘"), "the replaced quotation is still found");
        assertEquals(List.of(), search("智慧換乘"));
        List<String> changed = search("全面優化");
        assertTrue(changed.stream().anyMatch(row -> row.contains("公交线路将全面优化")), changed.toString());
        assertEquals(title, search("召開發布會"), "the title, stated again, is found once as before");
    }
}
