package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.source.SourceReader;

/**
 * Page layouts the seeds do not show: the same stories hard-wrapped as a PDF column, or with wider
 * gaps between lines. Invented text, and variants of the shared seeds generated at test time and
 * compared with their gold (skipped when the shared folder is absent).
 */
class LayoutVariantsTest {

    private final TextNormalizer normalizer = new TextNormalizer(TextNormalizerTest.T2S);
    private final ArticleSplitter splitter = new ArticleSplitter();

    private List<Article> split(String original) {
        NormalizedText nt = normalizer.normalize(original);
        List<Article> a = splitter.split(nt);
        ArticleSplitterTest.assertCoverage(nt, a);
        return a;
    }

    /** Lays out running text as a column of {@code width} characters with blank lines between. */
    static String wrap(String text, int width) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (t.length() > 20 && (t.contains("。") || t.contains("，"))) {
                for (int i = 0; i < t.length(); i += width) {
                    sb.append(t, i, Math.min(t.length(), i + width)).append("\n\n");
                }
            } else {
                sb.append(t).append("\n\n");
            }
        }
        return sb.toString();
    }

    private static final String STORY = "本市今天举行了一场关于城市交通规划的公开听证会，来自各区的市民代表踊跃发言，"
            + "就公交线路调整、慢行系统建设和停车收费等问题提出了许多具体建议。交通部门负责人表示，"
            + "将认真研究大家的意见，在下个月公布修改后的方案，并继续听取社会各界的看法。";

    @Test
    void wideHeadlineAboveAWrappedStoryStaysItsTitle() {
        String headline = "城市交通规划听证会今日举行 市民代表建言绿色出行 部门承诺下月公布新方案";
        String page = wrap(headline + "\n" + STORY + "\n光明日报记者 王明", 17);
        List<Article> a = split(page);
        assertEquals(1, a.size());
        assertEquals(headline, a.get(0).title());
        assertEquals(List.of("王明"), a.get(0).authors());
    }

    @Test
    void phrasedHeadlineWiderThanTheColumnIsNotJoinedToTheLineBefore() {
        // the story before breaks off mid-sentence (continued elsewhere); the next story's headline,
        // a little wider than the column, is set in phrases parted by spaces
        String headline = "湿地公园开园 周末迎来首批游客";
        String page = wrap(STORY + "并继续听取" + "\n" + headline + "\n" + STORY.replace("交通", "园林")
                + "\n光明日报记者 李小红", 12);
        String text = normalizer.normalize(page).text();
        assertTrue(text.contains("并继续听取\n\n" + headline + "\n\n"), text);
    }

    @Test
    void twoLineHeadlineBeforeADatelineIsNotJoinedInAColumn() {
        String page = wrap(STORY + "\n南山新区湿地公园开园\n周末迎来首批游客\n本报讯（记者 李小红）"
                + STORY.replace("交通", "园林"), 17);
        List<Article> a = split(page);
        assertEquals(2, a.size());
        assertEquals("南山新区湿地公园开园 周末迎来首批游客", a.get(1).title());
        assertEquals(List.of("李小红"), a.get(1).authors());
    }

    @Test
    void twoLineHeadlineEndingAColumnStaysTwoLines() {
        String page = wrap(STORY + "\n" + STORY + "\n南山新区湿地公园开园\n周末迎来首批游客", 17);
        String text = normalizer.normalize(page).text();
        assertTrue(text.contains("南山新区湿地公园开园\n"), text);
    }

    @Test
    void headlineBlockHoldsTogetherWhenThePageSpacesEveryLineWidely() {
        String page = String.join("\n\n\n\n", "城市交通规划听证会举行——", "市民代表建言“绿色出行”",
                "本报记者 王 明", STORY, "交通部门将在下个月公布方案。", "公园里有很多人，大家都很开心。");
        List<Article> a = split(page);
        assertEquals(1, a.size());
        assertEquals("城市交通规划听证会举行——市民代表建言“绿色出行”", a.get(0).title());
        assertEquals(List.of("王明"), a.get(0).authors());
    }

    @Test
    void seedPagesWrappedAsAColumnOrWidelySpacedKeepTheirArticles() throws IOException {
        Path shared = Path.of(System.getProperty("newskg.home", "."), "..", "shared").normalize();
        assumeTrue(Files.isDirectory(shared.resolve("eval/gold")), "shared gold not found");
        SourceReader reader = new SourceReader();
        for (String id : List.of("000_c733bba341b2a307", "001_b7a524f5e187e028")) {
            Path seed = shared.resolve("seeds/" + id + ".txt");
            Path gold = shared.resolve("eval/gold/" + id + ".json");
            if (!Files.isRegularFile(seed) || !Files.isRegularFile(gold)) continue;
            String text = reader.read(seed).text();
            for (int width : new int[] {15, 16, 17, 20}) {
                SeedFilesTest.assertMatchesGold(gold, split(wrap(text, width)));
            }
            SeedFilesTest.assertMatchesGold(gold, split(text.replaceAll("\n\\s*\n", "\n\n\n\n")));
            SeedFilesTest.assertMatchesGold(gold, split(text.replace("\n", "\r\n")));
        }
    }
}
