package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.model.Quotation;

/** Rules of issue 9 for reports and their speakers; every sentence is invented. */
class QuoteReportRulesTest {

    private String text;
    private List<Quotation> qs;

    private void find(String text, String... specs) {
        this.text = text;
        Article a = new Article(0, 0, text.length(), null, List.of(), null, null);
        this.qs = new QuoteFinder().find(text, a, EventFinderTest.mentions(text, specs), List.of());
    }

    private Optional<Quotation> quote(String words) {
        return qs.stream().filter(q -> text.substring(q.begin(), q.end()).equals(words)).findFirst();
    }

    private Quotation quoted(String words) {
        return quote(words).orElseThrow(() -> new AssertionError(words + " not among "
                + qs.stream().map(q -> text.substring(q.begin(), q.end())).toList()));
    }

    private static String speaker(Quotation q) {
        return q.speaker() == null ? null : q.speaker().text();
    }

    @Test
    void an_opinion_verb_takes_a_clause_that_opens_with_a_demonstrative() {
        find("王建华认为这些措施能够稳定市场。", "P:王建华");
        assertEquals("王建华", speaker(quoted("这些措施能够稳定市场。")));
    }

    @Test
    void a_verb_right_after_its_speech_occasion_takes_its_clause_and_the_speaker_before_the_occasion() {
        find("校长周立新出席典礼，致辞时提及学校新建的实验楼已经投入使用。", "P:周立新");
        assertEquals("周立新", speaker(quoted("学校新建的实验楼已经投入使用。")));
        find("周立新致辞时，表示学校重视体育，为学生提供训练场地。", "P:周立新");
        assertEquals("周立新", speaker(quoted("学校重视体育，为学生提供训练场地。")));
    }

    @Test
    void mentioning_needs_a_speech_occasion_to_report_without_a_comma() {
        find("周立新多次提及这所学校的历史。", "P:周立新");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void saying_one_sends_a_message_is_speech_but_paying_tribute_is_an_attitude() {
        find("李明表示向全体师生发出倡议，呼吁大家节约用水。", "P:李明");
        assertEquals("李明", speaker(quoted("向全体师生发出倡议，呼吁大家节约用水。")));
        find("李明表示向全体医护人员致敬。", "P:李明");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void not_ruling_out_is_a_statement_of_its_speaker() {
        find("赵强不排除明年油价继续上涨。", "P:赵强");
        assertEquals("赵强", speaker(quoted("明年油价继续上涨。")));
    }

    @Test
    void a_body_next_to_its_proposal_is_its_speaker_and_the_next_proposer_ends_the_report() {
        find("华东化工协会建议加快制定行业标准。无党派人士建议完善补贴政策。", "O:华东化工协会");
        assertEquals("华东化工协会", speaker(quoted("加快制定行业标准。")));
        Quotation other = quoted("完善补贴政策。");
        assertNull(other.speaker(), "a collective names no one");
    }

    @Test
    void a_proposal_as_a_noun_reports_nothing() {
        find("华东化工协会提出的建议得到采纳。", "O:华东化工协会");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void counted_points_announced_at_a_paragraphs_end_are_the_next_paragraphs() {
        find("在陈思远看来，问题并非无法解决，他提出了两点建议：\n加大对小企业的信贷支持；\n同时，简化审批流程。\n当天的会议持续了三个小时。",
                "P:陈思远");
        assertEquals("问题并非无法解决", text.substring(qs.get(0).begin(), qs.get(0).end()));
        assertEquals("陈思远", speaker(quoted("加大对小企业的信贷支持；")));
        assertEquals("陈思远", speaker(quoted("同时，简化审批流程。")));
        assertFalse(quote("当天的会议持续了三个小时。").isPresent());
    }

    @Test
    void a_quote_that_is_a_paragraph_of_its_own_goes_on_with_the_previous_paragraphs_speaker() {
        find("刘海涛认为，小企业的融资难题仍然突出。\n“这些困难不能说没有解决办法，关键在于银行是否愿意放贷。”", "P:刘海涛");
        Quotation q = quoted("这些困难不能说没有解决办法，关键在于银行是否愿意放贷。");
        assertEquals("刘海涛", speaker(q));
        assertEquals("previous-paragraph", q.attributedBy());
    }

    @Test
    void another_person_named_after_the_previous_speaker_stops_that() {
        find("刘海涛认为，小企业的融资难题仍然突出。对此，何晓峰也到场参加了座谈。\n“这些困难不能说没有解决办法，关键在于银行是否愿意放贷。”",
                "P:刘海涛", "P:何晓峰");
        assertFalse("previous-paragraph".equals(quoted("这些困难不能说没有解决办法，关键在于银行是否愿意放贷。").attributedBy()));
    }

    @Test
    void a_saying_cited_inside_a_report_neither_ends_it_nor_becomes_a_quote() {
        find("孙立平表示，两国合作前景广阔。“远亲不如近邻，近邻不如对门”，双方要加强沟通。", "P:孙立平");
        assertEquals("孙立平", speaker(quoted("两国合作前景广阔。“远亲不如近邻，近邻不如对门”，双方要加强沟通。")));
        assertFalse(quote("远亲不如近邻，近邻不如对门").isPresent());
    }

    @Test
    void a_report_stops_before_a_verb_that_introduces_quoted_speech() {
        find("周一鸣曾说，公司不怕竞争，并称“市场足够大，谁都有机会！”", "P:周一鸣");
        assertEquals("周一鸣", speaker(quoted("公司不怕竞争")));
        Quotation q = quoted("市场足够大，谁都有机会！");
        assertTrue(q.direct());
        assertEquals("周一鸣", speaker(q));
    }

    @Test
    void a_clause_after_a_semicolon_naming_the_speaker_again_is_narrative() {
        find("吴立伟说，项目进展顺利；今天吴立伟再次到工地视察，并与工人交谈。", "P:吴立伟");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("项目进展顺利", text.substring(qs.get(0).begin(), qs.get(0).end()));
    }

    @Test
    void a_document_speaks_one_sentence_and_a_body_written_before_it_is_its_author() {
        find("东林市政府工作报告指出，今年经济增长目标为6%。这个目标高于去年。\n今年的政府工作报告提出，全年新增就业10万人。",
                "O:东林市政府");
        assertEquals("东林市政府", speaker(quoted("今年经济增长目标为6%。")));
        assertEquals("东林市政府", speaker(quoted("全年新增就业10万人。")));
    }

    @Test
    void a_spokesperson_speaks_for_the_short_name_before_the_role() {
        find("恒达国际发言人回复，公司将继续推进合作。");
        Quotation q = quoted("公司将继续推进合作。");
        assertEquals("恒达国际", speaker(q));
        assertEquals("发言人", q.speakerRole());
        find("该公司发言人回复，公司将继续推进合作。");
        assertTrue(qs.stream().noneMatch(x -> "该公司".equals(speaker(x))), qs.toString());
    }

    @Test
    void a_sentence_of_the_speakers_next_act_ends_the_report_and_its_verb_after_a_comma_reports_for_them() {
        find("林志成表示，学生要遵守纪律。又形容获奖者为“师兄师姐”，建议他们多参与社会服务。", "P:林志成");
        assertEquals("林志成", speaker(quoted("学生要遵守纪律。")));
        assertEquals("林志成", speaker(quoted("他们多参与社会服务。")));
    }

    @Test
    void a_document_whose_author_is_not_given_speaks_for_no_one_else_in_its_sentence() {
        find("东海日报查询去年的资料，当时内容提到，“我们将继续扩大开放，欢迎各方投资。”", "O:东海日报");
        assertNull(quoted("我们将继续扩大开放，欢迎各方投资。").speaker());
    }

    @Test
    void a_body_proposes_with_a_comma_but_not_through_a_plan_or_a_meeting_written_after_it() {
        find("南江省交通厅近日印发《道路养护行动计划》，提出，到2027年完成全部危桥改造。", "O:南江省交通厅");
        assertEquals("南江省交通厅", speaker(quoted("到2027年完成全部危桥改造。")));
        find("东南电视台消息：沿海发展规划纲要提出，要加快港口群建设。", "O:东南电视台");
        assertTrue(qs.isEmpty(), qs.toString());
        find("工人党的第三次全会提出，要加快港口群建设。", "O:工人党");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void a_persons_statement_goes_on_after_its_first_sentence_even_when_given_in_a_letter() {
        find("周立新在贺信中指出，学院培养了大批人才。希望全体师生再接再厉。", "P:周立新");
        assertEquals("周立新", speaker(quoted("学院培养了大批人才。希望全体师生再接再厉。")));
    }

    @Test
    void zhi_without_punctuation_reports_only_with_its_speaker_next_to_it() {
        find("被问及郑文博曾指若球队夺冠会获得重奖，队长何力则说不清楚。", "P:郑文博", "P:何力");
        assertEquals("郑文博", speaker(quoted("若球队夺冠会获得重奖")));
        find("郑文博指导年轻球员训练。", "P:郑文博");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void the_outlet_of_a_dateline_does_not_head_the_sentence_after_its_colon() {
        find("东南电视台消息：滨海市委日前召开常委会议，建议明年春季召开党代会。", "O:东南电视台");
        assertTrue(qs.stream().noneMatch(q -> "东南电视台".equals(speaker(q))), qs.toString());
    }
}
