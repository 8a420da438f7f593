package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    static final UnaryOperator<String> T2S = HanLP::convertToSimplifiedChinese;
    private final TextNormalizer normalizer = new TextNormalizer(T2S);

    /**
     * Every analysis character comes from its original character: the same, its simplified form,
     * a space from a space-like character, an entity or a line break joining English words, a line
     * break from a line break or block tag.
     */
    static void assertMapConsistent(NormalizedText nt) {
        String o = nt.original();
        String t = nt.text();
        int prev = -1;
        for (int i = 0; i < t.length(); i++) {
            int k = nt.toOriginal(i);
            assertTrue(k > prev, "map not increasing at " + i);
            prev = k;
            char a = t.charAt(i);
            char b = o.charAt(k);
            boolean ok = a == b || String.valueOf(a).equals(T2S.apply(String.valueOf(b)))
                    || (a == ' ' && (Character.isSpaceChar(b) || b == '\t' || b == '&' || b == '\n' || b == '\r'))
                    || (a == '\n' && (b == '\r' || b == '<' || b == '\f'))
                    || (b == '&' && nt.originalSlice(i, i + 1).endsWith(";"));
            assertTrue(ok, "analysis '" + a + "' at " + i + " from original '" + b + "' at " + k);
        }
        assertEquals(o.length(), nt.toOriginal(t.length()));
    }

    @Test
    void convertsTraditionalAndKeepsOriginalWording() {
        String original = "香港特區政府創新科技及工業局局長孫東說，數碼港會繼續發展。";
        NormalizedText nt = normalizer.normalize(original);
        assertEquals(original.length(), nt.length());
        assertTrue(nt.text().startsWith("香港特区政府创新科技及工业局局长孙东说"), nt.text());
        int i = nt.text().indexOf("孙东");
        assertEquals("孫東", nt.originalSlice(i, i + 2));
        assertEquals("創新科技及工業局", nt.originalSlice(nt.text().indexOf("创新"), nt.text().indexOf("局长")));
        assertMapConsistent(nt);
    }

    @Test
    void lengthChangingConverterFallsBackToOneCharacterAtATime() {
        Map<String, String> chars = Map.of("電", "电", "腦", "脑", "網", "网");
        UnaryOperator<String> converter = s -> {
            if (s.length() == 1) return chars.getOrDefault(s, s);
            StringBuilder sb = new StringBuilder();
            for (char c : s.toCharArray()) sb.append(chars.getOrDefault(String.valueOf(c), String.valueOf(c)));
            return sb.toString().replace("电脑", "计算机"); // a phrase of another length
        };
        String original = "他用電腦上網。\n第二行電話。";
        NormalizedText nt = new TextNormalizer(converter).normalize(original);
        assertEquals("他用电脑上网。\n第二行电話。", nt.text());
        assertEquals(original.length(), nt.length());
        assertEquals("電腦", nt.originalSlice(2, 4));
    }

    @Test
    void unifiesLineEndsAndSpaces() {
        String original = "　　第一段，内容。\r\n第二段\u00A0内容。\r第三段\u200B内容。\tEnd";
        NormalizedText nt = normalizer.normalize(original);
        assertEquals("第一段，内容。\n第二段 内容。\n第三段内容。End", nt.text());
        assertMapConsistent(nt);
    }

    @Test
    void removesLayoutSpacesNextToDigitsAndPunctuation() {
        NormalizedText nt = normalizer.normalize("会议于11月 20日举行，迈入第 11个年头 。来自 2024 年的消息说 ，很好。");
        assertEquals("会议于11月20日举行，迈入第11个年头。来自2024年的消息说，很好。", nt.text());
        // spaces between Han words are kept: they separate headline phrases and names
        assertEquals("首次在港举办 把握合作机遇", normalizer.normalize("首次在港举办 把握合作机遇").text());
        assertEquals("本报记者 张 明", normalizer.normalize("本报记者 张 明").text());
        assertMapConsistent(nt);
    }

    private static final String HARD_WRAPPED = String.join("\n\n",
            "“我们愿同各方一道，把握发展的历史",
            "机遇，携手推动合作。”11月 20日，大会",
            "在杭州开幕，引发强烈反响。",
            "大家表示，大会的成功举办体现了对",
            "发展大势的深刻把握，为深化交流合作",
            "提供了遵循。",
            "大会副主席约翰·史密",
            "斯表示，确保发展成果惠及全体民众，",
            "是当前的一项重要任务。",
            "“今年，大会迈入",
            "第 11个年头。”他说。",
            "与会代表认为，只有坚持开放合作，才能",
            "实现共同发展。");

    @Test
    void joinsHardWrappedLines() {
        NormalizedText nt = normalizer.normalize(HARD_WRAPPED);
        List<String> paragraphs = List.of(nt.text().split("\n+"));
        assertEquals(List.of(
                "“我们愿同各方一道，把握发展的历史机遇，携手推动合作。”11月20日，大会在杭州开幕，引发强烈反响。",
                "大家表示，大会的成功举办体现了对发展大势的深刻把握，为深化交流合作提供了遵循。",
                "大会副主席约翰·史密斯表示，确保发展成果惠及全体民众，是当前的一项重要任务。",
                "“今年，大会迈入第11个年头。”他说。",
                "与会代表认为，只有坚持开放合作，才能实现共同发展。"), paragraphs);
        int i = nt.text().indexOf("约翰·史密斯");
        assertEquals("约翰·史密\n\n斯", nt.originalSlice(i, i + 6));
        assertMapConsistent(nt);
    }

    @Test
    void in_hard_wrapped_text_a_sentence_ending_at_the_column_edge_and_a_line_opening_with_a_closing_mark_go_on() {
        String original = HARD_WRAPPED + "\n\n" + String.join("\n\n",
                "“我们愿同各方一道，把握发展的历史",
                "机遇，携手推动合作，促进共同发展。",
                "”大会主席说。他表示，大会将在杭州",
                "开幕，期待各方踊跃参加交流活动。",
                "下一段讲的是新事。");
        List<String> paragraphs = List.of(normalizer.normalize(original).text().split("\n+"));
        assertEquals(List.of(
                "“我们愿同各方一道，把握发展的历史机遇，携手推动合作，促进共同发展。”大会主席说。"
                        + "他表示，大会将在杭州开幕，期待各方踊跃参加交流活动。",
                "下一段讲的是新事。"), paragraphs.subList(paragraphs.size() - 2, paragraphs.size()),
                "a sentence ending on a full line runs on; one ending on a shorter line ends its paragraph");
    }

    @Test
    void hardWrappedTitleLinesJoinButBylineStaysApart() {
        String original = "美好未来的“数字篇章”\n——记一次国际会议\n\n新华社记者\n\n" + HARD_WRAPPED;
        NormalizedText nt = normalizer.normalize(original);
        assertTrue(nt.text().startsWith("美好未来的“数字篇章”——记一次国际会议\n\n新华社记者\n\n“我们愿同"), nt.text());
    }

    @Test
    void spacedOutShortLinesLoseTheirSpacesInHardWrappedText() {
        String original = HARD_WRAPPED + "\n\n协会主席路易\n\n吉·甘巴\n\n尔 代\n\n拉\n\n说 ，\n\n中 国\n\n在智慧交\n\n通 等 方 面 走\n\n在了世界前列。";
        NormalizedText nt = normalizer.normalize(original);
        assertTrue(nt.text().endsWith("协会主席路易吉·甘巴尔代拉说，中国在智慧交通等方面走在了世界前列。"), nt.text());
        assertMapConsistent(nt);
    }

    @Test
    void cleanTextKeepsHeadlinesSectionHeadsAndBylinesApart() {
        String original = String.join("\n\n",
                "城市交通规划听证会举行——",
                "市民代表建言“绿色出行”",
                "本报记者 王 明",
                "本市今天举行了一场关于城市交通规划的公开听证会，来自各区的市民代表踊跃发言。",
                "交通部门负责人表示，将认真研究大家的建议，争取在明年年底前完成第一阶段的改造，进一步改善",
                "出行环境。",
                "绿色出行",
                "“加快建设一批公交专用道、自行车道，让市民出行更方便”",
                "自行车道建设是此次听证会的一大焦点。");
        NormalizedText nt = normalizer.normalize(original);
        List<String> paragraphs = List.of(nt.text().split("\n+"));
        assertEquals(List.of(
                "城市交通规划听证会举行——",
                "市民代表建言“绿色出行”",
                "本报记者 王 明",
                "本市今天举行了一场关于城市交通规划的公开听证会，来自各区的市民代表踊跃发言。",
                "交通部门负责人表示，将认真研究大家的建议，争取在明年年底前完成第一阶段的改造，进一步改善出行环境。",
                "绿色出行",
                "“加快建设一批公交专用道、自行车道，让市民出行更方便”",
                "自行车道建设是此次听证会的一大焦点。"), paragraphs);
        assertMapConsistent(nt);
    }

    @Test
    void removesRunsPrintedTwice() {
        String original = " 共共建美好家园建美好家园““绿色发展绿色发展””\n"
                + " 1212 月月 55 日拍日拍\n\n正文第一段，内容很长。";
        NormalizedText nt = normalizer.normalize(original);
        assertTrue(nt.text().startsWith("共建美好家园“绿色发展”\n12月5日拍\n\n正文"), nt.text());
        // the first copy of each doubled run is kept
        int i = nt.text().indexOf("绿色发展");
        assertEquals("绿色发展", nt.originalSlice(i, i + 4));
        assertEquals(original.indexOf("绿色发展"), nt.toOriginal(i));
        assertEquals("共共建美好家园建美好家园““绿色发展", nt.originalSlice(0, i + 4));
        assertMapConsistent(nt);
    }

    @Test
    void realSentencesAreNotTakenForDoubledRuns() {
        List<String> sentences = List.of(
                "高高兴兴上学去，平平安安回家来。",
                "他说：“好好好，我们走走看看。”",
                "研究研究再说，讨论讨论再定吧",
                "人人为我，我为人人",
                "“常常常常”一词在此出现两次",
                "天天天蓝，年年年好，日日日新",
                "谢谢谢谢大家大家的支持与帮助啊",
                "2024年2024年的数据对比");
        for (String s : sentences) {
            assertEquals(s, normalizer.normalize(s).text(), s);
        }
        assertFalse(DuplicateRunRemover.doubledChunks("一二三四一二三四五", 0, 9) != null);
    }

    @Test
    void stripsHtmlAndMarkdownLinks() {
        String original = "### 标题\n\n<p><strong>央视网消息</strong>（新闻联播）：第一段内容。</p>"
                + "<p style=\"text-indent: 2em;\">第二段&nbsp;内容&gt;三。</p>\n\n[查看原文](https://example.com/a.shtml)";
        NormalizedText nt = normalizer.normalize(original);
        assertEquals("### 标题\n\n\n央视网消息（新闻联播）：第一段内容。\n\n第二段 内容>三。\n\n\n查看原文", nt.text());
        int i = nt.text().indexOf("央视网消息");
        assertEquals("央视网消息", nt.originalSlice(i, i + 5));
        int j = nt.text().indexOf("内容>三");
        assertEquals("内容&gt;三", nt.originalSlice(j, j + 4));
        int k = nt.text().indexOf("第二段 ");
        assertEquals("第二段&nbsp;", nt.originalSlice(k, k + 4));
        assertMapConsistent(nt);
    }

    @Test
    void plainTextWithAngleBracketsIsNotHtml() {
        String original = "比较 a<b 与 c&d 的大小，<p 不是标签。";
        assertEquals("比较 a<b 与 c&d 的大小，<p 不是标签。", normalizer.normalize(original).text());
    }

    @Test
    void randomInputKeepsTheInvariants() {
        String[] pieces = {"新闻", "記者", " ", "　", "\n", "\r\n", "\n\n", "，", "。", "“", "”", "2024", "年",
            "<p>", "</p>", "<br>", "&nbsp;", "&", "<", "#", "## ", "本报记者 王 明", "新华社北京4月1日电", "（上接第二版）",
            "▲", "abc", "携携", "手手", "\u200B", "\t", "——", "(", ")", "[链接](https://e.x/1)"};
        java.util.Random random = new java.util.Random(42);
        ArticleSplitter splitter = new ArticleSplitter();
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(80);
            for (int i = 0; i < n; i++) sb.append(pieces[random.nextInt(pieces.length)]);
            NormalizedText nt = normalizer.normalize(sb.toString());
            assertMapConsistent(nt);
            for (int i = 0; i <= nt.length(); i++) {
                assertTrue(nt.toOriginalEnd(i) >= (i == 0 ? 0 : nt.toOriginal(i - 1) + 1));
            }
            ArticleSplitterTest.assertCoverage(nt, splitter.split(nt));
        }
    }

    @Test
    void emptyAndBlankInput() {
        assertEquals("", normalizer.normalize("").text());
        NormalizedText nt = normalizer.normalize("\n\n  \n");
        assertEquals("\n\n\n", nt.text());
        assertMapConsistent(nt);
    }
}
