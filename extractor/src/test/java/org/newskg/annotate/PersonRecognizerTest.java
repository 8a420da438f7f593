package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.annotate.hanlp.HanlpTokenizer;
import org.newskg.model.Mention;

/** Runs with HanLP: the rules are checked on top of its real output. */
class PersonRecognizerTest {
    private static final HanlpTokenizer TOKENIZER = new HanlpTokenizer();
    private final PersonRecognizer recognizer = new PersonRecognizer();

    private List<Mention> persons(String text) {
        return recognizer.recognize(text, 0, text.length(), TOKENIZER.tokenize(text, 0, text.length()));
    }

    private Set<String> names(String text) {
        return persons(text).stream().map(Mention::text).collect(Collectors.toSet());
    }

    @Test
    void name_after_a_title_is_a_person() {
        assertTrue(names("安溪县县长林清泉在会上说，茶产业是支柱。").contains("林清泉"));
    }

    @Test
    void a_place_ending_glued_to_the_word_before_is_no_surname() {
        assertTrue(names("推动东湖都会区建设，打造创新高地。").isEmpty());
        assertTrue(names("会后，区建设说，今年要加快进度。").contains("区建设"));
    }

    @Test
    void name_before_a_speech_verb_is_a_person() {
        assertTrue(names("会议结束后，宋雨桐表示，合作将继续。").contains("宋雨桐"));
    }

    @Test
    void byline_names_with_layout_spaces() {
        Set<String> n = names("本报记者 何 静\n\n东海新闻社记者 吴晓峰 邵一鸣 摄\n");
        assertTrue(n.contains("何静"), n.toString());
        assertTrue(n.contains("吴晓峰"), n.toString());
        assertTrue(n.contains("邵一鸣"), n.toString());
    }

    @Test
    void transliterated_name_with_middle_dot_after_a_title() {
        assertTrue(names("联盟副主席玛丽亚·罗西表示，合作有益。").contains("玛丽亚·罗西"));
    }

    @Test
    void a_confirmed_name_is_found_at_every_mention() {
        String text = "市长林清泉说，今年重点是交通。林清泉还提到，地铁将于年底开通。";
        assertEquals(2, persons(text).stream().filter(m -> m.text().equals("林清泉")).count());
    }

    @Test
    void words_are_not_names() {
        Set<String> n = names("数智赋能千行百业，数智融合引领未来。");
        assertFalse(n.stream().anyMatch(x -> x.contains("智")), n.toString());
    }

    private Set<String> namesWithDictionary(String text) {
        PersonRecognizer withDictionary = new PersonRecognizer(TOKENIZER::isWord);
        return withDictionary.recognize(text, 0, text.length(), TOKENIZER.tokenize(text, 0, text.length())).stream()
                .map(Mention::text).collect(Collectors.toSet());
    }

    @Test
    void a_speech_verb_tagged_with_the_name_is_not_part_of_it() {
        assertEquals(Set.of("郑宏"), names("对于人工智能，郑宏称，监管要跟上。"));
    }

    @Test
    void an_adverb_between_name_and_speech_verb_still_confirms_the_name() {
        assertEquals(Set.of("郑宏"), names("随后，郑宏还表示，项目进展顺利。"));
    }

    @Test
    void a_case_named_after_a_person_ends_the_name() {
        assertTrue(names("原党组书记、副局长林东案，说明纪律不是摆设。").contains("林东"));
    }

    @Test
    void a_byline_keyword_glued_to_a_clause_is_no_byline() {
        assertTrue(names("当记者来到车间时，机器正在运转。").isEmpty());
    }

    @Test
    void words_around_a_transliterated_name_are_not_part_of_it() {
        assertEquals(Set.of("阿里·哈桑"), names("造成包括指挥官阿里·哈桑在内的三人死亡。"));
        assertEquals(Set.of("阿卜杜拉·萨利赫"), namesWithDictionary("总统阿卜杜拉·萨利赫将于下周访华。"));
    }

    @Test
    void an_edition_of_an_event_with_a_middle_dot_is_no_name() {
        assertTrue(names("第十届中国·东海国际风筝节开幕。").isEmpty());
    }

    @Test
    void a_tagged_name_running_into_ordinary_words_is_part_of_the_sentence() {
        assertTrue(namesWithDictionary("既顾眼前又惠长久。").isEmpty());
        assertTrue(namesWithDictionary("不能用老办法来管未来。").isEmpty());
    }

    @Test
    void a_village_secretary_is_a_title() {
        assertTrue(names("村支书于红梅带领村民发展电商。").contains("于红梅"));
    }

    @Test
    void a_conjunction_before_an_ordinary_word_is_no_surname() {
        assertTrue(namesWithDictionary("多位学者和媒体称，新规有利于市场。").isEmpty());
    }

    @Test
    void no_name_contains_a_particle_or_vice() {
        Set<String> n = names("会议听取了有关副主任的汇报，原副主任钱立新出席。");
        assertTrue(n.stream().noneMatch(x -> x.contains("副")), n.toString());
    }

    @Test
    void a_body_or_a_programme_title_with_a_middle_dot_is_no_person() {
        assertTrue(names("他会见了安娜·施密特基金会代表团。").stream().noneMatch(x -> x.endsWith("基金会")));
        assertTrue(names("今晚播出系列片《探秘中国·古城记》第一集。").isEmpty());
        assertEquals(Set.of("阿卜杜拉·萨利赫"), names("主席向阿卜杜拉·萨利赫致贺电，祝贺他当选。"));
    }
    @Test
    void a_transliterated_name_without_a_dot_after_a_title_is_a_person() {
        assertTrue(namesWithDictionary("阿诺维亚外长萨米尔扎耶娃指出，局势复杂。").contains("萨米尔扎耶娃"));
        assertTrue(namesWithDictionary("瓦尔多尼亚总统卡斯特罗夫表示，两国合作前景广阔。").contains("卡斯特罗夫"));
    }

    @Test
    void a_transliterated_name_the_tagger_cut_is_read_whole() {
        assertEquals(Set.of("费德里安诺"), namesWithDictionary("费德里安诺表示，球队状态很好。"));
        assertEquals(Set.of("马尔多内斯"), namesWithDictionary("马尔多内斯说，比赛很艰难。"));
    }

    @Test
    void a_transliterated_name_opening_a_clause_before_a_speech_verb_is_a_person() {
        assertEquals(Set.of("佩德罗斯基"), namesWithDictionary("会谈后，佩德罗斯基周日表示，将再次访问。"));
    }

    @Test
    void a_conjunction_glued_to_a_transliterated_name_ends_it() {
        assertEquals(Set.of("莫尔达诺", "贝伦斯"), namesWithDictionary("经济顾问莫尔达诺和财长贝伦斯都表示，关税不会取消。"));
    }

    @Test
    void transliteration_characters_without_a_name_context_are_no_person() {
        assertTrue(namesWithDictionary("位于卡拉斯诺维尔边疆区的工厂停产。").isEmpty());
        assertTrue(namesWithDictionary("联合国秘书长特别代表表示关切。").isEmpty());
        assertTrue(namesWithDictionary("会后，德法认为，应加强合作。").isEmpty());
    }

    @Test
    void a_transliterated_run_that_may_go_on_into_the_next_word_is_not_taken() {
        assertTrue(namesWithDictionary("巴厘省省长科斯特等高级官员在机场迎接。").isEmpty());
        assertEquals(Set.of("拜登"), namesWithDictionary("美国总统拜登夫妇出席。"));
    }
    @Test
    void after_a_title_a_transliterated_name_may_open_with_a_word_the_segmenter_knows() {
        assertEquals(Set.of("布尔纳维奇"), namesWithDictionary("某国议会主席布尔纳维奇专访今晚播出。"));
        assertTrue(namesWithDictionary("政协委员通道上，代表们畅谈发展。").isEmpty());
    }
    @Test
    void a_surname_glued_to_the_first_character_of_the_given_name_after_a_title_is_a_name() {
        assertEquals(Set.of("金正焕"), namesWithDictionary("某国最高领导人金正焕出席典礼。"));
        assertEquals(Set.of("朴英姬"), namesWithDictionary("某国外务相朴英姬发表谈话。"));
        assertTrue(namesWithDictionary("局长马上就表示同意。").isEmpty());
    }

    @Test
    void a_hyphenated_transliterated_name_after_a_title_is_one_name() {
        assertEquals(Set.of("阿库维-阿多"), namesWithDictionary("某国总统阿库维-阿多表示，欢迎投资。"));
        assertEquals(Set.of("马尔多-内斯"), namesWithDictionary("某国总理马尔多-内斯说，比赛很艰难。"));
    }
    @Test
    void a_locative_before_a_cut_name_is_not_part_of_it() {
        assertEquals(Set.of("阿诺德罗夫"), namesWithDictionary("某国总统阿诺德罗夫表示，将继续谈判。不到一周时间内阿诺德罗夫再次作出类似决定。"));
    }

    @Test
    void names_in_a_list_holding_two_confirmed_names_are_persons() {
        Set<String> n = names("会议代表中有邵新华、刘海洋、汤卫东、江山等人。");
        assertTrue(n.containsAll(Set.of("刘海洋", "汤卫东", "江山")), n.toString());
    }

    @Test
    void a_list_of_places_adds_no_person() {
        assertTrue(names("会议在杭州、宁波、温州、金华四地同时举行。").isEmpty());
    }

    @Test
    void a_preposition_glued_to_the_word_before_is_no_surname() {
        assertTrue(names("双方会谈将于下周在上海举行。").isEmpty());
    }

    @Test
    void function_words_before_a_speech_verb_are_no_name() {
        assertTrue(names("他虽然没有出席，但仍表示支持这项计划。").isEmpty());
    }

    @Test
    void an_adverb_glued_to_a_name_is_cut_off() {
        assertEquals(Set.of("陈立"), names("另外，陈立亦表示将继续推动改革。"));
    }

    @Test
    void a_name_before_comrade_is_a_person() {
        assertTrue(names("以周明远同志为组长的工作组已经进驻。").contains("周明远"));
    }

    @Test
    void titled_names_before_respectively_are_persons() {
        Set<String> n = names("董事会主席孙涛、总经理罗雁分别致辞。");
        assertTrue(n.containsAll(Set.of("孙涛", "罗雁")), n.toString());
    }

    @Test
    void the_short_form_of_a_dotted_name_refers_to_the_full_name() {
        String text = "某国外长伊万·科连斯基表示，愿加强合作。科连斯基还说，双方将保持沟通。";
        List<Mention> shortForms = persons(text).stream().filter(m -> m.text().equals("科连斯基")).toList();
        assertEquals(1, shortForms.size(), persons(text).toString());
        assertEquals("伊万·科连斯基", shortForms.get(0).referent());
    }

    @Test
    void a_titled_name_the_segmenter_cut_is_whole_when_a_list_separator_ends_it() {
        assertTrue(names("市工商联主席高云鹏、秘书长李立新出席会议。").contains("高云鹏"));
    }

    @Test
    void surnames_common_in_traditional_script_regions_confirm_titled_names() {
        assertEquals(Set.of("萧明华", "赖文彬"), names("协会会长萧明华、副会长赖文彬出席。"));
    }

    @Test
    void a_name_before_receive_is_a_person() {
        assertTrue(names("运动员周思琪获颁发奖金十万元。").contains("周思琪"));
    }

    @Test
    void a_short_tagged_name_chairing_at_the_start_of_a_sentence_is_a_person() {
        assertTrue(names("会议在北京举行。孙立主持会议。").contains("孙立"));
    }
}
