package org.newskg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small corpus of broadcast-transcript day files in the CCTV archive's shape, written for the tests (invented news). */
public final class TestTranscripts {
    private static final List<String> ITEMS = List.of(
            "### 东海市召开交通工作会议\n\n<p><strong>央视网消息</strong>（新闻联播）：东海市市长林清泉3月12日主持召开交通工作会议。"
                    + "林清泉说，今年将新建道路128公里，投资45亿元。</p>\n\n[查看原文](https://example.org/a/1.shtml)",
            "### 南湖县丰收节开幕\n\n<p><strong>央视网消息</strong>（新闻联播）：南湖县第7届丰收节今天开幕，周明远出席并致辞。"
                    + "全县粮食产量达到36万吨。</p>",
            "### 国内联播快讯\n\n<p><strong>央视网消息</strong>（新闻联播）：</p><p><strong>西山省新建学校开学</strong></p>"
                    + "<p>西山省今年新建的214所学校今天开学，陈思雨到场看望师生。</p><p><strong>北河市地铁新线通车</strong></p>"
                    + "<p>北河市地铁5号线今天通车，全长31公里，设站22座。</p>",
            "### 科技展览在东海市举行\n\n<p><strong>央视网消息</strong>（新闻联播）：第三届科技展览在东海市开幕，"
                    + "展出新产品1300多件。周明远参观了展览。</p>",
            "### 江口港货物吞吐量增长\n\n<p><strong>央视网消息</strong>（新闻联播）：江口港前三季度货物吞吐量同比增长12.5%，"
                    + "港口负责人王立新介绍，集装箱航线增加到86条。</p>");

    private TestTranscripts() {
    }

    /** Writes {@code days} day files into {@code dir}, each with the items in a rotated order; returns the folder. */
    public static Path write(Path dir, int days) throws IOException {
        Files.createDirectories(dir);
        for (int d = 0; d < days; d++) {
            StringBuilder text = new StringBuilder("# 《新闻联播》 (202403" + String.format("%02d", d + 1) + ")\n\n## 新闻摘要\n\n本期节目主要内容：\n\n");
            for (int i = 0; i < ITEMS.size(); i++) text.append(i + 1).append(".条目\n\n");
            text.append("## 详细新闻\n\n");
            for (int i = 0; i < ITEMS.size() - d % 2; i++) text.append(ITEMS.get((i + d) % ITEMS.size())).append("\n\n");
            text.append("---\n\n(更新时间戳: 1700000000000)\n");
            Files.writeString(dir.resolve("2024030" + (d + 1) + ".md"), text, StandardCharsets.UTF_8);
        }
        return dir;
    }
}
