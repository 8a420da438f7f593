package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.model.Article;

class ArticleSplitterTest {

    private final TextNormalizer normalizer = new TextNormalizer(TextNormalizerTest.T2S);
    private final ArticleSplitter splitter = new ArticleSplitter();

    private List<Article> split(String original) {
        NormalizedText nt = normalizer.normalize(original);
        List<Article> articles = splitter.split(nt);
        assertCoverage(nt, articles);
        return articles;
    }

    /** Articles are indexed from 0 and cover the analysis text in order, without gaps or overlap. */
    static void assertCoverage(NormalizedText nt, List<Article> articles) {
        assertTrue(!articles.isEmpty(), "no article");
        int pos = 0;
        for (int k = 0; k < articles.size(); k++) {
            Article a = articles.get(k);
            assertEquals(k, a.index());
            assertEquals(pos, a.begin(), "article " + k + " does not start where the previous ended");
            assertTrue(a.end() >= a.begin());
            pos = a.end();
        }
        assertEquals(nt.length(), pos);
    }


    @Test
    void textWithoutStructureIsOneArticle() {
        String s = "今天天气很好，我们去公园散步。\n公园里有很多人，大家都很开心。";
        List<Article> a = split(s);
        assertEquals(1, a.size());
        assertNull(a.get(0).title());
        assertEquals(List.of(), a.get(0).authors());
        assertNull(a.get(0).publisher());
        assertNull(a.get(0).date());
    }

    @Test
    void emptyTextIsOneEmptyArticle() {
        List<Article> a = split("");
        assertEquals(1, a.size());
        assertEquals(0, a.get(0).end());
    }

    @Test
    void headlineBlockAndBylineStartAnArticle() {
        String s = String.join("\n\n",
                "城市交通规划听证会举行——",
                "市民代表建言“绿色出行”",
                "本报记者 王 明 李小红",
                "本市今天举行了一场关于城市交通规划的公开听证会，来自各区的市民代表踊跃发言。",
                "图为听证会现场。",
                "新华社记者 冯九 摄",
                "绿色出行",
                "交通部门负责人表示，将认真研究大家的建议。本次听证会由光明日报社协办。");
        List<Article> a = split(s);
        assertEquals(1, a.size());
        Article art = a.get(0);
        assertEquals("城市交通规划听证会举行——市民代表建言“绿色出行”", art.title());
        assertEquals(List.of("王明", "李小红"), art.authors()); // photographers are not authors
        assertEquals("光明日报", art.publisher()); // 本报 = the paper the text names itself
    }

    @Test
    void ownPaperIsUnknownWithoutEvidence() {
        List<Article> a = split("听证会举行\n\n本报记者 王明\n\n本市今天举行了一场听证会，市民踊跃发言。");
        assertEquals(List.of("王明"), a.get(0).authors());
        assertNull(a.get(0).publisher());
    }

    @Test
    void datelineStartsAnArticleAndGivesPublisherAuthorsAndDate() {
        String s = String.join("\n\n",
                "第一篇标题",
                "本报记者 赵一",
                "第一篇正文内容，讲述了很多事情。",
                "新华社上海3月5日电（记者钱二、孙三）5日，2023年春季展览会在上海开幕。展会吸引了众多参观者。",
                "展会将持续到3月8日，2021年以来已举办三届。");
        List<Article> a = split(s);
        assertEquals(2, a.size());
        assertEquals("第一篇标题", a.get(0).title());
        assertEquals(List.of("赵一"), a.get(0).authors());
        assertNull(a.get(0).date());
        Article second = a.get(1);
        assertNull(second.title());
        assertEquals(List.of("钱二", "孙三"), second.authors());
        assertEquals("新华社", second.publisher());
        assertEquals("2023-03-05", second.date());
        assertTrue(normalizer.normalize(s).text().substring(second.begin()).startsWith("新华社上海"));
        assertEquals("上海", second.datelinePlace(), "the place between publisher and date");
        assertNull(a.get(0).datelinePlace(), "a byline names no place");
    }

    @Test
    void aDatelineWithoutPlaceOrAfterAnUnknownPrefixGivesNoPlace() {
        List<Article> plain = split(String.join("\n\n", "第一篇标题", "本报记者 赵一", "正文。",
                "中新网3月5日电 5日，春季展览会开幕。"));
        assertEquals("中新网", plain.get(1).publisher());
        assertNull(plain.get(1).datelinePlace());
        List<Article> line = split("某省电网东城3月5日电力供应平稳，各地用电正常。");
        assertNull(line.get(0).datelinePlace(), "no publisher opens it: not a dateline");
    }

    @Test
    void headlineBeforeDatelineTitlesTheDispatchAndYearComesFromTheFile() {
        String s = String.join("\n\n",
                "回顾2022年的发展成就，各地经济稳步回升。",
                "论坛在京举行",
                "本报北京6月1日电（记者周四）1日，论坛在京举行。",
                "与会专家就发展问题深入交流。");
        List<Article> a = split(s);
        assertEquals(2, a.size());
        assertNull(a.get(0).title());
        assertEquals("论坛在京举行", a.get(1).title());
        assertEquals(List.of("周四"), a.get(1).authors());
        assertEquals("2022-06-01", a.get(1).date());
        assertNull(a.get(1).publisher());
    }

    @Test
    void traditionalMarkdownPageWithHongKongDatelines() {
        String s = String.join("\n\n",
                "# 香港創科發展再上新台階",
                "## ——記全年資助項目創新高",
                "香港文匯報訊（記者 吳五 九龍報道）創新科技署昨日公布，全年資助項目數目創新高。",
                "### 小標題",
                "正文內容，繼續報道。",
                "## 另一則新聞標題",
                "香港文匯報訊 據本地媒體報道，政府昨日宣布新措施。",
                "### 第二個小標題",
                "更多正文內容。");
        List<Article> a = split(s);
        assertEquals(2, a.size());
        assertEquals("香港创科发展再上新台阶——记全年资助项目创新高", a.get(0).title());
        assertEquals(List.of("吴五"), a.get(0).authors());
        assertEquals("香港文汇报", a.get(0).publisher());
        assertEquals("另一则新闻标题", a.get(1).title());
        assertEquals(List.of(), a.get(1).authors());
        assertEquals("香港文汇报", a.get(1).publisher());
    }

    @Test
    void inlineReporterCreditAfterNewsFlashDateline() {
        List<Article> a = split("# 标题\n\n香港文匯報訊 綜合新華社及記者王莉報道，昨日大會開幕。");
        assertEquals(List.of("王莉"), a.get(0).authors());
        assertEquals("香港文汇报", a.get(0).publisher());
    }

    @Test
    void continuationMarkStartsAnUntitledArticleAndTrailingHeadlinesFindTheirDispatch() {
        String s = String.join("\n\n",
                "新华社广州7月2日电（记者郑六）2日，2024年夏季交易会在广州开幕，吸引大批采购商。",
                "展会设有多个展馆，展品丰富。",
                "（上接第三版）",
                "这是从别的版面转来的文章内容，没有标题。",
                "继续这篇文章的内容。",
                "『南国瓷韵』亮相羊城",
                "夏季交易会推动外贸发展");
        List<Article> a = split(s);
        assertEquals(2, a.size());
        assertEquals("『南国瓷韵』亮相羊城 夏季交易会推动外贸发展", a.get(0).title());
        assertEquals(List.of("郑六"), a.get(0).authors());
        assertEquals("新华社", a.get(0).publisher());
        assertEquals("2024-07-02", a.get(0).date());
        Article cont = a.get(1);
        assertNull(cont.title());
        assertEquals(List.of(), cont.authors());
        assertNull(cont.publisher());
        assertNull(cont.date());
    }

    @Test
    void photoLedSidebarsShareTheTrailingByline() {
        String s = String.join("\n\n",
                "全國運動會開幕 各地健兒同場競技",
                "一連十日的全國運動會昨日在體育中心開幕，吸引大批觀眾。",
                "▲運動員入場。",
                "大會供圖",
                "大公文匯全媒體記者 陳七",
                "鄭八：全力支持體育發展\n\n",
                "▲鄭八致辭。",
                "鄭八在開幕式上致辭表示，將全力支持體育事業發展。",
                "推動全民健身",
                "鄭八指出，要推動全民健身。");
        List<Article> a = split(s);
        assertEquals(2, a.size());
        assertEquals("全国运动会开幕 各地健儿同场竞技", a.get(0).title());
        assertEquals(List.of("陈七"), a.get(0).authors());
        assertEquals("大公文汇全媒体", a.get(0).publisher());
        assertEquals("郑八：全力支持体育发展", a.get(1).title());
        assertEquals(List.of("陈七"), a.get(1).authors());
        assertEquals("大公文汇全媒体", a.get(1).publisher());
    }

    @Test
    void sectionHeadsDoNotStartArticles() {
        String s = String.join("\n",
                "王先生出席峰会发表演说：发展要服务实体经济",
                "国家副主席王先生周六在峰会发表演说表示，要坚持服务实体经济。",
                "李女士：好的创新不怕监管",
                "另一方面，李女士表示，创新对监管提出了挑战。");
        List<Article> a = split(s);
        assertEquals(1, a.size());
        assertEquals("王先生出席峰会发表演说：发展要服务实体经济", a.get(0).title());
    }

    @Test
    void broadcastTranscriptSplitsIntoItemsAndRoundUps() {
        String s = String.join("\n\n",
                "# 《晚间新闻》 (20240305)",
                "## 新闻摘要",
                "本期节目主要内容：",
                "1.第一条新闻标题；",
                "## 详细新闻",
                "### 第一条新闻标题",
                "<p><strong>央视网消息</strong>（晚间新闻）：第一条新闻的内容。</p>",
                "[查看原文](https://example.com/1.shtml)",
                "### 国内联播快讯",
                "<p><strong>央视网消息</strong>（晚间新闻）：</p><p><strong>甲市开通新地铁</strong></p>"
                        + "<p>甲市今天开通新地铁线路。</p><p><strong>乙省粮食丰收</strong></p><p>乙省今年粮食产量创新高。</p>");
        List<Article> a = split(s);
        assertEquals(4, a.size());
        assertEquals("《晚间新闻》(20240305) 新闻摘要", a.get(0).title());
        assertEquals("第一条新闻标题", a.get(1).title());
        assertEquals("甲市开通新地铁", a.get(2).title());
        assertEquals("乙省粮食丰收", a.get(3).title());
        for (Article art : a) assertEquals("2024-03-05", art.date());
        assertEquals("央视网", a.get(1).publisher());
        assertEquals("央视网", a.get(3).publisher());
    }
}
