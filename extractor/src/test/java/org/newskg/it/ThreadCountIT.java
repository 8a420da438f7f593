package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.source.SourceFile;
import org.newskg.pipeline.ExtractionReport;
import org.newskg.pipeline.Progress;

/** The seeds and a few pages of our own, extracted on one thread and on four: the same quads, in the same order. */
class ThreadCountIT {
    @TempDir
    Path tmp;

    /** Pages written for this test: one states no year (it waits for the corpus), one brackets a Latin name. */
    private static final String[] PAGES = {
        "新华社北京3月5日电 第十届全国科技创新大会3月4日在北京开幕。国务院副总理王明出席开幕式并讲话。\n"
                + "他说：“创新是发展的第一动力。”\n",
        "本报讯 2031年4月14日，第十届全国科技创新大会在北京召开。科技部部长李华主持会议。\n",
        "据报道，Qwertz（青石科技）公司7日发布新一代芯片。青石科技董事长赵云表示，将继续加大研发投入。\n",
        "南方日报记者 陈晓\n市长张伟昨日到港口调研，他指出，要抓好安全生产。\n",
    };

    private List<Path> files() throws Exception {
        List<Path> files = new ArrayList<>(Seeds.files());
        for (int i = 0; i < PAGES.length; i++) {
            files.add(Files.writeString(tmp.resolve("page" + i + ".txt"), PAGES[i], StandardCharsets.UTF_8));
        }
        return files;
    }

    private static List<String> extract(List<Path> files, int threads) {
        List<String> quads = new ArrayList<>();
        ExtractionReport report = Seeds.pipeline().withThreads(threads).run(SourceFile.given(files), new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q.toString().replaceAll("_:\\S+", "_:b"));
            }
        }, Progress.NONE);
        assertTrue(report.ok(), report.failures().toString());
        return quads;
    }

    @Test
    void four_threads_give_the_same_quads_in_the_same_order_as_one() throws Exception {
        List<Path> files = files();
        List<String> one = extract(files, 1);
        List<String> four = extract(files, 4);
        assertTrue(one.size() > 1000, "extracted " + one.size() + " quads");
        assertEquals(one.size(), four.size());
        assertEquals(one, four);
    }
}
