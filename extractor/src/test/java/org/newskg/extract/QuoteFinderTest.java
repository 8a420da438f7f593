package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.model.EntityType;
import org.newskg.model.EventMention;
import org.newskg.model.Quotation;

class QuoteFinderTest {

    private String text;

    private List<Quotation> find(String text, String... specs) {
        return find(text, List.of(), specs);
    }

    private List<Quotation> find(String text, List<EventMention> events, String... specs) {
        this.text = text;
        Article a = new Article(0, 0, text.length(), null, List.of(), null, null);
        return new QuoteFinder().find(text, a, EventFinderTest.mentions(text, specs), events);
    }

    private String words(Quotation q) {
        return text.substring(q.begin(), q.end());
    }

    private static String speaker(Quotation q) {
        return q.speaker() == null ? null : q.speaker().text();
    }

    @Test
    void direct_quote_attributed_after() {
        List<Quotation> qs = find("“今年的订单比去年增加了三成，我们对前景很有信心。”华兴科技公司董事长陈明远说。",
                "O:华兴科技公司", "P:陈明远");
        assertEquals(1, qs.size());
        Quotation q = qs.get(0);
        assertTrue(q.direct());
        assertEquals("今年的订单比去年增加了三成，我们对前景很有信心。", words(q));
        assertEquals("陈明远", speaker(q));
        assertEquals("说", q.cue());
        assertEquals(0.95, q.confidence(), 1e-9);
    }

    @Test
    void the_attribution_may_stand_on_the_line_after_the_quote_when_that_line_is_one_short_sentence() {
        List<Quotation> qs = find("“今年的订单比去年增加了三成。”\n\n华兴科技公司董事长陈明远说。\n\n“明年我们还要继续扩大规模。”\n\n陈明远说，明年还将扩产。周边配套也在完善。",
                "O:华兴科技公司", "P:陈明远");
        assertEquals("陈明远", speaker(qs.get(0)));
        assertEquals("今年的订单比去年增加了三成。", words(qs.get(0)));
        Quotation next = qs.stream().filter(q -> words(q).equals("明年我们还要继续扩大规模。")).findFirst()
                .orElseThrow(() -> new AssertionError(qs.stream().map(this::words).toList().toString()));
        assertTrue(next.confidence() < 0.95, "a paragraph that goes on after its attribution is a report of its own, not this quote's");
    }

    @Test
    void direct_quote_attributed_before_with_colon() {
        List<Quotation> qs = find("陈明远举例道：“去年我们在东南亚新开了三家门店，销售额翻了一番。”", "P:陈明远");
        assertEquals(1, qs.size());
        assertEquals("陈明远", speaker(qs.get(0)));
        assertEquals("举例道", qs.get(0).cue());
    }

    @Test
    void quote_split_by_its_attribution_gives_two_quotes_of_one_speaker() {
        List<Quotation> qs = find("“科技创新没有捷径，”周海澜说，“只有一步一个脚印地干，才能走得更远。”", "P:周海澜");
        assertEquals(2, qs.size());
        assertEquals("科技创新没有捷径，", words(qs.get(0)));
        assertEquals("只有一步一个脚印地干，才能走得更远。", words(qs.get(1)));
        assertEquals("周海澜", speaker(qs.get(0)));
        assertEquals("周海澜", speaker(qs.get(1)));
    }

    @Test
    void terms_themes_and_slogans_are_not_quotes() {
        List<Quotation> qs = find("论坛以“绿色丝路·共享未来”为主题，“超级工厂”“灯塔园区”等项目亮相，展现「一带一路」合作成果。");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void indirect_quote_runs_over_the_report_and_a_pronoun_starts_a_new_one() {
        List<Quotation> qs = find("市文旅局局长林书航表示，今年全市接待游客人数创下新高。旅游收入同比增长两成。他强调，下一步将继续优化营商环境。",
                "O:市文旅局", "P:林书航");
        assertEquals(2, qs.size());
        assertFalse(qs.get(0).direct());
        assertEquals("今年全市接待游客人数创下新高。旅游收入同比增长两成。", words(qs.get(0)));
        assertEquals("林书航", speaker(qs.get(0)));
        assertEquals("表示", qs.get(0).cue());
        assertEquals(0.95, qs.get(0).confidence(), 1e-9);
        assertEquals("下一步将继续优化营商环境。", words(qs.get(1)));
        assertEquals("林书航", speaker(qs.get(1)));
        assertEquals(0.7, qs.get(1).confidence(), 1e-9);
    }

    @Test
    void a_paragraph_change_ends_the_report() {
        List<Quotation> qs = find("林书航表示，今年游客明显增多。\n全市新建了十座口袋公园。", "P:林书航");
        assertEquals(1, qs.size());
        assertEquals("今年游客明显增多。", words(qs.get(0)));
    }

    @Test
    void enumerated_points_in_following_paragraphs_are_quotes_of_the_speaker() {
        List<Quotation> qs = find("何静怡提出三点建议，第一，加强人才培养。\n第二，完善配套政策。\n第三，扩大对外合作。\n会议还通报了有关情况。",
                "P:何静怡");
        assertEquals(3, qs.size());
        assertEquals("第一，加强人才培养。", words(qs.get(0)));
        assertEquals("第二，完善配套政策。", words(qs.get(1)));
        assertEquals("第三，扩大对外合作。", words(qs.get(2)));
        for (Quotation q : qs) assertEquals("何静怡", speaker(q));
    }

    @Test
    void unnamed_official_is_attributed_to_the_organization() {
        List<Quotation> qs = find("“新产品上市以来很受欢迎，订单已排到年底。”南江县商务局有关负责人说。", "O:南江县商务局");
        assertEquals(1, qs.size());
        assertEquals("南江县商务局", speaker(qs.get(0)));
        assertEquals(EntityType.ORGANIZATION, qs.get(0).speaker().type());
        assertEquals("有关负责人", qs.get(0).speakerRole());
    }

    @Test
    void unnamed_official_of_an_unrecognised_organization_makes_an_organization_mention() {
        List<Quotation> qs = find("东湖新材料研究院负责人介绍，研究院去年申请专利四十项。");
        assertEquals(1, qs.size());
        assertEquals("东湖新材料研究院", speaker(qs.get(0)));
        assertEquals("负责人", qs.get(0).speakerRole());
        assertEquals("研究院去年申请专利四十项。", words(qs.get(0)));
    }

    @Test
    void a_side_speaks_as_an_organization() {
        List<Quotation> qs = find("会谈中，中方强调，双方应加强沟通、增进互信。");
        assertEquals(1, qs.size());
        assertEquals("中方", speaker(qs.get(0)));
        assertEquals(EntityType.ORGANIZATION, qs.get(0).speaker().type());
        assertEquals("双方应加强沟通、增进互信。", words(qs.get(0)));
    }

    @Test
    void nested_quote_of_another_speaker() {
        List<Quotation> qs = find("“李文涛部长强调‘安全是发展的前提’，我们深受启发。”赵一鸣说。", "P:李文涛", "P:赵一鸣");
        assertEquals(2, qs.size());
        Quotation outer = qs.get(0), inner = qs.get(1);
        assertEquals("赵一鸣", speaker(outer));
        assertEquals("安全是发展的前提", words(inner));
        assertEquals("李文涛", speaker(inner));
    }

    @Test
    void quote_linked_to_the_event_where_it_was_said() {
        EventMention fair = new EventMention("2024年滨江国际茶叶博览会", List.of("滨江国际茶叶博览会", "博览会"), 0, 12,
                "2024-11-08", null, "杭州", List.of(), null, null);
        List<Quotation> qs = find("市长王建国在博览会上致辞表示，本届博览会规模再创新高。", List.of(fair), "P:王建国");
        assertEquals(1, qs.size());
        assertEquals("致辞表示", qs.get(0).cue());
        assertEquals(fair, qs.get(0).event());
    }

    @Test
    void title_alone_resolves_to_the_person_it_was_attached_to() {
        List<Quotation> qs = find("张振华主席来到车间看望工人。“大家辛苦了，继续加油！”主席笑着说。", "P:张振华");
        assertEquals(1, qs.size());
        assertEquals("张振华", speaker(qs.get(0)));
        assertEquals(0.5, qs.get(0).confidence(), 1e-9);
    }

    @Test
    void narrative_uses_of_speech_verbs_are_not_quotes() {
        List<Quotation> qs = find("这说明市场需求旺盛。王海向来宾表示感谢。据介绍，项目总投资十亿元。", "P:王海");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void collective_speaker_has_a_role_and_no_mention() {
        List<Quotation> qs = find("与会专家认为，数字经济发展潜力巨大。");
        assertEquals(1, qs.size());
        assertNull(qs.get(0).speaker());
        assertEquals("与会专家", qs.get(0).speakerRole());
        assertEquals(0.0, qs.get(0).confidence(), 1e-9);
    }

    @Test
    void direct_quote_without_a_speaker_is_kept_with_null_speaker() {
        List<Quotation> qs = find("“只要肯干，日子就会越过越好。”\n这句话在村里流传很广。");
        assertEquals(1, qs.size());
        assertNull(qs.get(0).speaker());
        assertTrue(qs.get(0).direct());
    }

    @Test
    void colon_introduction_names_the_speaker() {
        List<Quotation> qs = find("看着新建的厂房，工人代表孙立强十分感慨：“十年前这里还是一片荒地，如今大变样了。”", "P:孙立强");
        assertEquals(1, qs.size());
        assertEquals("孙立强", speaker(qs.get(0)));
    }

    @Test
    void text_after_a_quote_introduced_by_a_verb_continues_the_report() {
        List<Quotation> qs = find("罗子健又强调：“开放是发展的必由之路。”全市将继续扩大高水平对外开放，吸引更多外资企业落户。", "P:罗子健");
        assertEquals(2, qs.size());
        assertTrue(qs.get(0).direct());
        assertFalse(qs.get(1).direct());
        assertEquals("全市将继续扩大高水平对外开放，吸引更多外资企业落户。", words(qs.get(1)));
        assertEquals("罗子健", speaker(qs.get(1)));
    }

    @Test
    void pronoun_after_a_direct_quote_resolves_to_the_last_speaker() {
        List<Quotation> qs = find("宋雅琴介绍，园区今年新增企业三十家。“我们还会引进更多项目。”她说，明年将建成二期工程。", "P:宋雅琴");
        assertEquals(3, qs.size());
        for (Quotation q : qs) assertEquals("宋雅琴", speaker(q));
        assertNotNull(qs.get(2).cue());
        assertEquals("明年将建成二期工程。", words(qs.get(2)));
    }

    @Test
    void a_sentence_opening_a_report_of_a_speaker_nobody_tagged_ends_the_report() {
        List<Quotation> qs = find("林书航表示，今年游客明显增多。邻市旅游部门则称，周边城市的游客也在增加。", "P:林书航");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("今年游客明显增多。", words(qs.get(0)));
    }

    @Test
    void the_report_stops_at_a_sentence_that_names_the_speaker() {
        List<Quotation> qs = find("周海澜指出，基础研究是创新的源头。按照周海澜的部署，研究院今年新增三个实验室。", "P:周海澜");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("基础研究是创新的源头。", words(qs.get(0)));
    }

    @Test
    void a_clause_introducing_a_direct_quote_is_not_part_of_the_report() {
        List<Quotation> qs = find("宋雅琴回应说，工具并不重要，并指着电脑屏幕说：“关键是用好它，让它为大家服务！”", "P:宋雅琴");
        assertEquals(2, qs.size(), qs.toString());
        assertFalse(qs.get(0).direct());
        assertEquals("工具并不重要", words(qs.get(0)));
        assertTrue(qs.get(1).direct());
        assertEquals("关键是用好它，让它为大家服务！", words(qs.get(1)));
        assertEquals("宋雅琴", speaker(qs.get(1)));
    }

    @Test
    void a_short_quote_that_is_the_whole_sentence_after_its_verb_is_direct() {
        List<Quotation> qs = find("陈明远回答说：「不妨试试」。记者又问了一遍，陈明远说，「我们都会认真考虑」。", "P:陈明远");
        assertEquals(2, qs.size(), qs.toString());
        for (Quotation q : qs) {
            assertTrue(q.direct());
            assertEquals("陈明远", speaker(q));
        }
        assertEquals("不妨试试", words(qs.get(0)));
        assertEquals("我们都会认真考虑", words(qs.get(1)));
    }

    @Test
    void a_bracketed_translation_after_a_quote_is_not_a_report() {
        List<Quotation> qs = find("陈明远说，“当然。为什么不呢？”（Sure, why not?）", "P:陈明远");
        assertEquals(1, qs.size(), qs.toString());
        assertTrue(qs.get(0).direct());
    }

    @Test
    void a_short_subject_the_tagger_missed_is_not_the_previous_speaker() {
        List<Quotation> qs = find("周海澜说，明年将扩大招生。柯恩说，学校还需要更多老师。", "P:周海澜");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("明年将扩大招生。", words(qs.get(0)));
    }

    @Test
    void a_pronoun_after_a_speaker_the_tagger_missed_is_not_guessed() {
        List<Quotation> qs = find("周海澜说，明年将扩大招生。柯恩道格周日表示，他不认为学费会上涨。", "P:周海澜");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("周海澜", speaker(qs.get(0)));
    }

    @Test
    void a_document_as_subject_speaks_for_its_author() {
        List<Quotation> qs = find("晨报今日刊发李文涛的署名文章。文章指出，城市更新要以人为本。", "P:李文涛");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("李文涛", speaker(qs.get(0)));
        assertEquals("城市更新要以人为本。", words(qs.get(0)));
        qs = find("东湖研究院昨日发布年度报告。报告称，区域创新指数连续三年上升。报告指出，人才是关键。", "O:东湖研究院");
        assertEquals(2, qs.size(), qs.toString());
        for (Quotation q : qs) assertEquals("东湖研究院", speaker(q));
    }

    @Test
    void a_question_is_answered_by_the_one_asked() {
        List<Quotation> qs = find("张振华主任来到车间。主任关切地询问何静怡：“工作还顺利吗？”她说：“很顺利，大家都很照顾我。”",
                "P:张振华", "P:何静怡");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("张振华", speaker(qs.get(0)));
        assertEquals("何静怡", speaker(qs.get(1)));
    }

    @Test
    void a_name_tagged_over_the_words_after_it_is_cut_back() {
        List<Quotation> qs = find("马文涛还表示，项目将于年底完工。", "P:马文涛还");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("马文涛", speaker(qs.get(0)));
        qs = find("联合国协调员安娜·卡特表示，援助物资已经运抵。", "P:协调员安娜·卡特");
        assertEquals("安娜·卡特", speaker(qs.get(0)));
    }

    @Test
    void a_report_after_zhi_names_its_source_and_an_unknown_source_is_not_guessed() {
        List<Quotation> qs = find("东湖研究院指，区域创新指数连续三年上升。", "O:东湖研究院");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("东湖研究院", speaker(qs.get(0)));
        qs = find("李文涛出席论坛。李文涛参观展区。李文涛会见客商。李文涛发表演讲。《晨报》则指，“这一政策释放了积极信号”。",
                "P:李文涛");
        assertEquals(1, qs.size(), qs.toString());
        assertNull(qs.get(0).speaker());
    }

    @Test
    void a_pronoun_after_an_unnamed_official_stays_with_the_official() {
        List<Quotation> qs = find("南江县商务局发言人表示，订单已排到年底。她说，“新产品很受欢迎，我们还会扩大产能。”", "O:南江县商务局");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("南江县商务局", speaker(qs.get(1)));
        assertEquals("发言人", qs.get(1).speakerRole());
    }

    @Test
    void a_pronoun_after_a_quote_without_a_verb_resolves_to_its_speaker() {
        List<Quotation> qs = find("“只要肯干，日子就会越过越好。”张振华常对工人们这样讲。他说，明年还要扩建车间。", "P:张振华");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("张振华", speaker(qs.get(1)));
        assertEquals("明年还要扩建车间。", words(qs.get(1)));
    }

    @Test
    void a_title_followed_by_a_name_nobody_tagged_is_not_another_holder_of_that_title() {
        List<Quotation> qs = find("甲国总理陈明远表示，两国合作成果丰硕。乙国总理索加瓦雷表示，愿同各方深化合作。", "P:陈明远");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("陈明远", speaker(qs.get(0)));
    }

    @Test
    void a_place_with_fangmian_speaks_as_a_side() {
        List<Quotation> qs = find("南岭方面称，已有三座桥梁恢复通行。", "L:南岭");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("南岭", speaker(qs.get(0)));
        assertEquals(EntityType.ORGANIZATION, qs.get(0).speaker().type());
        assertEquals("方面", qs.get(0).speakerRole());
    }

    @Test
    void people_of_many_countries_are_a_collective_not_a_place() {
        List<Quotation> qs = find("多国人士表示，这一倡议为合作注入了新动力。", "L:多国");
        assertEquals(1, qs.size(), qs.toString());
        assertNull(qs.get(0).speaker());
        assertEquals("多国人士", qs.get(0).speakerRole());
    }

    @Test
    void a_role_glued_before_and_a_time_glued_after_a_transliterated_name_are_cut_off() {
        List<Quotation> qs = find("该国最高领袖安娜·卡特当天表示，援助物资已经运抵。", "P:最高领袖安娜·卡特当天");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("安娜·卡特", speaker(qs.get(0)));
    }

    @Test
    void bare_biaoshi_next_to_its_speaker_reports_speech_but_not_an_attitude() {
        List<Quotation> qs = find("林书航表示两个园区定位不同，不存在厚此薄彼。林书航对此表示感谢。林书航表示严重关切。", "P:林书航");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("两个园区定位不同，不存在厚此薄彼。", words(qs.get(0)));
    }

    @Test
    void quoted_words_ending_their_sentence_end_the_report_before_the_next_speaker() {
        List<Quotation> qs = find("林书航表示，规划还在研究，“这个项目要十年以上，现在估算很难。”何静怡补充，年中将申请首期拨款。",
                "P:林书航", "P:何静怡");
        Quotation last = qs.get(qs.size() - 1);
        assertEquals("何静怡", speaker(last));
        assertEquals("年中将申请首期拨款。", words(last));
        for (Quotation q : qs) if (q != last) assertEquals("林书航", speaker(q));
    }

    @Test
    void a_quoted_name_between_speaker_and_verb_does_not_hide_the_speaker() {
        List<Quotation> qs = find("陈明远在工地连线“海鹰一号”平台强调：“要确保工程如期完工。”陈明远随后在“海鹰二号”码头指出，安全生产是底线。",
                "P:陈明远");
        assertEquals(2, qs.size(), qs.toString());
        assertTrue(qs.get(0).direct());
        assertEquals("陈明远", speaker(qs.get(0)));
        assertEquals("安全生产是底线。", words(qs.get(1)));
        assertEquals("陈明远", speaker(qs.get(1)));
    }

    @Test
    void a_bare_title_before_a_quote_is_not_an_unknown_speaker() {
        List<Quotation> qs = find("陈明远主席来到工地。陈明远主席察看了设备。陈明远主席慰问工人。陈明远主席听取汇报。5月，在港口，主席指出，“要守住安全底线”。",
                "P:陈明远主席");
        Quotation last = qs.get(qs.size() - 1);
        assertEquals("要守住安全底线", words(last));
        assertNotNull(last.speaker());
    }

    @Test
    void a_title_inside_a_compound_does_not_name_the_speaker() {
        List<Quotation> qs = find("张振华主席表示，双方要加强人文交流。中方赞赏贵国担任轮值主席国期间所做的工作。", "P:张振华主席");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("双方要加强人文交流。中方赞赏贵国担任轮值主席国期间所做的工作。", words(qs.get(0)));
    }

    @Test
    void a_conceded_report_ends_before_the_writers_main_clause() {
        List<Quotation> qs = find("虽然林书航透露研发投入已升至两个百分点，不过由于人才短缺，目标仍难实现。", "P:林书航");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("研发投入已升至两个百分点", words(qs.get(0)));
    }

    @Test
    void quoted_words_used_as_a_noun_are_a_slogan_not_a_quote() {
        List<Quotation> qs = find("街道两旁的人们高举“欢迎远方的朋友！”等横幅。按照“要办好民生实事，解决群众难题”的要求，各地加快推进。",
                "P:陈明远");
        assertTrue(qs.isEmpty(), qs.toString());
        qs = find("陈明远说：“要办好民生实事，解决群众难题”的道理大家都懂。", "P:陈明远");
        assertEquals(1, qs.size(), qs.toString());
    }

    @Test
    void first_person_paragraphs_after_a_speech_is_announced_are_its_excerpts() {
        List<Quotation> qs = find("◆3月2日上午，市长王建国向博览会开幕式发表视频致辞。\n\n### 共建开放合作的平台\n\n我们倡导开放共赢，欢迎各方来滨江投资兴业。\n\n我们倡导创新驱动，加快培育新产业。\n",
                "P:王建国");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("我们倡导开放共赢，欢迎各方来滨江投资兴业。", words(qs.get(0)));
        for (Quotation q : qs) assertEquals("王建国", speaker(q));
    }

    @Test
    void first_person_paragraphs_with_no_speech_announced_are_not_quotes() {
        List<Quotation> qs = find("王建国参观了博览会。\n\n我们看到，展馆里人头攒动。\n", "P:王建国");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void a_quote_continued_in_the_first_person_is_not_given_to_the_dominant_person() {
        String lead = "王建国出席论坛。王建国参观展区。王建国会见客商。王建国发表演讲。\n";
        List<Quotation> qs = find(lead + "“家乡的经验，能不能用到更远的地方去呢？”我们为山区的茶叶设计了新包装。\n", "P:王建国");
        assertEquals(1, qs.size(), qs.toString());
        assertNull(qs.get(0).speaker());
        qs = find(lead + "“实干才能梦想成真。”全市各界深受鼓舞。\n", "P:王建国");
        assertEquals("王建国", speaker(qs.get(0)));
    }
}
