package org.newskg.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.model.Quotation;

class TranscriptAnswersTest {

    private static final String TRANSCRIPT = String.join("\n",
            "2031年5月6日交通部发言人罗文清主持例行记者会",
            "下周，新一届港口合作论坛将在沿海城市举行。",
            "问：有媒体说新航线将推迟开通。你对此有何评论？",
            "答：新航线按计划推进，我们没有听说推迟的消息。",
            "有关细节，请向主管部门了解。",
            "问：论坛会邀请哪些国家参加？",
            "答：目前我没有可以发布的消息。");

    private String text;

    private List<Quotation> find(String text, String... persons) {
        this.text = text;
        return ChainRun.quotations(text, persons);
    }

    private List<String> wordsBy(List<Quotation> qs, String sieve) {
        return qs.stream().filter(q -> sieve.equals(q.attributedBy())).map(q -> text.substring(q.begin(), q.end())).toList();
    }

    @Test
    void every_answer_paragraph_until_the_next_question_is_the_spokespersons_direct_quote() {
        List<Quotation> qs = find(TRANSCRIPT, "罗文清");
        assertEquals(List.of("新航线按计划推进，我们没有听说推迟的消息。", "有关细节，请向主管部门了解。", "目前我没有可以发布的消息。"),
                wordsBy(qs, "transcript-answer"));
        for (Quotation q : qs) {
            if (!"transcript-answer".equals(q.attributedBy())) continue;
            assertTrue(q.direct());
            assertEquals("罗文清", q.speaker().text());
        }
    }

    @Test
    void the_announcements_before_the_first_question_are_the_spokespersons_too() {
        assertEquals(List.of("下周，新一届港口合作论坛将在沿海城市举行。"), wordsBy(find(TRANSCRIPT, "罗文清"), "transcript-opening"));
    }

    @Test
    void the_questions_are_nobodys_quotation() {
        for (Quotation q : find(TRANSCRIPT, "罗文清")) {
            assertTrue(!text.substring(q.begin(), q.end()).contains("你对此有何评论"), text.substring(q.begin(), q.end()));
        }
    }

    @Test
    void without_a_spokesperson_named_at_the_top_answers_are_not_attributed() {
        String t = TRANSCRIPT.replace("发言人罗文清", "");
        assertEquals(List.of(), wordsBy(find(t, "罗文清"), "transcript-answer"));
    }

    @Test
    void an_interview_without_answer_markers_is_no_transcript() {
        String t = "交通部发言人罗文清谈港口合作\n问题在于航线太少。\n下周论坛将举行。";
        assertEquals(List.of(), wordsBy(find(t, "罗文清"), "transcript-opening"));
    }
}
