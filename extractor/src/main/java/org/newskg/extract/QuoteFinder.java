package org.newskg.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.model.Article;
import org.newskg.model.EntityType;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.Quotation;

/**
 * Finds the quotations of one article, direct (words in “…”, 「…」, ‘…’, 『…』) and indirect
 * (reported speech after a speech verb), and attributes each to its speaker.
 *
 * <p><b>Direct quotes.</b> Quoted words count when they read as speech: they hold sentence
 * punctuation (，。！？；…), or a speaker and a speech verb stand right before the marks
 * ({@code 某某强调‘…’}). Terms, slogans, themes and names ({@code “数字未来”}, {@code 以“…”为主题},
 * {@code 「一国两制」}) are skipped. The speaker is found, in this order: a speech verb before the
 * marks ({@code 某某举例道：“…”}, {@code …某某说，“…”}); a speaker and verb after them
 * ({@code “…”某某说。}); a colon introduction ({@code 某某十分欣慰：“…”}, {@code 某某的回信：“…”});
 * {@code “…”某某的话…}; the speaker of the previous quote in the same paragraph; a person named
 * just after the quote; the article's dominant person (low confidence). Quotes nested in a quote
 * are returned when a speaker and verb stand right before them.
 *
 * <p><b>Indirect quotes.</b> A speech verb ({@link #CUES}) followed by {@code ，} or {@code ：}, with a
 * speaker before it in its clause, starts a quote that runs to the end of the sentence and on over
 * the following sentences of the paragraph until a new attribution (any {@code 主语+verb+，/：}, even
 * when no mention names its subject: {@code 某方面称，}), a direct quote, a narrative turn
 * ({@code 这让…}, {@code 被问及…}) or a sentence naming the speaker in the third person; a clause
 * introducing a direct quote with a colon ({@code …，并指着屏幕说：“…”}) ends it before that clause. A few verbs ({@code 强调, 指出, 认为, 相信}) may take their clause without a
 * comma when the speaker stands next to them or heads the sentence. {@code 提出/分享四点建议，}
 * introduces an enumeration, and following paragraphs that begin {@code 第二，…} / {@code 二是…}
 * become quotes of the same speaker. Text after a direct quote introduced by a speech verb, in the
 * same paragraph, continues the speaker's report.
 *
 * <p><b>Speakers.</b> The nearest candidate before the verb in its clause: a person mention, an
 * organization mention (with {@code speakerRole} when a role word such as {@code 有关负责人} follows
 * it), a pronoun {@code 他/她} (resolved to the last speaker or person), a title alone
 * ({@code 总书记}, resolved to the person that title was attached to), {@code 中方}-like words (an
 * organization mention is made over the word when the mention stage had none), or a collective
 * ({@code 大家, 专家}: speaker null, {@code speakerRole} set). A clause with no subject continues the
 * previous speaker, unless the clause is a name the mention stage missed; a pronoun after such an
 * untagged speaker ({@code 某某周日表示，他…}) is not guessed, and after an unnamed official it stays
 * with the official. A document as subject ({@code 文章指出，}, {@code 声明称，}) speaks for the author its
 * earlier mention names ({@code 某某发表声明}, {@code 某某的重要文章}). The answer to a question
 * ({@code 问某某：“…？”她说：“…”}) is the one asked's. A person mention run over an adverb or the verb
 * ({@code 某某还}) is cut back to the name. Confidence: 0.95 name next to the verb, 0.8 name farther in the sentence, 0.7
 * pronoun or previous speaker, 0.5 title or context, 0.3 dominant person, 0 none.
 *
 * <p><b>Events.</b> {@code 在峰会上表示}, {@code 在推介会上说}, {@code 致辞时表示} link the quote to the
 * matching event of {@code events} (by alias or by the event noun, nearest first; a bare
 * {@code 致辞} goes to the article's main event).
 */
public final class QuoteFinder {

    /** Speech verbs, longest first. */
    static final List<String> CUES = EventFinder.sortLongestFirst(List.of(
            "致辞表示", "致辞时表示", "致辞指出", "致辞时指出", "致辞时说", "致辞说", "致辞称", "发言表示", "发言指出",
            "发言时表示", "讲话指出", "讲话表示", "讲话时指出", "讲话时表示", "演讲表示", "演讲时表示", "演讲指出",
            "介绍说", "补充说", "解释说", "回应说", "回应称", "表示", "指出", "强调", "介绍", "认为", "提到", "谈到",
            "谈及", "称", "声称", "宣称", "透露", "坦言", "回应", "举例道", "举例说", "直言", "说道", "说", "告诉",
            "问道", "答道", "写道", "感慨道", "感叹道", "感慨", "感叹", "笑言", "笑称", "分析", "预计", "相信", "提出",
            "分享", "重申", "宣布", "呼吁", "建议", "表态", "坦承", "补充", "解释", "询问", "问", "答", "看来", "提醒",
            "寄语", "总结", "回忆", "回信", "批示", "致信", "致贺", "致辞", "赞许", "反问", "追问", "补充道", "证实",
            "披露", "介绍道", "指出说", "表示说", "强调说", "说明", "指"));

    /**
     * Verbs that start an indirect quote when followed by ，or ：: every cue but those that only
     * introduce a direct quote, a question or an act that is not a statement (问道, 致信, 批示…).
     */
    private static final Set<String> INDIRECT_CUES = indirectCues();

    private static Set<String> indirectCues() {
        Set<String> notIndirect = Set.of("问道", "答道", "写道", "感慨道", "感叹道", "表态", "询问", "问", "答", "寄语",
                "总结", "回忆", "回信", "批示", "致信", "致贺", "致辞", "赞许", "反问", "追问", "说明");
        Set<String> out = new java.util.HashSet<>(CUES);
        out.removeAll(notIndirect);
        return Set.copyOf(out);
    }

    /** Verbs that may take their clause without a comma, when the speaker is next to them. */
    private static final Set<String> BARE_CUES = Set.of("强调", "指出", "认为", "相信", "坦言", "透露", "重申", "呼吁", "表示");

    /** What 表示 takes when it states an attitude rather than reports speech (表示感谢, 表示严重关切). */
    private static final Pattern BARE_ATTITUDE = Pattern.compile("^(?:了|过|着|出|对|向|为|与|和|同|将其|"
            + "(?:严重|强烈|高度|坚决|热烈|衷心|诚挚|深切|深深|极大|十分|非常|充分|由衷|最)?(?:的)?"
            + "(?:感谢|谢意|欢迎|祝贺|慰问|赞赏|遗憾|哀悼|同情|关切|关注|支持|反对|同意|赞同|理解|担忧|担心|不满|震惊|愤慨|谴责|"
            + "敬意|感激|认可|肯定|满意|祝福|欣慰|钦佩|赞扬|称赞|抗议|不安|愤怒|惋惜|悲痛|致敬|尊重|赞成|接受|拒绝|怀疑|质疑|意见|态度|诚意|决心))");

    /** Title words that may stand for a person already named. */
    private static final List<String> TITLES = EventFinder.sortLongestFirst(List.of(
            "总书记", "国家主席", "主席", "总理", "副总理", "部长", "副部长", "局长", "副局长", "院长", "县长", "市长",
            "省长", "区长", "镇长", "书记", "主任", "董事长", "总经理", "行政长官", "特首", "发言人", "秘书长", "理事长",
            "大使", "校长", "所长", "会长", "总裁", "首相", "总统", "司长", "处长", "厅长", "署长", "专员", "委员长"));

    private static final List<String> ROLE_WORDS = EventFinder.sortLongestFirst(List.of(
            "有关负责人", "相关负责人", "主要负责人", "负责人", "新闻发言人", "发言人", "负责同志", "工作人员",
            "一位负责人", "有关人士", "相关人士", "官员", "人士", "代表", "专家", "研究员", "工作组", "方面", "军方"));

    private static final List<String> COLLECTIVES = EventFinder.sortLongestFirst(List.of(
            "大家", "与会者", "与会嘉宾", "与会代表", "与会专家", "专家们", "专家学者", "业内人士", "分析人士", "有关人士",
            "网友", "市民", "代表们", "学者", "受访者", "双方", "各方", "多方", "他们", "她们", "嘉宾们", "参会者",
            "不少人", "很多人", "有人"));

    /** A document standing as the subject of a speech verb (文章指出, 该声明称, 在贺信中强调). */
    private static final Pattern DOCUMENT_SUBJECT = Pattern.compile(
            "^(?:该|这份|这篇|此|在)?(文章|声明|报告|贺信|贺电|回信|信|评论|社论|公报|讲话|白皮书|决议|宣言|通报)(?:中)?$");
    /** What stands between an author and the document written: 某某发表声明, 某某的重要文章. */
    private static final Pattern AUTHORING = Pattern.compile("发表|发布|发出|刊发|刊登|公布|签署|撰写|致|的");

    /** Roles of an unnamed official who may be referred to by 他/她 afterwards. */
    private static final Set<String> PERSON_ROLES = Set.of("有关负责人", "相关负责人", "主要负责人", "负责人", "新闻发言人", "发言人",
            "负责同志", "一位负责人", "官员");

    /** What follows quoted words used as a noun: a modifier 的, a list (等, 、), a demonstrative (这个, 这一). */
    private static final Pattern NOUN_USE_AFTER = Pattern.compile("^(?:的|等|、|这个|这一|这些|之)");

    /** A speech given (发表视频致辞, 作主旨演讲, 发表重要讲话). */
    private static final Pattern SPEECH_GIVEN = Pattern.compile("(?:发表|作|做)了?[^，。；！？\\n]{0,6}(?:致辞|讲话|演讲|演说|贺词|讲演)");

    /** The writer's main clause after a conceded report (虽然某某透露…，不过…). */
    private static final Pattern MAIN_CLAUSE = Pattern.compile("[，,；;](?:但是|但|不过|可是|然而|却)");

    /** Verbs that put a question to someone. */
    private static final Set<String> ASK_CUES = Set.of("问", "询问", "追问", "反问", "问道");

    /** Two-character adverbs and times that stand before a verb without a subject (当天表示, 随后说). */
    private static final Set<String> ZERO_SUBJECT_WORDS = Set.of("当天", "当日", "同日", "今天", "昨天", "昨日", "今日", "近日",
            "日前", "此前", "随后", "随即", "其后", "之后", "后来", "同时", "接着", "最后", "此外", "另外", "会上", "席间", "期间",
            "届时", "目前", "当时", "并且", "而且", "继而", "进而", "早前", "稍后", "其间", "现场", "会后", "他还", "她还");

    /** First characters of country/region short forms that make X方 an organization (中方, 美方). */
    private static final String SIDE_PREFIXES = "中美俄日韩英法德欧印巴朝越泰港澳台菲澳意加蒙缅老柬新土伊沙埃南非";

    private static final Pattern ENUM_START = Pattern.compile(
            "^(第[一二三四五六七八九十]{1,3}[，、,：:是]|[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,3}[，、,是]|首先[，,]|其次[，,]|再次[，,]|最后[，,])");
    private static final Pattern COUNTED_INTRO = Pattern.compile(
            "^[一二三四五六七八九十两几0-9]{1,3}(?:点|项|条|个|方面)(?:建议|倡议|主张|意见|看法|希望|要求|举措|措施|思考|体会|期待|期望)[，：,:]");
    private static final Pattern SPEECH_NOUN_AFTER = Pattern.compile(
            "^(?:的)(?:话|话语|讲话|寄语|嘱托|指示|回信|贺信|要求|叮嘱|讲述|论述|重要讲话|重要指示)");
    private static final Pattern NARRATIVE_TURN = Pattern.compile("^(这让|这令|这使|此话|此言|这番话|这席话|这些话|对此|据|报道|记者|被问及|被问到|问及|在被问|当被问)");
    private static final Pattern AT_EVENT = Pattern.compile("在([^，。；！？\\n在]{1,24}?)(?:上|期间|中|时|现场)?(?:致辞|讲话|发言|演讲|致开幕辞|作主旨演讲|发表主旨演讲|表示|指出|说|强调|介绍|致辞时|讲话时)");
    private static final Pattern THEME_BEFORE = Pattern.compile("(以|主题为|主题是|题为|主题|称为|称作|被誉为|誉为|号称|简称|名为|名叫|叫做|冠以|命名为|打造|打响|擦亮|唱响|提出了|践行|推进|落实|弘扬|秉持|坚持|围绕|锚定|高举|聚焦|瞄准)$");

    /** Words a name mention may have swallowed at its end: an adverb or the speech verb (某某还表示, 某某批评说). */
    private static final Pattern SWALLOWED_AFTER_NAME = Pattern.compile(
            "(?:还|也|又|并|则|都|亦|再|曾|当天|当日|近日|近期|批评|谴责|警告|呼吁|表示|指出|强调|认为|透露|回应|坦言|称|说)+$");
    /** A time a transliterated name may have swallowed at its end (某某·某某当天, …时). */
    private static final Pattern SWALLOWED_AFTER_FOREIGN_NAME = Pattern.compile("(?:当天|当日|近日|近期|日前|此前|时|[0-9]{1,2}日)+$");
    /** A role word a transliterated name may have swallowed at its start (…协调员马丁·某某, 最高领袖某某·某某). */
    private static final Pattern SWALLOWED_BEFORE_NAME = Pattern.compile("^[\\p{IsHan}]*?(?:协调员|司令员|司令|领袖|秘书长|秘书|分析师|"
            + "高级顾问|顾问|国务卿|将军|大使|总统|总理|首相|主席|部长|大臣|外长|议员|议长|发言人|代表|专家|学者|研究员|主任|局长|"
            + "总干事|总裁|董事长|执行官|负责人|官员|会长|院长|所长|教授|主管|经理|总监|专员|特使|指挥官|参谋长|创始人|委员|记者|"
            + "市长|州长|省长|员|官)(?=[\\p{IsHan}]{2,}·)");

    /**
     * The speaker's name without words the name tagger ran over: a person mention that ends with
     * an adverb or a speech verb, or a transliterated name with a role word glued before it, is
     * cut back to the name (a new mention over the name's characters).
     */
    static Mention speakerName(Mention m) {
        if (m == null || m.type() != EntityType.PERSON) return m;
        String x = m.text();
        int b = 0, e = x.length();
        Matcher after = SWALLOWED_AFTER_NAME.matcher(x);
        if (after.find() && after.start() >= 2) e = after.start();
        int dot = x.indexOf('·');
        if (dot > 0) {
            Matcher time = SWALLOWED_AFTER_FOREIGN_NAME.matcher(x.substring(0, e));
            if (time.find() && time.start() > dot + 1) e = time.start();
        }
        if (dot > 4) {
            Matcher before = SWALLOWED_BEFORE_NAME.matcher(x);
            if (before.find() && dot - before.end() >= 2) b = before.end();
        }
        if (b == 0 && e == x.length()) return m;
        return new Mention(m.type(), m.begin() + b, m.begin() + e, x.substring(b, e));
    }

    /** Finds the quotations of {@code article}; {@code events} are the article's events (for nkg:atEvent). */
    public List<Quotation> find(String text, Article article, List<Mention> mentions, List<EventMention> events) {
        int a = Math.max(0, article.begin());
        int z = Math.min(text.length(), article.end());
        if (a >= z) return List.of();
        List<Mention> ms = Mentions.within(mentions, a, z);
        List<EventMention> evs = new ArrayList<>();
        if (events != null) evs.addAll(events);
        return new Run(text, a, z, ms, evs).run();
    }

    // ------------------------------------------------------------------ one article

    /** A pair of quotation marks. */
    private static final class Span {
        final int open, close;
        final int depth;
        Span parent;
        boolean speechLike, term;

        Span(int open, int close, int depth) {
            this.open = open;
            this.close = close;
            this.depth = depth;
        }

        int begin() { return open + 1; }
        int end() { return close; }
    }

    /** A resolved speaker. */
    private record Who(Mention mention, String role, double confidence, int begin, int end) {
    }

    /** A cue occurrence. */
    private record Cue(int begin, int end, String word) {
    }

    private static final class Run {
        final String t;
        final int a, z;
        final List<Mention> ms;
        final List<Mention> persons = new ArrayList<>();
        final List<EventMention> events;
        final List<Span> spans = new ArrayList<>();
        final boolean[] masked;
        final List<Quotation> out = new ArrayList<>();
        final Map<Integer, Span> spanByOpen = new HashMap<>();
        final boolean[] taken;
        final List<Mention> created = new ArrayList<>();
        Mention dominant;
        boolean dominantDone;

        Run(String t, int a, int z, List<Mention> ms, List<EventMention> events) {
            this.t = t;
            this.a = a;
            this.z = z;
            this.ms = ms;
            this.events = events;
            for (Mention m : ms) if (m.type() == EntityType.PERSON) persons.add(m);
            this.masked = new boolean[z - a];
            this.taken = new boolean[z - a];
        }

        List<Quotation> run() {
            scanMarks();
            int i = a;
            while (i < z) {
                if (taken[i - a]) { i++; continue; }
                Span s = spanByOpen.get(i);
                if (s != null) {
                    if (s.depth == 0 && (s.speechLike || tightCue(s) != null)) {
                        int next = direct(s);
                        i = Math.max(i + 1, next);
                        continue;
                    }
                    i = s.close + 1;   // a term: skip its words
                    continue;
                }
                if (masked[i - a]) { i++; continue; }
                Cue c = cueAt(i);
                if (c != null) {
                    int next = indirect(c, false);
                    if (next > i) { i = next; continue; }
                    i = c.end();
                    continue;
                }
                i++;
            }
            out.sort(Comparator.comparingInt(Quotation::begin));
            firstPersonParagraphs();
            out.sort(Comparator.comparingInt(Quotation::begin));
            return dedupe();
        }

        /**
         * A paragraph that opens in the first person plural (我们…) outside quotation marks, with no
         * quote of its own, goes on with a verbatim speech reported before: it is given to the
         * speaker of the last indirect quote that itself spoke in the first person.
         */
        void firstPersonParagraphs() {
            int k = a;
            while (k < z) {
                int pe = paragraphEnd(k);
                String para = t.substring(k, pe).strip();
                if (para.startsWith("我们") && !masked[k - a] && !overlapsQuote(k, pe)) {
                    Quotation src = null;
                    for (Quotation q : out) {
                        if (q.end() > k) break;
                        if (q.direct() || q.speaker() == null) continue;
                        String words = t.substring(q.begin(), q.end()).replace("我国", "");
                        if (words.contains("我们") || words.contains("我")) src = q;
                    }
                    if (src != null && !startsNewAttribution(k)) {
                        int e = reportEnd(k, src.speaker());
                        if (e > k) {
                            Who w = new Who(src.speaker(), src.speakerRole(), 0.5, -1, -1);
                            add(false, k, e, src.cue(), w, src.event());
                            out.sort(Comparator.comparingInt(Quotation::begin));
                        }
                    } else if (src == null && !startsNewAttribution(k)) {
                        // 某某发表视频致辞。(caption, heading) 我们倡导…: excerpts of the speech just announced
                        Mention speaker = speechAnnounced(k);
                        int e = speaker == null ? k : reportEnd(k, speaker);
                        if (e > k) {
                            add(false, k, e, null, new Who(speaker, null, 0.5, -1, -1), mainEvent());
                            out.sort(Comparator.comparingInt(Quotation::begin));
                        }
                    }
                }
                k = pe + 1;
            }
        }

        /**
         * The person who, in one of the three paragraphs before {@code k} and with no quote since,
         * is said to give a speech (某某向大会发表视频致辞, 某某作主旨演讲), or null.
         */
        Mention speechAnnounced(int k) {
            int p = k;
            for (int n = 0; n < 3 && p > a; ) {
                int ps = paragraphStart(p - 1);
                if (t.substring(ps, p).isBlank()) { p = ps; continue; }
                n++;
                Matcher m = SPEECH_GIVEN.matcher(t.substring(ps, p));
                Mention found = null;
                while (m.find()) {
                    int at = ps + m.start();
                    Mention last = null;
                    for (Mention x : persons) {
                        if (x.end() > at) break;
                        if (x.begin() >= sentenceStart(at) && !masked[x.begin() - a]) last = x;
                    }
                    if (last != null && at - last.end() <= 40) found = last;
                }
                if (found != null) return overlapsQuote(found.end(), k) ? null : found;
                p = ps;
            }
            return null;
        }

        boolean overlapsQuote(int b, int e) {
            for (Quotation q : out) if (q.begin() < e && q.end() > b) return true;
            return false;
        }

        /** Drops a direct quote whose words are repeated in a longer (or equal, better attributed) one. */
        List<Quotation> dedupe() {
            List<Quotation> keep = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                Quotation q = out.get(i);
                boolean drop = false;
                if (q.direct()) {
                    String qt = norm(t.substring(q.begin(), q.end()));
                    for (int j = 0; j < out.size() && !drop; j++) {
                        Quotation o = out.get(j);
                        if (j == i || !o.direct() || (o.begin() <= q.begin() && o.end() >= q.end())) continue;
                        String ot = norm(t.substring(o.begin(), o.end()));
                        if (qt.length() < 6 || !ot.contains(qt)) continue;
                        if (ot.length() > qt.length()) drop = true;
                        else if (o.confidence() > q.confidence() || (o.confidence() == q.confidence() && j < i)) drop = true;
                    }
                }
                if (!drop) keep.add(q);
            }
            return keep;
        }

        static String norm(String s) {
            return s.replaceAll("[\\p{P}\\s]", "");
        }

        // -------------------------------------------------------------- quotation marks

        void scanMarks() {
            Deque<Integer> stack = new ArrayDeque<>();
            for (int k = a; k < z; k++) {
                char c = t.charAt(k);
                if (c == '\n' && !stack.isEmpty()) {
                    // a quote may run over one paragraph break (layout), if it closes in the next paragraph
                    int top = stack.peek();
                    char want = EventFinder.closeFor(t.charAt(top));
                    int nextBreak = t.indexOf('\n', k + 1);
                    if (nextBreak < 0 || nextBreak > z) nextBreak = z;
                    int close = t.indexOf(want, k + 1);
                    int reopen = t.indexOf(t.charAt(top), k + 1);
                    if (close < 0 || close >= nextBreak || (reopen >= 0 && reopen < close)) stack.clear();
                    continue;
                }
                if (EventFinder.isOpen(c)) {
                    stack.push(k);
                } else if (EventFinder.isClose(c)) {
                    char want = EventFinder.openFor(c);
                    int depth = stack.size();
                    Integer found = null;
                    for (Integer o : stack) {
                        depth--;
                        if (t.charAt(o) == want) { found = o; break; }
                    }
                    if (found == null) continue;
                    while (!stack.isEmpty() && !stack.peek().equals(found)) stack.pop();
                    stack.pop();
                    Span s = new Span(found, k, stack.size());
                    spans.add(s);
                }
            }
            spans.sort(Comparator.comparingInt(s -> s.open));
            Deque<Span> open = new ArrayDeque<>();
            for (Span s : spans) {
                while (!open.isEmpty() && open.peek().close < s.open) open.pop();
                if (!open.isEmpty()) s.parent = open.peek();
                open.push(s);
                spanByOpen.put(s.open, s);
                for (int k = s.open; k <= s.close; k++) masked[k - a] = true;
                classify(s);
            }
        }

        void classify(Span s) {
            String inner = t.substring(s.begin(), s.end());
            String before = t.substring(Math.max(a, s.open - 6), s.open);
            String after = t.substring(Math.min(z, s.close + 1), Math.min(z, s.close + 5));
            boolean themeBefore = THEME_BEFORE.matcher(before).find();
            boolean themeAfter = after.startsWith("为主题") || after.startsWith("为题") || after.startsWith("为主线")
                    || after.startsWith("为核心") || after.startsWith("为宗旨") || after.startsWith("为目标");
            s.term = (themeBefore && (themeAfter || !before.endsWith("以"))) || (before.endsWith("以") && after.startsWith("为"));
            String stripped = stripInner(inner);
            boolean punct = stripped.matches("(?s).*[，。！？；…,!?;].*");
            int letters = stripped.replaceAll("[\\p{P}\\s]", "").length();
            s.speechLike = !s.term && punct && letters >= 6;
            // quoted words used as a noun (…“…”的指示, 高举“…！”等横幅, “…”这个中心任务) are a slogan, not speech,
            // unless a verb introduces them (某某说：“…”)
            if (s.speechLike && NOUN_USE_AFTER.matcher(after).find() && !introducedByCue(s)) {
                s.speechLike = false;
                s.term = true;
            }
            // a statement introduced by a speech verb and a colon: 指出：“…”
            if (!s.term && !s.speechLike && letters >= 6 && s.open - 1 > a && "：:".indexOf(t.charAt(s.open - 1)) >= 0
                    && cueEndingAt(s.open - 1) != null) s.speechLike = true;
            // a short statement that is a whole sentence after its verb: 他说：“好。” / 他回答说，「不妨这样做」。
            if (!s.term && !s.speechLike && s.depth == 0 && s.open - 1 > a && "：:，,".indexOf(t.charAt(s.open - 1)) >= 0) {
                boolean colonBefore = "：:".indexOf(t.charAt(s.open - 1)) >= 0;
                char next = s.close + 1 < z ? t.charAt(s.close + 1) : '\n';
                boolean endsSentence = "。！？!?\n（(".indexOf(next) >= 0;
                Cue c = cueEndingAt(s.open - 1);
                if (c != null && validCue(c, true) && endsSentence && letters >= (colonBefore ? 2 : 4)) s.speechLike = true;
            }
        }

        /** Whether a speech verb, with a colon or comma or nothing between, stands right before the marks. */
        boolean introducedByCue(Span s) {
            int p = s.open;
            while (p > a && t.charAt(p - 1) == ' ') p--;
            if (p > a && "：:，,".indexOf(t.charAt(p - 1)) >= 0) p--;
            return cueEndingAt(p) != null || (p < s.open && cueNear(p, 8) != null);
        }

        /** The inner text with nested quotes removed, so that their punctuation does not count. */
        String stripInner(String inner) {
            return inner.replaceAll("[‘『][^’』]*[’』]", "X");
        }

        /** A cue directly before the marks of a short quote with its speaker next to it: 某某强调‘…’. */
        Who tightCue(Span s) {
            if (s.term) return null;
            int len = s.end() - s.begin();
            if (len < 4 || len > 60) return null;
            String after = t.substring(Math.min(z, s.close + 1), Math.min(z, s.close + 3));
            if (after.matches("^(的|理念|精神|战略|目标|概念|计划|倡议|行动|工程|口号|号|品牌|模式|系列|等|之).*")) return null;
            Cue c = cueEndingAt(s.open);
            if (c == null || !Set.of("强调", "指出", "提出", "说", "表示", "说道", "写道", "重申", "要求", "寄语").contains(c.word())) return null;
            int regionStart = s.parent != null ? s.parent.begin() : clauseStart(c.begin());
            Who w = speakerBefore(c, regionStart);
            if (w == null || w.mention() == null || w.begin() < 0) return null;
            String gap = t.substring(w.end(), c.begin());
            if (gap.length() > 6 || gap.matches(".*[，。；：].*")) return null;
            return w;
        }

        // -------------------------------------------------------------- direct quotes

        /** Handles a top-level quote; returns the position to continue scanning from. */
        int direct(Span s) {
            Cue cue = null;
            Who who = null;
            boolean viaCueBefore = false;
            // 1. a speech verb before the marks
            int p = s.open;
            while (p > a && (t.charAt(p - 1) == ' ' || t.charAt(p - 1) == '\n')) p--;
            boolean colon = p > a && "：:".indexOf(t.charAt(p - 1)) >= 0;
            boolean comma = p > a && "，,".indexOf(t.charAt(p - 1)) >= 0;
            int q = (colon || comma) ? p - 1 : p;
            Cue c = cueEndingAt(q);
            if (c == null && colon) c = cueNear(q, 8);
            if (c != null && validCue(c, true) && (colon || comma || q == s.open || p == s.open)) {
                Who w = speakerBefore(c, clauseStart(c.begin()));
                if (w != null) {
                    cue = c;
                    who = w;
                    viaCueBefore = true;
                } else if (colon || comma) {
                    // 《某报》则指，“…”: the speaker is the verb's subject, which no mention names; no guess
                    int[] subj = reportSubject(c, clauseStart(c.begin()));
                    if (subj != null && unnamedSubject(subj) && !anyoneNamedIn(fullSentenceStart(c.begin()), c.begin())) {
                        add(true, s.begin(), s.end(), c.word(), null, null);
                        nested(s);
                        return s.close + 1;
                    }
                }
            }
            // 2. speaker and verb after the marks
            if (who == null) {
                Object[] r = speakerAfter(s);
                if (r != null) {
                    cue = (Cue) r[0];
                    who = (Who) r[1];
                }
            }
            if (who == null) {
                Who w = tightCue(s);
                if (w != null) {
                    who = w;
                    cue = cueEndingAt(s.open);
                }
            }
            // 3. colon introduction without a verb
            if (who == null && colon) {
                who = colonSpeaker(q);
            }
            // 4. …“…”某某的话
            if (who == null) who = possessorAfter(s);
            // 5. the previous speaker in the same paragraph
            if (who == null) who = previousInParagraph(s.open);
            // 6. a person named right after the quote
            if (who == null) who = personJustAfter(s);
            // 7. the article's dominant person
            if (who == null && !firstPersonAfter(s)) {
                Mention d = dominant();
                if (d != null) who = new Who(d, null, 0.3, -1, -1);
            }
            EventMention ev = cue != null ? eventFor(who, cue) : null;
            add(true, s.begin(), s.end(), cue == null ? null : cue.word(), who, ev);
            nested(s);
            int next = s.close + 1;
            // text after a quote introduced by a verb continues the speaker's report
            if (viaCueBefore && who != null) {
                int k = s.close + 1;
                while (k < z && "。！？!?”」』 ".indexOf(t.charAt(k)) >= 0) k++;
                k = afterBracket(k);
                if (k < z && t.charAt(k) != '\n' && (sentenceEnded(s) || "。！？!?".indexOf(t.charAt(s.close + 1 < z ? s.close + 1 : s.close)) >= 0)) {
                    if (!startsNewAttribution(k)) {
                        int e = reportEnd(k, who.mention());
                        if (e > k) {
                            add(false, k, e, cue.word(), who, ev);
                            next = e;
                        }
                    }
                }
            }
            return next;
        }

        /** After a bracketed aside at {@code k} (a translation or a gloss of the quote) and the punctuation closing it; else {@code k}. */
        int afterBracket(int k) {
            if (k >= z || "（(".indexOf(t.charAt(k)) < 0) return k;
            char close = t.charAt(k) == '（' ? '）' : ')';
            int pe = paragraphEnd(k);
            int c = t.indexOf(close, k + 1);
            if (c < 0 || c >= pe) return k;
            int n = c + 1;
            while (n < z && "。！？!?，,； ".indexOf(t.charAt(n)) >= 0) n++;
            return n;
        }

        /** Whether the words after the marks go on in the first person (“…”我们为…打造…): the quote is that narrator's. */
        boolean firstPersonAfter(Span s) {
            int k = s.close + 1;
            while (k < z && "。！？!?，,… ".indexOf(t.charAt(k)) >= 0) k++;
            return k < z && t.charAt(k) == '我' && !t.startsWith("我国", k);
        }

        boolean sentenceEnded(Span s) {
            String inner = t.substring(s.begin(), s.end()).strip();
            return !inner.isEmpty() && "。！？!?…".indexOf(inner.charAt(inner.length() - 1)) >= 0;
        }

        void nested(Span outer) {
            for (Span s : spans) {
                if (s.parent != outer) continue;
                Who w = tightCue(s);
                if (w == null) {
                    // “…X说：‘…’…” with a verb and colon before a speech-like inner quote
                    int p = s.open;
                    if (p > a && "：:".indexOf(t.charAt(p - 1)) >= 0 && s.speechLike) {
                        Cue c = cueEndingAt(p - 1);
                        if (c != null) w = speakerBefore(c, outer.begin());
                    }
                }
                if (w != null && w.mention() != null) {
                    Cue c = cueEndingAt(s.open);
                    add(true, s.begin(), s.end(), c == null ? null : c.word(), w, null);
                }
            }
        }

        /**
         * Where the attribution after a quote may start: right after the marks, or on the next line
         * when a line break follows them and that line is one short sentence (“…”|某某说。), as a
         * narrow column or a page layout breaks it.
         */
        int attributionLineAfter(int from) {
            int k = from;
            while (k < z && (t.charAt(k) == '\n' || t.charAt(k) == ' ')) k++;
            if (k == from || t.substring(from, k).indexOf('\n') < 0) return from;
            int lineEnd = t.indexOf('\n', k);
            if (lineEnd < 0 || lineEnd > z) lineEnd = z;
            String line = t.substring(k, lineEnd).strip();
            boolean oneShortSentence = line.length() <= 45 && line.length() >= 3
                    && "。！？!?".indexOf(line.charAt(line.length() - 1)) >= 0
                    && line.substring(0, line.length() - 1).chars().noneMatch(c -> "。！？!?“「『".indexOf(c) >= 0);
            return oneShortSentence ? k : from;
        }

        /** {cue, who} for “…”某某说 within the sentence after the quote, or null. */
        Object[] speakerAfter(Span s) {
            int q = attributionLineAfter(s.close + 1);
            while (q < z && "，, ".indexOf(t.charAt(q)) >= 0) q++;
            int limit = Math.min(z, q + 45);
            for (int k = q; k < limit; k++) {
                char ch = t.charAt(k);
                if ("。！？!?\n".indexOf(ch) >= 0 || EventFinder.isOpen(ch)) break;
                Cue c = cueAt(k);
                if (c == null) continue;
                if (!validCue(c, true)) { k = c.end() - 1; continue; }
                // “…”她说：“…” — a verb with a colon introduces the next quote, not this one
                int after = c.end();
                while (after < z && t.charAt(after) == ' ') after++;
                if (after < z && "：:".indexOf(t.charAt(after)) >= 0) return null;
                Who w = speakerBefore(c, q);
                if (w != null && w.begin() >= q && t.substring(w.end(), c.begin()).contains("的")) w = null;
                if (w != null && (w.mention() != null || w.role() != null) && w.begin() >= q) {
                    // what follows the verb must end the sentence or go on as speech
                    return new Object[] {c, w};
                }
                k = c.end() - 1;
            }
            return null;
        }

        Who colonSpeaker(int colonPos) {
            int rs = sentenceStart(colonPos);
            // prefer a person followed by 的 + speech noun
            Who best = null;
            for (Mention m : ms) {
                if (m.begin() < rs) continue;
                if (m.end() > colonPos) break;
                if (masked[m.begin() - a]) continue;
                if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) continue;
                if (m.type() == EntityType.ORGANIZATION && inObjectPhrase(m, rs)) continue;
                String after = t.substring(m.end(), Math.min(colonPos, m.end() + 6));
                after = stripTitle(after);
                if (SPEECH_NOUN_AFTER.matcher(after).find()) return new Who(m, null, 0.8, m.begin(), m.end());
                if (m.type() == EntityType.PERSON) best = new Who(m, null, 0.8, m.begin(), m.end());
            }
            if (best != null) return best;
            // a title alone: 总书记最牵挂的…：
            int[] tt = lastTitleIn(rs, colonPos);
            if (tt != null) {
                Mention p = resolveTitle(t.substring(tt[0], tt[1]), tt[0]);
                if (p != null) return new Who(p, null, 0.5, tt[0], tt[1]);
            }
            int pr = lastPronounIn(rs, colonPos);
            if (pr >= 0) {
                return pronounWho(pr);
            }
            return null;
        }

        Who possessorAfter(Span s) {
            int q = s.close + 1;
            while (q < z && "，,。 ".indexOf(t.charAt(q)) >= 0) q++;
            for (Mention m : ms) {
                if (m.begin() < q) continue;
                if (m.begin() > q + 2) break;
                if (m.type() != EntityType.PERSON) continue;
                String after = stripTitle(t.substring(m.end(), Math.min(z, m.end() + 8)));
                if (SPEECH_NOUN_AFTER.matcher(after).find()) return new Who(m, null, 0.8, m.begin(), m.end());
            }
            for (String title : TITLES) {
                if (t.startsWith(title, q)) {
                    String after = t.substring(q + title.length(), Math.min(z, q + title.length() + 6));
                    if (SPEECH_NOUN_AFTER.matcher(after).find()) {
                        Mention p = resolveTitle(title, q);
                        if (p != null) return new Who(p, null, 0.5, q, q + title.length());
                    }
                }
            }
            return null;
        }

        Who previousInParagraph(int pos) {
            int ps = paragraphStart(pos);
            for (int k = out.size() - 1; k >= 0; k--) {
                Quotation qq = out.get(k);
                if (qq.end() <= ps) break;
                if (qq.begin() >= pos) continue;
                if (qq.speaker() != null && qq.speaker().type() == EntityType.PERSON) {
                    return new Who(qq.speaker(), qq.speakerRole(), 0.7, -1, -1);
                }
            }
            return null;
        }

        Who personJustAfter(Span s) {
            int q = s.close + 1;
            int pe = paragraphEnd(q);
            int limit = Math.min(pe, q + 22);
            for (Mention m : persons) {
                if (m.begin() < q) continue;
                if (m.begin() >= limit) break;
                if (masked[m.begin() - a]) continue;
                // the person must be a subject: not after 对/向/给/和/与/让
                char prev = m.begin() > a ? t.charAt(m.begin() - 1) : ' ';
                if ("对向给和与让被把使同跟".indexOf(prev) >= 0) continue;
                return new Who(m, null, 0.5, m.begin(), m.end());
            }
            return null;
        }

        /** The name a person mention stands for: a shorter person name it contains (习近平总书记 → 习近平). */
        String personKey(Mention m) {
            String best = m.text();
            for (Mention o : persons) {
                String x = o.text();
                if (x.length() >= 2 && x.length() < best.length() && best.contains(x) && !TITLES.contains(x)) best = x;
            }
            if (TITLES.contains(best)) {
                Mention p = resolveTitle(best, m.begin());
                if (p != null && !TITLES.contains(p.text())) return personKey(p);
            }
            return best;
        }

        Mention dominant() {
            if (dominantDone) return dominant;
            dominantDone = true;
            Map<String, Integer> count = new HashMap<>();
            Map<String, Mention> first = new HashMap<>();
            for (Mention m : persons) {
                String key = personKey(m);
                count.merge(key, 1, Integer::sum);
                if (m.text().equals(key) || !first.containsKey(key)) {
                    Mention prev = first.get(key);
                    if (prev == null || !prev.text().equals(key)) first.put(key, m);
                }
            }
            // bare titles count for the person they were attached to
            for (String title : List.of("总书记", "主席", "总理")) {
                int k = t.indexOf(title, a);
                while (k >= 0 && k < z) {
                    boolean isMention = false;
                    for (Mention m : persons) if (m.begin() <= k && k < m.end()) isMention = true;
                    if (!isMention && personAdjacentTo(k, title.length()) == null) {
                        Mention p = resolveTitle(title, k);
                        if (p != null) count.merge(personKey(p), 1, Integer::sum);
                    }
                    k = t.indexOf(title, k + title.length());
                }
            }
            String best = null;
            int bc = 0, second = 0;
            for (Map.Entry<String, Integer> e : count.entrySet()) {
                if (e.getValue() > bc) { second = bc; bc = e.getValue(); best = e.getKey(); }
                else if (e.getValue() > second) second = e.getValue();
            }
            if (best != null && bc >= 4 && bc >= 2 * second) dominant = first.get(best);
            return dominant;
        }

        // -------------------------------------------------------------- indirect quotes

        /** Handles a cue; returns the position after the quote made, or -1. With dryRun, only tells whether one would start. */
        int indirect(Cue c, boolean dryRun) {
            if (!INDIRECT_CUES.contains(c.word()) || !validCue(c, false)) return -1;
            int k = c.end();
            String rest = t.substring(k, Math.min(z, k + 16));
            int start;
            boolean bare = false;
            if (c.word().equals("提出") || c.word().equals("分享")) {
                Matcher m = COUNTED_INTRO.matcher(rest);
                if (!m.find()) return -1;
                start = k + m.end();
            } else if (c.word().equals("告诉")) {
                Matcher m = Pattern.compile("^[^，。：；\\n]{1,8}?[，：,:]").matcher(rest);
                if (!m.find()) return -1;
                start = k + m.end();
            } else if (!rest.isEmpty() && "，：,:".indexOf(rest.charAt(0)) >= 0) {
                start = k + 1;
            } else if (BARE_CUES.contains(c.word()) && !rest.isEmpty() && EventFinder.isHan(rest.charAt(0))
                    && !rest.matches("^(了|的|过|着|地|得|说|出|要|为|是|这|一|其|与|和|在|于|指出|强调).*")) {
                if (c.word().equals("表示") && BARE_ATTITUDE.matcher(rest).find()) return -1;   // 表示感谢, 表示关切: an attitude, not speech
                bare = true;
                start = k;
            } else {
                return -1;
            }
            while (start < z && (t.charAt(start) == ' ' || t.charAt(start) == '\n') && start == k + 1) start++;
            if (start >= z || t.charAt(start) == '\n') return -1;
            // a direct quote follows: handled as direct
            Span s = spanByOpen.get(start);
            if (s != null && s.depth == 0 && (s.speechLike || tightCue(s) != null)) return -1;
            if (c.word().equals("看来")) {
                // 在某某看来，
                int zai = t.lastIndexOf('在', c.begin());
                if (zai < 0 || c.begin() - zai > 12 || zai < clauseStart(c.begin())) return -1;
                Who w = null;
                for (Mention m : candidatesIn(zai + 1, c.begin())) w = new Who(m, null, 0.95, m.begin(), m.end());
                if (w == null) return -1;
                if (dryRun) return start;
                int e = reportEnd(start);
                add(false, start, e, c.word(), w, null);
                return e;
            }
            Who w = speakerBefore(c, clauseStart(c.begin()));
            if (w == null) return -1;
            if (bare) {
                // the speaker must be next to the verb, or head the sentence before a comma
                boolean adjacent = w.begin() >= 0 && c.begin() - w.end() <= 4
                        && !t.substring(w.end(), c.begin()).matches(".*[，。；].*");
                boolean heads = w.begin() >= 0 && w.begin() - sentenceStart(c.begin()) <= 2 && t.charAt(c.begin() - 1) == '，';
                if (!adjacent && !heads) return -1;
                if (w.mention() == null && w.role() == null) return -1;
            }
            if (w.mention() == null && w.role() == null) return -1;
            if (dryRun) return start;
            int e = reportEnd(start, w.mention());
            e = concessiveEnd(c, start, e);
            if (e <= start) return -1;
            EventMention ev = eventFor(w, c);
            add(false, start, e, c.word(), w, ev);
            int last = e;
            // enumerated points in the following paragraphs
            boolean counted = c.word().equals("提出") || c.word().equals("分享");
            int pe = paragraphEnd(start);
            if (e >= pe || counted) {
                int np = pe;
                while (true) {
                    while (np < z && (t.charAt(np) == '\n' || t.charAt(np) == ' ')) np++;
                    if (np >= z) break;
                    // skip one short heading line between the report and its points
                    int npe = paragraphEnd(np);
                    if (!ENUM_START.matcher(t.substring(np, Math.min(z, np + 6))).find()) {
                        if (npe - np <= 20 && !t.substring(np, npe).matches(".*[。！？].*")) {
                            int n2 = npe;
                            while (n2 < z && (t.charAt(n2) == '\n' || t.charAt(n2) == ' ')) n2++;
                            if (n2 < z && ENUM_START.matcher(t.substring(n2, Math.min(z, n2 + 6))).find() && false) {
                                np = n2;
                                npe = paragraphEnd(np);
                            } else break;
                        } else break;
                    }
                    if (startsNewAttribution(np)) break;
                    int ee = reportEnd(np, w.mention());
                    if (ee <= np) break;
                    add(false, np, ee, c.word(), w, ev);
                    last = ee;
                    if (ee < npe) break;
                    np = npe;
                }
            }
            return last;
        }

        /** End of a report starting at {@code start}: the sentence, and following ones in the paragraph. */
        int reportEnd(int start) {
            return reportEnd(start, null);
        }

        /**
         * End of a report of {@code speaker} starting at {@code start}: the sentence, and the following
         * ones of the paragraph until a new attribution, a direct quote, a narrative turn or a sentence
         * that names the speaker (people do not speak of themselves by name: 某某还谴责…, 按照总书记的指引…).
         * A clause that introduces a direct quote (并指着屏幕说：“…”) is not part of the report.
         */
        int reportEnd(int start, Mention speaker) {
            int e = sentenceEnd(start);
            int cut = quoteIntroCut(start, e);
            if (cut >= 0) return trimEnd(start, cut);
            int pe = paragraphEnd(start);
            while (e < pe) {
                int k = e;
                while (k < pe && (t.charAt(k) == ' ' || "”」』".indexOf(t.charAt(k)) >= 0 && !masked[k - a])) k++;
                if (k >= pe) { e = pe; break; }
                if (startsNewAttribution(k)) break;
                Span s = spanByOpen.get(k);
                if (s != null && s.speechLike) break;
                if (NARRATIVE_TURN.matcher(t.substring(k, Math.min(z, k + 4))).find()) break;
                int se = sentenceEnd(k);
                if (namesSpeaker(k, se, speaker)) break;
                cut = quoteIntroCut(k, se);
                if (cut >= 0) {
                    if (cut > k) e = cut;
                    break;
                }
                e = se;
            }
            return trimEnd(start, e);
        }

        /**
         * 虽然某某透露…，不过…: when the verb's clause is conceded (虽然, 尽管), the writer's main clause
         * after 但/不过/然而 is not the speaker's report: the quote ends at the comma before it.
         */
        int concessiveEnd(Cue c, int start, int e) {
            String before = t.substring(fullSentenceStart(c.begin()), c.begin());
            if (!before.matches(".*(虽然|虽|尽管|虽说).*")) return e;
            Matcher m = MAIN_CLAUSE.matcher(t.substring(start, e));
            return m.find() ? trimEnd(start, start + m.start()) : e;
        }

        /** {@code e} moved back over trailing spaces and commas. */
        int trimEnd(int start, int e) {
            while (e > start && (Character.isWhitespace(t.charAt(e - 1)) || "，,".indexOf(t.charAt(e - 1)) >= 0)) e--;
            return e;
        }

        /**
         * Where a report must stop in the sentence [b, e) because a clause of it introduces a direct
         * quote with a verb and a colon (…，并笑着说：“…”): after the comma before that clause, or
         * {@code b} when the sentence opens with it; -1 when there is none.
         */
        int quoteIntroCut(int b, int e) {
            for (Span s : spans) {
                if (s.open < b) continue;
                if (s.open >= e) break;
                if (s.depth != 0 || !s.speechLike) continue;
                int p = s.open;
                while (p > b && t.charAt(p - 1) == ' ') p--;
                if (p <= b || "：:".indexOf(t.charAt(p - 1)) < 0) continue;
                Cue c = cueEndingAt(p - 1);
                if (c == null) c = cueNear(p - 1, 8);
                if (c == null || c.begin() < b) continue;
                int k = c.begin();
                while (k > b && "，,；;".indexOf(t.charAt(k - 1)) < 0) k--;
                return k;
            }
            return -1;
        }

        /** Whether the sentence [b, e) names {@code speaker} outside quotation marks, by name or by a title standing for them. */
        boolean namesSpeaker(int b, int e, Mention speaker) {
            if (speaker == null || speaker.type() != EntityType.PERSON) return false;
            String key = personKey(speaker);
            for (Mention m : persons) {
                if (m.begin() < b) continue;
                if (m.end() > e) break;
                if (!masked[m.begin() - a] && personKey(m).equals(key)) return true;
            }
            int end = e;
            int[] tt;
            while ((tt = lastTitleIn(b, end)) != null) {
                // a title word inside a compound (轮值主席国, 主席团) names no one
                char next = tt[1] < z ? t.charAt(tt[1]) : ' ';
                Mention p = "国团台位职令任府".indexOf(next) >= 0 ? null : resolveTitle(t.substring(tt[0], tt[1]), tt[0]);
                if (p != null && personKey(p).equals(key)) return true;
                end = tt[0];
            }
            return false;
        }

        /** Whether the sentence at {@code k} starts its own attribution (a verb with a speaker). */
        boolean startsNewAttribution(int k) {
            int se = sentenceEnd(k);
            for (int i = k; i < se; i++) {
                if (masked[i - a]) continue;
                Cue c = cueAt(i);
                if (c == null) continue;
                if (indirect(c, true) >= 0) return true;
                // 某某说：“…” / “…”某某说 handled as direct; a verb with colon also starts anew
                if (c.end() < z && "：:".indexOf(t.charAt(c.end())) >= 0 && speakerBefore(c, k) != null) return true;
                if (reportSubject(c, k) != null) return true;
                i = c.end() - 1;
            }
            return false;
        }

        /**
         * The subject clause of a cue that ends its clause with ，or ：(某某5月1日表示，, 声明称，), as
         * {begin, end}, whether or not a speaker can be found in it; null when the cue does not open
         * a report, or when its subject is missing or first person (我们认为， goes on with the speech).
         */
        int[] reportSubject(Cue c, int from) {
            if (c.end() >= z || "，：,:".indexOf(t.charAt(c.end())) < 0 || !validCue(c, true)) return null;
            int b = c.begin();
            while (b > from && "，,；;：:".indexOf(t.charAt(b - 1)) < 0) b--;
            String subject = t.substring(b, c.begin()).strip();
            if (subject.isEmpty() || subject.startsWith("我") || !subject.matches(".*\\p{IsHan}.*")) return null;
            return new int[] {b, c.begin()};
        }

        int sentenceEnd(int start) {
            int k = start;
            while (k < z) {
                char ch = t.charAt(k);
                Span s = spanByOpen.get(k);
                if (s != null) {
                    k = s.close + 1;
                    // quoted words that end their own sentence (…“…。”某某补充，) end this one too
                    String inner = t.substring(s.begin(), s.end()).strip();
                    boolean closed = !inner.isEmpty() && "。！？!?".indexOf(inner.charAt(inner.length() - 1)) >= 0;
                    if (closed && k < z && "，,、；;：:。！？!?”」』）)\n".indexOf(t.charAt(k)) < 0) return k;
                    continue;
                }
                if (ch == '\n') return k;
                if ("。！？!?".indexOf(ch) >= 0) {
                    k++;
                    while (k < z && "。！？!?…”」』".indexOf(t.charAt(k)) >= 0 && !spanByOpen.containsKey(k)) k++;
                    return k;
                }
                k++;
            }
            return z;
        }

        // -------------------------------------------------------------- cues

        Cue cueAt(int i) {
            for (String w : CUES) {
                if (t.startsWith(w, i) && i + w.length() <= z) return new Cue(i, i + w.length(), w);
            }
            return null;
        }

        Cue cueEndingAt(int p) {
            for (String w : CUES) {
                int b = p - w.length();
                if (b >= a && t.startsWith(w, b)) {
                    // prefer the longest cue ending here, e.g. 致辞表示 over 表示
                    return new Cue(b, p, w);
                }
            }
            return null;
        }

        /** A cue ending within {@code max} characters before {@code p} (告诉大家：, 答得详细：). */
        Cue cueNear(int p, int max) {
            for (int e = p - 1; e >= Math.max(a, p - max); e--) {
                char ch = t.charAt(e);
                if ("，。；！？\n”」』".indexOf(ch) >= 0) return null;
                Cue c = cueEndingAt(e);
                if (c != null && Set.of("告诉", "答", "问", "询问", "追问", "反问", "问道", "表示", "说", "写道", "回信", "寄语", "致信", "强调", "指出").contains(c.word())) {
                    String mid = t.substring(e, p);
                    if (mid.matches("[\\p{IsHan}]{1,6}")) return c;
                }
            }
            return null;
        }

        boolean validCue(Cue c, boolean direct) {
            String w = c.word();
            char prev = c.begin() > a ? t.charAt(c.begin() - 1) : ' ';
            char next = c.end() < z ? t.charAt(c.end()) : ' ';
            String next2 = t.substring(c.end(), Math.min(z, c.end() + 2));
            if (prev == '据' || prev == '被') return false;
            switch (w) {
                case "说":
                    if ("听虽小传游来再就演学解劝是如诉述据".indexOf(prev) >= 0) return false;
                    if ("明服法到话出得起成唱书笑".indexOf(next) >= 0) return false;
                    break;
                case "称":
                    if ("名简号堪俗统被自声宣著职相对总昵".indexOf(prev) >= 0) return false;
                    if ("为号赞之作道呼谓颂职得".indexOf(next) >= 0) return false;
                    break;
                case "指":
                    // 他指，/ 报道指：— only with punctuation after it (指导, 指数, 手指 are not cues)
                    if ("，,：:「“".indexOf(next) < 0) return false;
                    if ("所意特专泛确遥手食直".indexOf(prev) >= 0) return false;
                    break;
                case "介绍":
                    if ("了过的给到".indexOf(next) >= 0) return false;
                    break;
                case "表示":
                    if (!direct && next2.matches("(感谢|欢迎|祝贺|慰问|赞赏|遗憾|哀悼|同情|关切|支持|反对|了|的)")) return false;
                    break;
                case "问": case "答":
                    if (!direct) return false;
                    if ("回报解作问应提疑学访顾".indexOf(prev) >= 0) return false;
                    break;
                case "分析": case "建议": case "预计": case "提醒": case "补充": case "解释":
                    if ("的了".indexOf(next) >= 0) return false;
                    break;
                case "回忆": case "总结": case "赞许": case "说明":
                    if (!direct) return false;
                    break;
                case "致辞": case "致贺": case "致信": case "回信": case "批示": case "寄语":
                    if (!direct) return false;
                    break;
                default:
                    break;
            }
            return true;
        }

        // -------------------------------------------------------------- speakers

        /** Start of the clause region in which a cue's speaker is sought. */
        int clauseStart(int pos) {
            return sentenceStart(pos);
        }

        int sentenceStart(int pos) {
            int k = pos;
            while (k > a) {
                char ch = t.charAt(k - 1);
                if ("。！？!?\n".indexOf(ch) >= 0) break;
                if (EventFinder.isClose(ch) && masked[k - 1 - a]) {
                    // a quoted statement ends what came before; a quoted term or name (连线“某某一号”平台) is stepped over
                    Span term = termClosingAt(k - 1);
                    if (term == null) break;
                    k = term.open;
                    continue;
                }
                k--;
            }
            return k;
        }

        /** The speaker of cue {@code c}: the nearest candidate in [regionStart, c.begin). */
        Who speakerBefore(Cue c, int regionStart) {
            int cb = c.begin();
            int rs = Math.max(regionStart, sentenceStart(cb));
            if (regionStart > rs) rs = regionStart;
            // candidates: mentions, pronouns, titles, X方, collectives
            int bestEnd = -1;
            Who best = null;
            for (Mention m : candidatesIn(rs, cb)) {
                if (m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = whoForMention(m, c);
                }
            }
            int pr = lastPronounIn(rs, cb);
            if (pr >= 0 && pr + 1 > bestEnd) {
                bestEnd = pr + 1;
                best = pronounWho(pr);
                if (best == null) return null;
            }
            int[] tt = lastTitleIn(rs, cb);
            if (tt != null && tt[1] > bestEnd) {
                // 某国总理某某表示 with the name untagged: the title is not the one attached to another person
                if (untaggedNameBetween(tt[1], cb)) return null;
                Mention p = resolveTitle(t.substring(tt[0], tt[1]), tt[0]);
                if (p != null) {
                    bestEnd = tt[1];
                    best = new Who(p, null, 0.5, tt[0], tt[1]);
                }
            }
            int[] side = lastSideIn(rs, cb);
            if (side != null && side[1] > bestEnd) {
                String word = t.substring(side[0], side[1]);
                Mention m = orgMentionAt(side[0], side[1]);
                if (m == null) {
                    m = new Mention(EntityType.ORGANIZATION, side[0], side[1], word);
                    created.add(m);
                }
                bestEnd = side[1];
                best = whoForMention(m, c);
            }
            int[] col = lastCollectiveIn(rs, cb);
            if (col != null && col[1] > bestEnd) {
                String word = t.substring(col[0], col[1]);
                return new Who(null, word, 0.0, col[0], col[1]);
            }
            if (best == null) {
                // an unnamed official of an organization the mention stage missed: …研发中心负责人介绍
                Who unnamed = unnamedOfficial(rs, cb);
                if (unnamed != null) return unnamed;
                // 文章指出，/ 声明说，: the author of the document named before
                Who author = documentAuthor(rs, cb);
                if (author != null) return author;
                // no subject in the clause: the previous speaker goes on
                if (zeroSubject(rs, cb)) return previousSpeaker(cb);
                return null;
            }
            return best;
        }

        /**
         * The author of a document that is the subject of a cue (文章强调，, 声明说，, 报告指出，): the
         * person or organization that the nearest earlier mention of that document names as its
         * author (某某发表声明, 某某的重要文章), in this article. Null when none is written.
         */
        Who documentAuthor(int rs, int cb) {
            int k = cb;
            while (k > rs && "，,；;".indexOf(t.charAt(k - 1)) < 0) k--;
            Matcher dm = DOCUMENT_SUBJECT.matcher(t.substring(k, cb).strip());
            if (!dm.matches()) return null;
            String noun = dm.group(1);
            int at = k;
            while (true) {
                at = t.lastIndexOf(noun, at - 1);
                if (at < a) return null;
                if (masked[at - a]) continue;
                int after = at + noun.length();
                if (after < z && t.charAt(after) == '中') after++;
                if (cueAt(after) != null) {
                    // an earlier bare 文章指出，: look further back for its author
                    int cs = at;
                    while (cs > a && "，,；;。！？\n".indexOf(t.charAt(cs - 1)) < 0) cs--;
                    if (DOCUMENT_SUBJECT.matcher(t.substring(cs, after).strip()).matches()) continue;
                }
                int ss = sentenceStart(at);
                Mention author = null;
                for (Mention m : ms) {
                    if (m.begin() < ss) continue;
                    if (m.end() > at) break;
                    if (masked[m.begin() - a] || (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION)) continue;
                    String gap = t.substring(m.end(), at);
                    if (gap.length() > 24 || gap.matches(".*[，。；：,;:].*") || !AUTHORING.matcher(gap).find()) continue;
                    if (m.type() == EntityType.ORGANIZATION && inObjectPhrase(m, ss)) continue;
                    author = m;
                }
                if (author != null) return new Who(author, null, 0.5, -1, -1);
                if (at < k && sentenceStart(at) != sentenceStart(k)) return null;   // only the nearest earlier sentence naming it
            }
        }

        /**
         * Whether [b, e), between a title and its verb, reads as a name nobody tagged (总统某某3日表示):
         * two to eight characters of a name, once a trailing time or adverb is removed, with none of
         * the function characters an adverbial phrase has (深情地, 笑着, 在会上, 再次).
         */
        boolean untaggedNameBetween(int b, int e) {
            String gap = t.substring(b, e).strip();
            gap = gap.replaceAll("(?:[0-9０-９]{1,2}日|当天|当日|今天|昨天|近日|日前|此前|随后|周[一二三四五六日])?(?:还|也|又|则|曾|再次|同时|并)?$", "");
            if (gap.length() < 2 || gap.length() > 8 || !gap.matches("[\\p{IsHan}·]+")) return false;
            if (gap.matches(".*[地着了在对向和与同跟就都曾将已也还又再并亦则均更最很非不没要会能可的时中上后前].*")) return false;
            return !ZERO_SUBJECT_WORDS.contains(gap);
        }

        /** Whether the clause before a cue has no subject of its own (…，语重心长地告诉). */
        boolean zeroSubject(int rs, int cb) {
            int k = cb;
            while (k > rs && "，,；;".indexOf(t.charAt(k - 1)) < 0) k--;
            String clause = t.substring(k, cb).strip();
            // a short clause is an adverb or a time (还说, 当天表示), not a name the mention stage missed
            if (clause.length() <= 1) return true;
            if (clause.length() == 2 && (ZERO_SUBJECT_WORDS.contains(clause) || "还也又并就再都便则亦更均".indexOf(clause.charAt(1)) >= 0)) return true;
            if (clause.endsWith("地")) return true;
            return clause.matches("^(对|向|在|给|还|又|也|并|同时|随后|接着|最后|此外|另外|进而|更|再).*")
                    && !clause.matches(".*(负责人|发言人|人士|官员|代表|专家)$");
        }

        /** ORG负责人 before the cue with no organization mention: an organization mention is made over ORG. */
        Who unnamedOfficial(int rs, int cb) {
            int k = cb;
            while (k > rs && "，,；;：:".indexOf(t.charAt(k - 1)) < 0) k--;
            String clause = t.substring(k, cb);
            for (String r : ROLE_WORDS) {
                int i = clause.lastIndexOf(r);
                if (i <= 0 || clause.length() - (i + r.length()) > 4) continue;
                String org = clause.substring(0, i);
                int lead = 0;
                while (lead < org.length() && "▲◆■●据".indexOf(org.charAt(lead)) >= 0) lead++;
                org = org.substring(lead);
                if (org.length() < 3 || org.length() > 24 || !org.matches(".*(中心|局|部|委|办|院|所|会|公司|集团|协会|大学|学院|政府|委员会|办公室|研究院|银行|组织|机构|平台|署|厅|处|站|团|社|馆|联盟|基金会)$")) continue;
                if (!org.matches("[\\p{IsHan}A-Za-z0-9·（）()]+")) continue;
                int b = k + lead;
                Mention m = new Mention(EntityType.ORGANIZATION, b, b + org.length(), org);
                created.add(m);
                return new Who(m, r, 0.5, b, b + org.length());
            }
            return null;
        }

        Who whoForMention(Mention m, Cue c) {
            String gap = t.substring(m.end(), c.begin());
            boolean adjacent = gap.length() <= 20 && !gap.matches(".*[，。；：,;].*");
            double conf = adjacent ? 0.95 : 0.8;
            if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PLACE) {
                String g = gap.strip();
                for (String r : ROLE_WORDS) {
                    if (g.startsWith(r) && m.text().matches("[多各诸众数几两][国地方]")) {
                        // 多国人士表示: a collective, not a body of a particular place
                        return new Who(null, m.text() + r, 0.0, m.begin(), m.end());
                    }
                    if (g.startsWith(r)) {
                        return new Who(m.type() == EntityType.ORGANIZATION ? m : new Mention(EntityType.ORGANIZATION, m.begin(), m.end(), m.text()),
                                r, adjacent ? 0.8 : 0.5, m.begin(), m.end());
                    }
                }
                for (String r : TITLES) {
                    if (g.startsWith(r) || g.matches("^[副前原代]" + r + ".*")) {
                        return new Who(m.type() == EntityType.ORGANIZATION ? m : null, r, 0.5, m.begin(), m.end());
                    }
                }
                if (m.type() == EntityType.PLACE) return null;
            }
            return new Who(m, null, conf, m.begin(), m.end());
        }

        /** Person and organization mentions in [b, e) outside quoted words. */
        List<Mention> candidatesIn(int b, int e) {
            List<Mention> l = new ArrayList<>();
            boolean insideQuote = b > a && b < z && masked[b - a];   // looking for a speaker quoted by a speaker
            for (Mention m : ms) {
                if (m.begin() < b) continue;
                if (m.end() > e && m.begin() < e && m.type() == EntityType.PERSON) {
                    // a name tagged over the verb after it (某某称，): the name without the verb
                    Mention name = speakerName(m);
                    if (name.end() <= e && name.end() - name.begin() >= 2 && !masked[m.begin() - a]) l.add(name);
                    break;
                }
                if (m.end() > e) break;
                if (masked[m.begin() - a] && !insideQuote) continue;
                if (m.type() == EntityType.PLACE) {
                    // a place is a speaker only as the holder of an office (…局有关负责人)
                    String after = t.substring(m.end(), e);
                    boolean role = false;
                    for (String r : ROLE_WORDS) if (after.startsWith(r)) role = true;
                    if (!role) continue;
                }
                // objects are not speakers: 向某某表示, 对某某说; nor places of action: 在某学院，…
                char prev = m.begin() > a ? t.charAt(m.begin() - 1) : ' ';
                if (m.type() != EntityType.PERSON && inObjectPhrase(m, b)) continue;
                if (m.type() == EntityType.PERSON && "向对给让与和同跟把被".indexOf(prev) >= 0 && m.end() < e) {
                    String after = t.substring(m.end(), e);
                    if (!after.isEmpty() && after.length() < 12) continue;
                }
                l.add(m);
            }
            return l;
        }

        /** Whether an organization mention sits in a 向/对/给/在… phrase (an object or a place, not a subject). */
        boolean inObjectPhrase(Mention m, int regionStart) {
            for (int k = m.begin() - 1; k >= Math.max(regionStart, m.begin() - 16); k--) {
                char ch = t.charAt(k);
                if ("，。；：！？\n".indexOf(ch) >= 0) return false;
                if ("向对给在于从到为与和同跟".indexOf(ch) >= 0) {
                    // a person between the preposition and the mention would be the subject's object instead
                    return true;
                }
                if (masked[k - a]) return false;
            }
            return false;
        }

        int lastPronounIn(int b, int e) {
            for (int k = e - 1; k >= b; k--) {
                if (masked[k - a]) continue;
                char ch = t.charAt(k);
                if (ch != '他' && ch != '她') continue;
                char prev = k > a ? t.charAt(k - 1) : ' ';
                char next = k + 1 < z ? t.charAt(k + 1) : ' ';
                if ("其吉利".indexOf(prev) >= 0) continue;
                if ("们人国乡山日俩".indexOf(next) >= 0) continue;
                if ("向对给让与和同跟把被为".indexOf(prev) >= 0) continue;
                return k;
            }
            return -1;
        }

        int[] lastTitleIn(int b, int e) {
            for (int k = e - 1; k >= b; k--) {
                if (masked[k - a]) continue;
                for (String title : TITLES) {
                    int s = k - title.length() + 1;
                    if (s < b || !t.startsWith(title, s)) continue;
                    // only a bare title: no name right next to it
                    if (personAdjacentTo(s, title.length()) != null) continue;
                    // and not part of an organization's title chain (…局局长 handled through the org)
                    boolean orgBefore = false;
                    for (Mention m : ms) if (m.end() >= s - 1 && m.end() <= s && m.type() != EntityType.PERSON) orgBefore = true;
                    if (orgBefore) continue;
                    return new int[] {s, s + title.length()};
                }
            }
            return null;
        }

        int[] lastSideIn(int b, int e) {
            for (int k = e - 1; k > b; k--) {
                if (t.charAt(k) != '方' || masked[k - a]) continue;
                char p = t.charAt(k - 1);
                if (SIDE_PREFIXES.indexOf(p) < 0) continue;
                if (k - 2 >= b && EventFinder.isHan(t.charAt(k - 2)) && "，。、；：".indexOf(t.charAt(k - 2)) < 0) {
                    // 南方, 地方, 东方… are not sides: require a word boundary before the prefix
                    char pp = t.charAt(k - 2);
                    if ("在向对与和同跟据的".indexOf(pp) < 0) continue;
                }
                char next = k + 1 < z ? t.charAt(k + 1) : ' ';
                if ("面法式向案针".indexOf(next) >= 0) continue;
                return new int[] {k - 1, k + 1};
            }
            return null;
        }

        int[] lastCollectiveIn(int b, int e) {
            for (int k = e; k > b; k--) {
                for (String w : COLLECTIVES) {
                    int s = k - w.length();
                    if (s < b || !t.startsWith(w, s) || masked[s - a]) continue;
                    if (e - k > 6) continue;
                    return new int[] {s, k};
                }
            }
            return null;
        }

        Mention orgMentionAt(int b, int e) {
            for (Mention m : ms) if (m.begin() == b && m.end() == e && m.type() == EntityType.ORGANIZATION) return m;
            return null;
        }

        Mention personAdjacentTo(int s, int len) {
            for (Mention m : persons) {
                if (m.end() == s || (m.end() < s && s - m.end() <= 1)) return m;        // 习近平总书记
                if (m.begin() == s + len || (m.begin() > s + len && m.begin() - (s + len) <= 1)) return m; // 总书记习近平
            }
            return null;
        }

        /** The last speaker, when the quote that named them is in this paragraph or the previous one. */
        Who previousSpeaker(int pos) {
            int ps = paragraphStart(pos);
            int pps = ps > a ? paragraphStart(ps - 1) : ps;
            for (int k = out.size() - 1; k >= 0; k--) {
                Quotation q = out.get(k);
                if (q.begin() >= pos) continue;
                if (q.end() < pps) return null;
                if (q.speaker() != null) return new Who(q.speaker(), q.speakerRole(), 0.5, -1, -1);
                return null;
            }
            return null;
        }

        /**
         * The speaker a pronoun at {@code pr} stands for: the unnamed official of the last quote (某机构
         * 发言人表示，…。她说，…) when no person was named since, else {@link #resolvePronoun}.
         */
        Who pronounWho(int pr) {
            int ps = paragraphStart(pr);
            int pps = ps > a ? paragraphStart(ps - 1) : ps;
            for (int k = out.size() - 1; k >= 0; k--) {
                Quotation q = out.get(k);
                if (q.begin() >= pr) continue;
                if (q.end() < pps) break;
                if (q.speaker() != null && q.speaker().type() == EntityType.ORGANIZATION && q.speakerRole() != null
                        && PERSON_ROLES.contains(q.speakerRole()) && !personBetween(q.begin(), pr)) {
                    return new Who(q.speaker(), q.speakerRole(), 0.7, pr, pr + 1);
                }
                break;
            }
            Mention p = resolvePronoun(pr);
            return p == null ? null : new Who(p, null, 0.7, pr, pr + 1);
        }

        boolean personBetween(int b, int e) {
            for (Mention m : persons) {
                if (m.begin() >= b && m.end() <= e && !masked[m.begin() - a]) return true;
            }
            return false;
        }

        Mention resolvePronoun(int pos) {
            // 某某表示，他…: the pronoun is the subject of the report opened in its own sentence
            int ss = sentenceStart(pos);
            int[] subj = firstReportSubject(ss, pos);
            if (subj != null) {
                Mention named = null;
                for (Mention m : persons) {
                    if (m.begin() >= subj[0] && m.end() <= subj[1] && !masked[m.begin() - a]) named = m;
                }
                if (named != null) return named;
                if (unnamedSubject(subj)) return null;
            }
            int ps = paragraphStart(pos);
            int pps = ps > a ? paragraphStart(ps - 1) : ps;
            Mention fromQuote = null;
            String fromCue = null;
            int quotePos = -1;
            for (int k = out.size() - 1; k >= 0; k--) {
                Quotation q = out.get(k);
                if (q.begin() >= pos) continue;
                if (q.end() < pps) break;
                if (q.speaker() != null && q.speaker().type() == EntityType.PERSON) {
                    fromQuote = q.speaker();
                    fromCue = q.cue();
                    quotePos = q.begin();
                }
                break;
            }
            Mention last = null;
            for (Mention m : persons) {
                if (m.end() > pos) break;
                if (masked[m.begin() - a] || taken[m.begin() - a]) continue;
                last = m;
            }
            Mention found;
            int anchor;
            if (fromQuote == null) {
                found = last;
                anchor = last == null ? -1 : sentenceStart(last.begin());
            } else if (last != null && last.begin() > quotePos && !last.text().equals(fromQuote.text())) {
                found = last;
                anchor = sentenceStart(last.begin());
            } else if (last != null && fromCue != null && ASK_CUES.contains(fromCue) && last.end() <= quotePos && quotePos - last.end() <= 4
                    && !personKey(last).equals(personKey(fromQuote))) {
                // a question put to someone (问某某：“…？”) is answered by the one asked
                found = last;
                anchor = quotePos;
            } else {
                found = fromQuote;
                anchor = quotePos;
            }
            // someone the mention stage could not name spoke since (某某周日表示，…。他说，…): no guess
            if (found != null && anchor >= 0 && unnamedReportIn(anchor, ss)) return null;
            return found;
        }

        /** The subject of the first cue in [from, to) that opens a report (see {@link #reportSubject}), or null. */
        int[] firstReportSubject(int from, int to) {
            for (int i = from; i < to; i++) {
                if (masked[i - a]) continue;
                Cue c = cueAt(i);
                if (c == null) continue;
                int[] subj = c.end() < to ? reportSubject(c, sentenceStart(i)) : null;
                if (subj != null) return subj;
                i = c.end() - 1;
            }
            return null;
        }

        /** The top-level quoted term or name (not speech-like, without sentence punctuation) whose closing mark is at {@code close}. */
        Span termClosingAt(int close) {
            for (Span s : spans) {
                if (s.close != close) continue;
                if (s.depth != 0 || s.speechLike) return null;
                String inner = t.substring(s.begin(), s.end());
                if (inner.length() > 16 || inner.matches("(?s).*[，。！？；,!?;].*")) return null;
                return s;
            }
            return null;
        }

        /** Start of the sentence around {@code pos}, over quoted words (sentenceStart stops after a closing mark). */
        int fullSentenceStart(int pos) {
            int k = pos;
            while (k > a && "。！？!?\n".indexOf(t.charAt(k - 1)) < 0) k--;
            return k;
        }

        /** Whether [b, e) names or refers to anyone outside quotation marks: a mention, a pronoun, a title, a side or a collective. */
        boolean anyoneNamedIn(int b, int e) {
            for (Mention m : ms) {
                if (m.begin() >= b && m.end() <= e && !masked[m.begin() - a] && m.type() != EntityType.PLACE) return true;
            }
            return lastPronounIn(b, e) >= 0 || lastTitleIn(b, e) != null || lastSideIn(b, e) != null || lastCollectiveIn(b, e) != null;
        }

        /** Whether some cue in [from, to) opens a report whose subject names no one the text lets us resolve. */
        boolean unnamedReportIn(int from, int to) {
            int i = from;
            while (i < to) {
                int[] subj = firstReportSubject(i, to);
                if (subj == null) return false;
                if (unnamedSubject(subj)) return true;
                i = subj[1] + 1;
            }
            return false;
        }

        /**
         * Whether a report's subject is someone unnamed: no mention, pronoun, title, collective, side
         * or document in it, and not a subject-less clause (还表示).
         */
        boolean unnamedSubject(int[] subj) {
            for (Mention m : ms) if (m.begin() >= subj[0] && m.end() <= subj[1]) return false;
            String words = t.substring(subj[0], subj[1]).strip();
            if (words.matches(".*[方国]$") || DOCUMENT_SUBJECT.matcher(words).matches()) return false;
            if (lastPronounIn(subj[0], subj[1]) >= 0 || zeroSubject(subj[0], subj[1])) return false;
            if (lastTitleIn(subj[0], subj[1]) != null || lastCollectiveIn(subj[0], subj[1]) != null) return false;
            for (String r : ROLE_WORDS) if (words.contains(r)) return false;
            return true;
        }

        Mention resolveTitle(String title, int pos) {
            Mention found = null;
            for (Mention m : persons) {
                if (m.begin() > pos) break;
                if (titleNextTo(m, title)) found = m;
            }
            if (found != null) return found;
            for (Mention m : persons) {
                if (m.begin() > pos && titleNextTo(m, title)) return m;
            }
            return null;
        }

        boolean titleNextTo(Mention m, String title) {
            if (m.text().length() > title.length() && (m.text().endsWith(title) || m.text().startsWith(title))) return true;
            String after = t.substring(m.end(), Math.min(z, m.end() + title.length() + 1));
            if (after.startsWith(title)) return true;
            int b = m.begin() - title.length();
            if (b >= a && t.startsWith(title, b)) return true;
            return b - 1 >= a && t.startsWith(title, b - 1);
        }

        String stripTitle(String s) {
            for (String title : TITLES) if (s.startsWith(title)) return s.substring(title.length());
            return s;
        }

        // -------------------------------------------------------------- events

        EventMention eventFor(Who who, Cue c) {
            if (events.isEmpty() || c == null) return null;
            int from = who != null && who.end() >= 0 && who.end() <= c.begin() ? who.end() : Math.max(a, c.begin() - 24);
            String region = t.substring(from, c.end());
            Matcher m = AT_EVENT.matcher(region);
            if (m.find()) {
                String x = m.group(1).replaceAll("\\s", "");
                EventMention ev = matchEvent(x, c.begin());
                if (ev != null) return ev;
            }
            if (region.contains("致辞") || c.word().startsWith("致辞")) return mainEvent();
            return null;
        }

        EventMention matchEvent(String phrase, int pos) {
            for (EventMention e : events) {
                if (e.label().equals(phrase) || e.aliases().contains(phrase)) return e;
            }
            String noun = null;
            for (String n : EventFinder.NOUNS) if (phrase.endsWith(n)) { noun = n; break; }
            for (String n : List.of("开幕式", "闭幕式")) if (phrase.endsWith(n)) noun = n;
            if (noun == null) return null;
            EventMention best = null;
            for (EventMention e : events) {
                boolean fits = e.label().endsWith(noun);
                for (String al : e.aliases()) if (al.endsWith(noun)) fits = true;
                if (!fits) continue;
                if (noun.equals("开幕式") != e.label().endsWith("开幕式")) continue;
                if (best == null || (e.begin() <= pos && (best.begin() > pos || e.begin() > best.begin()))) best = e;
            }
            return best;
        }

        EventMention mainEvent() {
            EventMention best = null;
            for (EventMention e : events) {
                if (e.superEvent() != null) continue;
                if (e.begin() < a || e.begin() >= z) continue;
                if (best == null || e.begin() < best.begin()) best = e;
            }
            return best;
        }

        // -------------------------------------------------------------- paragraphs and output

        int paragraphStart(int pos) {
            int k = Math.min(pos, z);
            while (k > a && t.charAt(k - 1) != '\n') k--;
            return k;
        }

        int paragraphEnd(int pos) {
            int k = pos;
            while (k < z && t.charAt(k) != '\n') k++;
            return k;
        }

        void add(boolean direct, int b, int e, String cue, Who who, EventMention ev) {
            while (b < e && Character.isWhitespace(t.charAt(b))) b++;
            while (e > b && Character.isWhitespace(t.charAt(e - 1))) e--;
            if (e <= b) return;
            for (Quotation q : out) if (q.begin() == b && q.end() == e) return;
            Mention sp = who == null ? null : speakerName(who.mention());
            String role = who == null ? null : who.role();
            double conf = who == null ? 0.0 : (sp == null ? 0.0 : who.confidence());
            out.add(new Quotation(direct, b, e, cue, sp, role, ev, conf));
            for (int k = b; k < e; k++) taken[k - a] = true;
        }
    }
}
