package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void readsBylines() {
        var b = Bylines.parse("本报记者 张 盼").orElseThrow();
        assertEquals("本报", b.publisher());
        assertEquals(List.of("张盼"), b.names());
        assertEquals(List.of("甲乙丙", "丁戊", "己庚"), Bylines.parse("本报记者 甲乙丙 丁戊 己庚").orElseThrow().names());
        var x = Bylines.parse("新华社记者").orElseThrow();
        assertEquals("新华社", x.publisher());
        assertEquals(List.of(), x.names());
        assertEquals("大公文汇全媒体", Bylines.parse("大公文汇全媒体记者 陆一").orElseThrow().publisher());
        assertEquals("本报", Bylines.parse("本报驻东京记者 王二").orElseThrow().publisher());
        var y = Bylines.parse("记者 王三 通讯员 李四 报道").orElseThrow();
        assertNull(y.publisher());
        assertEquals(List.of("王三", "李四"), y.names());
    }

    @Test
    void rejectsLinesThatAreNotBylines() {
        assertFalse(Bylines.parse("新华社记者 黄一 蔡二 李三 摄").isPresent()); // photo credit
        assertTrue(Bylines.isPhotoCredit("新华社记者 黄一 蔡二 李三 摄"));
        assertTrue(Bylines.isPhotoCredit("主办方供图（新华社发）"));
        assertFalse(Bylines.parse("记者手记").isPresent());
        assertFalse(Bylines.parse("致敬新闻记者").isPresent());
        assertFalse(Bylines.parse("新华社记者从有关部门获悉").isPresent());
        assertFalse(Bylines.parse("记者了解到，今年以来市场平稳。").isPresent());
    }

    @Test
    void readsCreditPhrases() {
        assertEquals(List.of("林一"), Bylines.creditedNames("记者林一"));
        assertEquals(List.of("寇二", "刘三"), Bylines.creditedNames("记者寇二、刘三"));
        assertEquals(List.of("茅四"), Bylines.creditedNames("记者 茅四 浙江乌镇报道"));
        assertEquals(List.of("王五"), Bylines.creditedNames("综合新华社及记者王五报道"));
        assertEquals(List.of(), Bylines.creditedNames("据澎湃新闻报道"));
        assertEquals(List.of("约翰·史密斯"), Bylines.creditedNames("记者约翰·史密斯"));
    }

    @Test
    void readsDatelines() {
        var d = Datelines.parse("新华社香港4月27日电（记者林一）27日，展会开幕。").orElseThrow();
        assertEquals("新华社", d.publisher());
        assertEquals("香港", d.place());
        assertEquals(4, d.month());
        assertEquals(27, d.day());
        assertNull(d.year());
        assertEquals(List.of("林一"), d.names());
        assertEquals("新华社香港4月27日电（记者林一）".length(), d.length());
        var e = Datelines.parse("本报北京2024年11月19日电 今天，会议举行。").orElseThrow();
        assertEquals("本报", e.publisher());
        assertEquals(2024, e.year());
        assertEquals("香港文汇报", Datelines.parse("香港文汇报讯 据本地媒体报道，政府宣布。").orElseThrow().publisher());
        var f = Datelines.parse("香港文汇报浙江传真 报告显示，增长明显。").orElseThrow();
        assertEquals("浙江", f.place());
        assertEquals("央视网", Datelines.parse("央视网消息（新闻联播）：内容。").orElseThrow().publisher());
        assertFalse(Datelines.parse("据新华社北京4月27日电，会议举行。").isPresent());
        assertFalse(Datelines.parse("商务部网站4月27日消息，出口增长。").isPresent());
        assertFalse(Datelines.parse("今年4月27日，会议举行。").isPresent());
    }

    @Test
    void resolvesYears() {
        assertEquals(2025, YearResolver.resolve(4, 27, "2024年数据显示增长。2025年春季展会开幕。", ""));
        assertEquals(2023, YearResolver.resolve(5, 2, "早在2023年5月2日，项目启动。2025年将完工。", ""));
        assertEquals(2024, YearResolver.resolve(6, 1, "计划到2035年基本建成，2024年完成一期。", ""));
        assertEquals(2022, YearResolver.resolve(6, 1, "没有年份。", "别处提到2022年。"));
        assertNull(YearResolver.resolve(6, 1, "没有年份。", "也没有。"));
    }
}
