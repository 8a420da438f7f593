package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.model.Article;
import org.newskg.model.EntityType;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.Segmentation;
import org.newskg.model.TextSpan;

/**
 * Finds the named events of one article: summits, forums, fairs, exhibitions, talks, ceremonies…
 *
 * <p>An event is a name ending in an event noun ({@link #NOUNS}: 峰会, 论坛, 博览会, 推介会, 磋商…). The
 * name's left edge is found by scanning back over name characters until punctuation, a function
 * word or a verb ({@code 在, 的, 举办, 亮相…}); when the run holds a year, an ordinal
 * ({@code 第二届/首届}) or a place/organization mention, it starts at the first of them. Quoted and
 * bracketed parts belong to the name ({@code “中国白·德化瓷”（香港）推介会}). Names whose modifier is
 * generic ({@code 专题论坛, 国际展览}) are dropped; {@code 大会} counts as an event only with a year,
 * an ordinal or event context ({@code 大会开幕式, 在…大会上}), since alone it usually names the body
 * that holds the event; single-character nouns ({@code 展}) need a place, organization, year or quote
 * in the name. {@code 党的二十大} forms are recognised as party congresses.
 *
 * <p>Mentions of one event are merged (same name without its year, or one a suffix of the other:
 * {@code 亚太峰会} ⊂ {@code 2025年世界互联网大会亚太峰会}); a bare noun ({@code 峰会}, {@code 本次峰会})
 * joins the nearest named event with that noun as an alias. {@code X开幕式} (or {@code X开幕} used as a
 * noun) makes an opening-ceremony sub-event whose {@code superEvent} is X's label; a bare
 * {@code 开幕式} belongs to the main event (the article's first named event).
 *
 * <p>Dates come from the sentence of a mention ({@link DateResolver}, with the article's date, else
 * its page's, as reference and the name's year as default year; a date after the name only within
 * its clause); an opening ceremony dates its event's start; an undated {@code 首届X} takes the year
 * that {@code 今年，X迈入第N个年头} implies;
 * events in a sentence with {@code 同期/期间/与此同时} take the main event's date and place (and a
 * month stated with {@code 同期} refines the main event's date); {@code 一连两日/为期N天} gives the end.
 * Places come from {@code 在X举办/举行/开幕…} around a mention (the last place mention of X, or X itself
 * when it names a venue; one-character abbreviations {@code 港, 京, 沪…} are expanded), else a place
 * mention in the name, else the super event's place. Organizers from {@code 由X主办} and
 * {@code X主办/举办…name}; themes from {@code 以“…”为主题} and {@code 主题为「…」}.
 *
 * <p>The canonical label carries the year when known ({@code 2025年香港时装周}); other forms are
 * aliases. Offsets are into the analysis text; the span is the event's first mention.
 */
public final class EventFinder {

    /** Event nouns, longest first so that 博览会 wins over 会. */
    static final List<String> NOUNS = sortLongestFirst(List.of(
            "峰会", "论坛", "大会", "博览会", "展览会", "交易会", "洽谈会", "展销会", "推介会", "研讨会",
            "发布会", "座谈会", "纪念会", "恳谈会", "见面会", "招待会", "报告会", "交流会", "对接会", "分享会", "说明会",
            "记者会", "年会", "对话会", "磋商", "会晤", "会谈", "讲座", "展览", "展会", "展", "会议",
            "营商周", "时装周", "设计周", "科技周", "活动周", "宣传周", "文化周", "艺术周", "电影周", "金融周", "创新周",
            "电影节", "艺术节", "音乐节", "文化节", "旅游节", "美食节", "购物节", "嘉年华",
            "大赛", "锦标赛", "邀请赛", "运动会", "奥运会", "亚运会", "世博会", "进博会", "广交会", "服贸会",
            "典礼", "仪式", "启动仪式", "签约仪式", "颁奖典礼"));

    /** Nouns a bare mention of which (峰会, 本次论坛) may refer back to a named event. */
    private static final Set<String> BARE_NOUNS = Set.of("峰会", "论坛", "博览会", "推介会", "研讨会", "座谈会",
            "发布会", "磋商", "会晤", "会谈", "展览会", "交易会", "大赛", "营商周", "时装周", "进博会", "广交会");

    /** Nouns that need a strong sign (place/org/year/quote in the name) to count. */
    private static final Set<String> WEAK_NOUNS = Set.of("展", "展会", "展览", "会议", "仪式", "典礼", "讲座");

    /** Sub-event suffixes. */
    private static final List<String> SUB_SUFFIXES = List.of("开幕式", "闭幕式", "开幕典礼", "闭幕典礼");

    /** Words that end a name when scanning left (verbs, time words, demonstratives). */
    private static final List<String> STOP_WORDS = sortLongestFirst(List.of(
            "举办", "举行", "主办", "承办", "协办", "召开", "出席", "参加", "参与", "亮相", "实现", "推动", "迎来",
            "走进", "来到", "前往", "启动", "开幕", "闭幕", "期间", "包括", "涵盖", "首次", "每年", "近日", "昨日",
            "今日", "昨天", "今天", "当天", "当日", "日前", "此前", "目前", "今年", "去年", "明年", "本次", "此次",
            "这次", "本届", "这一", "同期", "以及", "还有", "其中", "聚焦", "围绕", "通过", "作为", "成为", "我们",
            "他们", "出展", "参展", "观展", "举例", "一连", "连续", "盛会", "致辞", "致贺", "致信", "发表", "出访",
            "访问", "会见", "主持", "组织", "筹办", "进行", "一年一度", "年度", "本月", "上月", "前夕", "之际", "除了",
            "视频", "现场", "亦", "即将", "正在", "已经", "将于", "正式", "隆重", "盛大", "顺利", "成功"));

    /** Verbs that open the names of commemorations and celebrations (纪念…大会, 庆祝…招待会). */
    private static final Set<String> NAME_VERBS = Set.of("纪念", "庆祝", "欢迎", "喜迎");

    /** What follows a person who is part of an event's name: 某某同志诞辰…, 某某思想研讨会. */
    private static final Pattern COMMEMORATED = Pattern.compile("(同志|先生|女士|诞辰|逝世|生平|思想|文艺思想|经济思想|外交思想)");

    private static final Pattern ANNIVERSARY = Pattern.compile("[0-9一二三四五六七八九十百]{1,4}周年");

    private static final Pattern ENUMERATOR = Pattern.compile("[0-9０-９一二三四五六七八九十]{1,3}");

    /** Single characters that end a name when scanning left, unless inside a noun (同志, 以色列). */
    private static final String STOP_CHARS = "在于的了向由将是为把被让使从到对并也已又就都等而但或即赴至与及和跟同说称以";

    /** Particles, which start no noun: a segmenter that glues one to a name (的中非) is wrong. */
    private static final String PARTICLES = "的了";

    /** Characters that may be inside a name but are conjunctions: allowed only between two name parts. */
    private static final String JOINERS = "与及和暨";

    /** Modifier words that do not make a name (国际展览, 专题论坛). */
    private static final List<String> GENERIC = sortLongestFirst(List.of(
            "国际", "大型", "专题", "平行", "分", "主", "相关", "各类", "各种", "系列", "一系列", "重要", "高端",
            "全体", "多场", "多个", "这场", "一场", "此类", "首场", "本场", "有关", "其他", "其它", "新闻", "线上",
            "线下", "网上", "视频", "工作", "专家", "学术", "高层", "高级别", "双边", "多边", "区域", "地区", "国内外",
            "海内外", "各地", "各", "该", "此", "本", "这", "那", "首", "每", "次", "届", "场", "个", "项", "年",
            "上述", "类似", "同类", "其", "一", "两", "多", "些", "全球", "全国", "世界", "中外", "各国", "定期",
            "例行", "正式", "非正式", "部长级", "领导人", "元首", "首脑", "代表", "会员", "年度", "季度", "月度",
            "展览", "展会", "会议", "论坛", "峰会", "大会", "活动", "交流", "合作", "经贸", "商务", "贸易", "产品",
            "电子产品", "及", "和", "与", "暨", "、", "第", "届"));

    /** Things that follow a noun when it is part of a venue or body, not an event. */
    private static final List<String> NON_EVENT_FOLLOWERS = List.of("中心", "馆", "厅", "局", "公司", "集团", "委员会",
            "组委会", "秘书处", "理事会", "理事长", "秘书长", "主席", "主任", "会员", "官网", "网站", "业", "界", "室",
            "纪要", "精神", "场馆", "品", "区", "组织", "机制", "之都", "城", "大楼");

    /** Context after 大会 that shows the event, not the body. */
    private static final Pattern DAHUI_EVENT_CONTEXT = Pattern.compile(
            "^(开幕式|闭幕式|开幕|闭幕|期间|上|中|现场|举行|举办|召开|将于|已于|于\\d|\\d|昨日|今日|近日|日前|首日|次日|当天|会场)");

    private static final Pattern YEAR_PREFIX = Pattern.compile("^([12][0-9]{3})年?");
    private static final Pattern ORDINAL = Pattern.compile("(第[0-9一二三四五六七八九十百]+届|首届)");
    private static final Pattern PARTY_CONGRESS = Pattern.compile("党的([一二三四五六七八九十]{1,3})大");
    private static final Pattern THEME = Pattern.compile("(?:以[“「『\"]([^”」』\"\\n]{2,80})[”」』\"]为(?:主题|题)|主题(?:为|是)[：:]?[“「『\"]([^”」』\"\\n]{2,80})[”」』\"])");
    /** {@code 今年，X迈入第N个年头}: X has run for N years, so its first edition was N−1 years before. */
    private static final Pattern NTH_YEAR = Pattern.compile(
            "(?<Y>今年|[12][0-9]{3}年)[，,]?\\s*(?<X>[^，。；！？\\n]{2,30}?)\\s*(?:已经|已)?(?:迈入|进入|步入|迎来)了?\\s*"
                    + "第\\s*(?<N>[0-9]{1,3}|[一二三四五六七八九十]{1,3})\\s*个\\s*年头");
    private static final Pattern DURATION = Pattern.compile("(?:一连|连续|为期)([两二三四五六七八九十0-9]{1,2})[日天]");
    private static final Pattern LOCATIVE_AFTER = Pattern.compile(
            "^[^，。；！？\\n]{0,14}?[在于]([^，。；！？\\n在于]{1,16}?)(?:隆重|盛大|正式|顺利|成功|首次|再次|同期|共同|联合)?"
                    + "(举办|举行|召开|开幕|闭幕|开展|揭幕|落幕|拉开帷幕|进行)");
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
            "(?:在|于|到|赴|来到)([^，。；！？\\n在于到]{1,16}?)(?:隆重|盛大|正式|顺利|成功|首次|再次|共同|联合)?"
                    + "(?:主持)?(?:举办|举行|召开|开幕|开展|进行|主办|参加|出席)了?[^，。；！？\\n]{0,3}$");
    private static final Pattern ORGANIZER_BY = Pattern.compile("由([^，。；！？\\n由]{2,40}?)(?:共同|联合)?(?:主办|举办|承办|发起|牵头举办)");

    private static final Map<String, String> PLACE_ABBREVIATIONS = Map.of(
            "港", "香港", "京", "北京", "沪", "上海", "穗", "广州", "澳", "澳门", "深", "深圳", "津", "天津", "渝", "重庆",
            "蓉", "成都", "杭", "杭州");

    /** Literary names of cities (香江 for 香港), used when a name's place is one of them. */
    private static final Map<String, String> PLACE_ALIASES = Map.of(
            "香江", "香港", "鹏城", "深圳", "羊城", "广州", "申城", "上海", "江城", "武汉", "春城", "昆明",
            "冰城", "哈尔滨", "榕城", "福州", "蓉城", "成都", "星城", "长沙");

    private static final String VENUE_SUFFIXES = "中心|馆|厅|酒店|宾馆|大厦|广场|会堂|园|场|宫|楼|大学|学院";

    /** Finds the events of {@code article} in the analysis {@code text}, without a segmenter's help. */
    public List<EventMention> find(String text, Article article, List<Mention> mentions) {
        return find(text, article, mentions, Segmentation.NONE);
    }

    /** Finds the events of {@code article} in the analysis {@code text}, whose words are {@code words}. */
    public List<EventMention> find(String text, Article article, List<Mention> mentions, Segmentation words) {
        int a = Math.max(0, article.begin());
        int z = Math.min(text.length(), article.end());
        if (a >= z) return List.of();
        List<Mention> ms = Mentions.within(mentions, a, z);
        List<EventMention> found = new ArrayList<>(new Run(text, a, z, article.referenceDate(), ms, words).run());
        found.addAll(launches.find(text, article, found));
        return found;
    }

    private final LaunchFinder launches = new LaunchFinder();

    // ------------------------------------------------------------------ one article

    /** A raw mention of an event in the text. */
    private static final class Raw {
        int begin, end;          // span of the name (without marks)
        String name;             // name, whitespace removed
        String noun;
        Integer year;            // year in the name
        boolean bare;            // a bare noun (峰会) referring to a named event
        boolean quoted;
        String subSuffix;        // 开幕式 when this mention is of the opening ceremony
        int subEnd;              // end of the sub-event suffix
        String subAlias;         // surface form of the sub-event mention
        Group group;
    }

    /** One distinct event. */
    private static final class Group {
        final List<Raw> raws = new ArrayList<>();
        final Set<String> names = new LinkedHashSet<>();
        Integer year;
        String noun;
        int begin, end;
        String start, endDate, place, theme;
        boolean startFromContext;
        final Set<String> organizers = new LinkedHashSet<>();
        Group superGroup;        // for sub-events
        String subSuffix;
        boolean party;
        String label;
    }

    private static final class Run {
        final String t;
        final int a, z;
        final String articleDate;
        final List<Mention> ms;
        final Segmentation words;
        final List<Raw> raws = new ArrayList<>();
        final List<Group> groups = new ArrayList<>();
        final List<Group> subs = new ArrayList<>();
        final boolean[] consumed;

        Run(String text, int a, int z, String articleDate, List<Mention> ms, Segmentation words) {
            this.t = text;
            this.a = a;
            this.z = z;
            this.articleDate = articleDate;
            this.ms = ms;
            this.words = words;
            this.consumed = new boolean[z - a];
        }

        List<EventMention> run() {
            scanNames();
            group();
            attachBare();
            Group main = mainEvent();
            for (Group g : allGroups()) fillFromMentions(g, main);
            dateFirstEditions();
            inherit(main);
            return output();
        }

        // -------------------------------------------------------------- scanning

        void scanNames() {
            Matcher pc = PARTY_CONGRESS.matcher(t).region(a, z);
            while (pc.find()) {
                Raw r = new Raw();
                r.begin = pc.start();
                r.end = pc.end();
                r.name = pc.group();
                r.noun = "大";
                mark(r.begin, r.end);
                Raw named = r;
                raws.add(named);
            }
            int i = a;
            while (i < z) {
                if (consumed[i - a]) { i++; continue; }
                String noun = nounAt(i);
                if (noun == null) { i++; continue; }
                Raw r = build(i, noun);
                if (r == null) {
                    i += noun.length();
                    continue;
                }
                raws.add(r);
                int stop = Math.max(r.end, r.subEnd);
                mark(r.begin, stop);
                i = stop;
            }
            // bare sub-event mentions (开幕式 alone)
            for (String suf : SUB_SUFFIXES) {
                int p = t.indexOf(suf, a);
                while (p >= 0 && p + suf.length() <= z) {
                    if (!consumed[p - a]) {
                        Raw r = new Raw();
                        r.begin = p;
                        r.end = p;
                        r.name = "";
                        r.bare = true;
                        r.subSuffix = suf;
                        r.subEnd = p + suf.length();
                        r.subAlias = suf;
                        raws.add(r);
                        mark(p, p + suf.length());
                    }
                    p = t.indexOf(suf, p + suf.length());
                }
            }
            raws.sort(Comparator.comparingInt(r -> r.begin));
        }

        void mark(int b, int e) {
            for (int k = Math.max(b, a); k < Math.min(e, z); k++) consumed[k - a] = true;
        }

        String nounAt(int i) {
            for (String n : NOUNS) {
                if (t.startsWith(n, i) && i + n.length() <= z) return n;
            }
            return null;
        }

        /** Builds a raw mention for a noun at {@code i}, or null when it is not an event. */
        Raw build(int i, String noun) {
            int ne = i + noun.length();
            // right extension: 大会亚太峰会, 大会“互联网之光”博览会
            String lastNoun = noun;
            int nounStart = i;
            while (true) {
                int[] next = nextNoun(ne);
                if (next == null) break;
                nounStart = next[0];
                ne = next[1];
                lastNoun = t.substring(next[0], next[1]);
            }
            noun = lastNoun;
            if (!nounOk(nounStart, noun)) return null;
            String follow = t.substring(ne, Math.min(z, ne + 6));
            String subSuffix = null;
            int subEnd = 0;
            for (String suf : SUB_SUFFIXES) {
                if (follow.startsWith(suf)) {
                    subSuffix = suf;
                    subEnd = ne + suf.length();
                    break;
                }
            }
            if (subSuffix == null && follow.startsWith("开幕") && follow.length() > 2
                    && follow.substring(2).matches("^(视频|致辞|致贺|贺信|现场|典礼|仪式).*")) {
                subSuffix = "开幕";
                subEnd = ne + 2;
            }
            if (subSuffix == null) {
                for (String f : NON_EVENT_FOLLOWERS) {
                    if (follow.startsWith(f)) return null;
                }
            }
            Raw r = new Raw();
            r.noun = noun;
            r.subSuffix = subSuffix;
            r.subEnd = subEnd;
            r.end = ne;
            // quoted name: “国际科创营商周”
            if (i > a && isOpen(t.charAt(i - 1)) || quotedStart(i) >= 0) {
                int qs = quotedStart(i);
                if (qs >= 0 && ne < z && isClose(t.charAt(ne))) {
                    r.begin = qs;
                    r.quoted = true;
                }
            }
            if (!r.quoted) r.begin = leftEdge(i);
            // a verb alone before the noun says what is done to it (加强磋商), it names nothing
            if (!r.quoted && words.verbEndingAt(nounStart) == r.begin) r.begin = nounStart;
            if (r.begin >= nounStart) {
                // bare noun
                if (!BARE_NOUNS.contains(noun)) return null;
                r.bare = true;
                r.begin = nounStart;
                r.name = noun;
                if (subSuffix != null) r.subAlias = noun + subSuffix;
                return r;
            }
            r.name = clean(t.substring(r.begin, ne));
            Matcher ym = YEAR_PREFIX.matcher(r.name);
            if (ym.find()) r.year = Integer.parseInt(ym.group(1));
            if (!nameOk(r, noun)) {
                return null;
            }
            if (subSuffix != null) r.subAlias = r.name + subSuffix;
            return r;
        }

        /** A noun continuing the name after {@code from}: {start, end} or null. */
        int[] nextNoun(int from) {
            int limit = Math.min(z, from + 14);
            int k = from;
            while (k < limit) {
                char c = t.charAt(k);
                if (isOpen(c)) {
                    int close = closeOf(k, 20);
                    if (close < 0) return null;
                    k = close + 1;
                    continue;
                }
                if (!isNameChar(c)) return null;
                if (stopWordAt(k) != null || STOP_CHARS.indexOf(c) >= 0) return null;
                if (k > from) {
                    String n = nounAt(k);
                    if (n != null && !WEAK_NOUNS.contains(n) && !n.equals("会议")) return new int[] {k, k + n.length()};
                }
                for (String suf : SUB_SUFFIXES) if (t.startsWith(suf, k)) return null;
                if (t.startsWith("开幕", k) || t.startsWith("闭幕", k)) return null;
                k++;
            }
            return null;
        }

        boolean nounOk(int i, String noun) {
            char prev = i > a ? t.charAt(i - 1) : ' ';
            if (noun.equals("展")) {
                if ("发开拓进伸扩施舒推参布画影书个巡联特专车摄会".indexOf(prev) >= 0) return false;
                char next = i + 1 < z ? t.charAt(i + 1) : ' ';
                if ("览开现示出望会馆厅业期区位台品商销馆".indexOf(next) >= 0) return false;
            }
            if (noun.equals("展览") && i + 2 < z && "馆中会".indexOf(t.charAt(i + 2)) >= 0) return false;
            if (noun.equals("会议") && i + 2 < z && "室厅中展纪精".indexOf(t.charAt(i + 2)) >= 0) return false;
            // 大会 is an event only in event context or with a year/ordinal: checked in nameOk
            return true;
        }

        boolean nameOk(Raw r, String noun) {
            String name = r.name;
            if (name.length() > 40) return false;
            String mod = name.substring(0, name.length() - noun.length());
            mod = YEAR_PREFIX.matcher(mod).replaceFirst("");
            boolean ordinal = ORDINAL.matcher(name).find();
            boolean hasMention = false;
            for (Mention m : ms) {
                if (m.begin() >= r.begin && m.end() <= r.end && m.type() != EntityType.PERSON) hasMention = true;
            }
            boolean hasQuote = name.indexOf('“') >= 0 || name.indexOf('「') >= 0 || name.indexOf('『') >= 0;
            boolean strong = r.year != null || ordinal || hasMention || hasQuote || r.quoted;
            String core = stripGeneric(mod);
            if (core.length() < 2 && !r.quoted && !hasQuote) return false;
            if (WEAK_NOUNS.contains(noun) && !strong) return false;
            if (noun.equals("大会")) {
                String after = t.substring(r.end, Math.min(z, r.end + 8));
                boolean ctx = DAHUI_EVENT_CONTEXT.matcher(after).find() || r.subSuffix != null;
                char before = r.begin > a ? t.charAt(r.begin - 1) : ' ';
                if (before == '在' && after.startsWith("上")) ctx = true;
                if (!(r.year != null || ordinal || r.quoted || ctx)) return false;
                // 在…大会 with nothing else: still allow when followed by 上/期间
            }
            return true;
        }

        String stripGeneric(String mod) {
            String s = mod.replaceAll("[“”「」『』（）()·\\s]", "");
            s = s.replaceAll("^[0-9一二三四五六七八九十百]+", "");
            boolean changed = true;
            while (changed && !s.isEmpty()) {
                changed = false;
                for (String g : GENERIC) {
                    if (s.startsWith(g)) {
                        s = s.substring(g.length());
                        changed = true;
                        break;
                    }
                }
                if (!changed) {
                    for (String g : GENERIC) {
                        if (s.endsWith(g)) {
                            s = s.substring(0, s.length() - g.length());
                            changed = true;
                            break;
                        }
                    }
                }
            }
            return s;
        }

        /** Left edge of the name whose noun starts at {@code i}. */
        int leftEdge(int i) {
            int limit = Math.max(a, i - 40);
            int pos = i;
            List<Integer> protectedFrom = new ArrayList<>();  // positions of quote/bracket segments
            while (pos > limit) {
                char c = t.charAt(pos - 1);
                if (c == ' ' || c == '\u3000') {
                    if (pos - 2 >= limit && isNameChar(t.charAt(pos - 2))) { pos--; continue; }
                    break;
                }
                if (isClose(c)) {
                    int open = openOf(pos - 1, 24);
                    if (open < 0) break;
                    String inner = t.substring(open + 1, pos - 1);
                    if (inner.matches(".*[，。！？；：,.!?;:\\n].*")) break;
                    pos = open;
                    protectedFrom.add(pos);
                    continue;
                }
                if (c == '）' || c == ')') {
                    int open = Math.max(t.lastIndexOf('（', pos - 1), t.lastIndexOf('(', pos - 1));
                    if (open < 0 || pos - 1 - open > 14 || open < limit) break;
                    // a list's numbering, （1）, is no part of the name after it
                    if (ENUMERATOR.matcher(t.substring(open + 1, pos - 1)).matches()) break;
                    pos = open;
                    protectedFrom.add(pos);
                    continue;
                }
                if (!isNameChar(c)) break;
                // a stop word inside a recognized name or a longer word is part of it (组织 of 某某合作组织, 非正式)
                String stop = stopWordEndingAt(pos);
                if (stop != null && mentionCovering(pos - 1) == null && words.wordStartsAt(pos - stop.length())) break;
                if (pos < i && governingVerbEndsAt(pos)) break;
                boolean inName = words.insideNoun(pos - 1) || mentionCovering(pos - 1) != null;
                if (STOP_CHARS.indexOf(c) >= 0 && (PARTICLES.indexOf(c) >= 0 || !inName)) {
                    if (JOINERS.indexOf(c) >= 0 && pos - 1 > limit && pos < i && isHan(t.charAt(pos - 2))
                            && stopWordEndingAt(pos - 1) == null && STOP_CHARS.indexOf(t.charAt(pos - 2)) < 0) {
                        pos--;
                        continue;
                    }
                    break;
                }
                if ("场个次项名家位批".indexOf(c) >= 0 && pos - 2 >= a && isDigitLike(t.charAt(pos - 2))) break;
                pos--;
            }
            // a person opening the name is its subject (某某金融峰会视像演说), unless commemorated or studied
            Mention first = mentionCovering(pos);
            if (first != null && first.begin() == pos && first.type() == EntityType.PERSON && first.end() < i
                    && !COMMEMORATED.matcher(t).region(first.end(), i).lookingAt()) {
                pos = first.end();
            }
            // the name may not start with a joiner
            while (pos < i && JOINERS.indexOf(t.charAt(pos)) >= 0) pos++;
            // cut at the first anchor: year, ordinal, place/org mention (not inside quote/brackets)
            int firstProtected = protectedFrom.isEmpty() ? i : protectedFrom.get(protectedFrom.size() - 1);
            int anchor = -1;
            for (int k = pos; k < Math.min(i, firstProtected); k++) {
                if (anchorAt(k)) { anchor = k; break; }
            }
            if (anchor > pos) pos = anchor;
            return pos;
        }

        boolean anchorAt(int k) {
            if (Character.isDigit(t.charAt(k)) && (k == a || !Character.isDigit(t.charAt(k - 1)))) {
                return YEAR_PREFIX.matcher(t.substring(k, Math.min(z, k + 5))).find()
                        && t.substring(k, Math.min(z, k + 4)).matches("[12][0-9]{3}");
            }
            if (t.startsWith("第", k) || t.startsWith("首届", k)) {
                Matcher m = ORDINAL.matcher(t.substring(k, Math.min(z, k + 8)));
                return m.lookingAt();
            }
            for (Mention m : ms) {
                if (m.begin() == k && m.type() != EntityType.PERSON) return true;
                if (m.begin() > k) break;
            }
            return false;
        }

        Mention mentionCovering(int k) {
            for (Mention m : ms) {
                if (m.begin() <= k && k < m.end()) return m;
                if (m.begin() > k) break;
            }
            return null;
        }

        /**
         * Whether a verb ending at {@code pos}, further left than the noun, governs the name (确保…论坛,
         * 介绍…博览会) rather than belonging to it: not when it is part of a recognized name, when its
         * last character opens an ordinal (a segmenter's 自首|届 for 自|首届), when a body or place
         * before it is its subject (国务院联防联控机制, 澳门回归祖国), when an anniversary follows
         * (成立105周年), or when it opens a commemoration (纪念…, 庆祝…).
         */
        boolean governingVerbEndsAt(int pos) {
            int start = words.verbEndingAt(pos);
            if (start < a || mentionCovering(pos - 1) != null || anchorAt(pos - 1)) return false;
            if (NAME_VERBS.contains(t.substring(start, pos)) || ANNIVERSARY.matcher(t).region(pos, z).lookingAt()) return false;
            for (Mention m : ms) {
                if (m.end() == start && m.type() != EntityType.PERSON) return false;
            }
            return true;
        }

        String stopWordEndingAt(int pos) {
            for (String w : STOP_WORDS) {
                int s = pos - w.length();
                if (s >= a && t.startsWith(w, s)) return w;
            }
            return null;
        }

        String stopWordAt(int pos) {
            for (String w : STOP_WORDS) if (t.startsWith(w, pos)) return w;
            return null;
        }

        int quotedStart(int i) {
            // is position i inside a short quote “…” that opens within 20 chars before?
            for (int k = i - 1; k >= Math.max(a, i - 20); k--) {
                char c = t.charAt(k);
                if (isOpen(c)) return k + 1;
                if (isClose(c) || "，。！？；\n".indexOf(c) >= 0) return -1;
            }
            return -1;
        }

        int closeOf(int open, int max) {
            char want = closeFor(t.charAt(open));
            for (int k = open + 1; k < Math.min(z, open + max); k++) {
                if (t.charAt(k) == want) return k;
                if (t.charAt(k) == '\n') return -1;
            }
            return -1;
        }

        int openOf(int close, int max) {
            char want = openFor(t.charAt(close));
            for (int k = close - 1; k >= Math.max(a, close - max); k--) {
                if (t.charAt(k) == want) return k;
                if (t.charAt(k) == '\n') return -1;
            }
            return -1;
        }

        // -------------------------------------------------------------- grouping

        void group() {
            for (Raw r : raws) {
                if (r.bare) continue;
                Group g = findGroup(r);
                if (g == null) {
                    g = new Group();
                    g.noun = r.noun;
                    g.begin = r.begin;
                    g.end = r.end;
                    g.party = r.noun.equals("大");
                    groups.add(g);
                }
                g.raws.add(r);
                g.names.add(r.name);
                if (r.year != null && g.year == null) g.year = r.year;
                r.group = g;
            }
        }

        Group findGroup(Raw r) {
            String base = base(r.name);
            for (Group g : groups) {
                if (r.year != null && g.year != null && !r.year.equals(g.year)) continue;
                for (String n : g.names) {
                    String b = base(n);
                    if (b.equals(base)) return g;
                    if (b.length() >= 4 && base.length() >= 4 && (b.endsWith(base) || base.endsWith(b))) {
                        return g;
                    }
                }
            }
            return null;
        }

        static String base(String name) {
            return YEAR_PREFIX.matcher(name).replaceFirst("").replaceAll("[“”「」『』\\s]", "");
        }

        void attachBare() {
            for (Raw r : raws) {
                if (!r.bare) continue;
                Group g;
                if (r.name.isEmpty()) {
                    g = nearestGroup(r.begin, null);
                } else {
                    g = nearestGroup(r.begin, r.noun);
                }
                if (g == null) continue;
                r.group = g;
                g.raws.add(r);
                if (!r.name.isEmpty()) g.names.add(r.name);
            }
            // sub-events
            for (Raw r : raws) {
                if (r.subSuffix == null || r.group == null) continue;
                Group sup = r.group;
                Group sub = null;
                String suffix = r.subSuffix.equals("开幕") ? "开幕式" : r.subSuffix;
                for (Group s : subs) if (s.superGroup == sup && s.subSuffix.equals(suffix)) sub = s;
                if (sub == null) {
                    sub = new Group();
                    sub.superGroup = sup;
                    sub.subSuffix = suffix;
                    sub.noun = suffix;
                    sub.begin = r.bare && r.name.isEmpty() ? r.subEnd - r.subSuffix.length() : r.begin;
                    sub.end = r.subEnd;
                    subs.add(sub);
                }
                Raw sr = new Raw();
                sr.begin = r.begin;
                sr.end = r.subEnd;
                sr.name = r.subAlias;
                sr.noun = suffix;
                sr.group = sub;
                sub.raws.add(sr);
                sub.names.add(r.subAlias);
            }
        }

        /** The named group with noun {@code noun} (any when null) mentioned last before {@code pos}, else first after. */
        Group nearestGroup(int pos, String noun) {
            Group best = null;
            int bestPos = -1;
            for (Group g : groups) {
                if (noun != null && !g.noun.equals(noun)) continue;
                if (noun == null && g.party) continue;
                for (Raw r : g.raws) {
                    if (r.bare) continue;
                    if (r.begin <= pos && r.begin > bestPos) { best = g; bestPos = r.begin; }
                }
            }
            if (best != null) return best;
            int first = Integer.MAX_VALUE;
            for (Group g : groups) {
                if (noun != null && !g.noun.equals(noun)) continue;
                if (g.begin > pos && g.begin < first) { best = g; first = g.begin; }
            }
            return best;
        }

        Group mainEvent() {
            Group best = null;
            for (Group g : groups) {
                if (g.party) continue;
                if (best == null || g.begin < best.begin) best = g;
            }
            return best;
        }

        List<Group> allGroups() {
            List<Group> all = new ArrayList<>(groups);
            all.addAll(subs);
            return all;
        }

        // -------------------------------------------------------------- dates, places, organizers

        void fillFromMentions(Group g, Group main) {
            List<Raw> ordered = new ArrayList<>(g.raws);
            ordered.sort(Comparator.comparing((Raw r) -> r.bare).thenComparingInt(r -> r.begin));
            for (Raw r : ordered) {
                int[] sent = sentence(r.begin);
                Integer defYear = g.year != null ? g.year : (g.superGroup != null ? g.superGroup.year : null);
                if (defYear == null && main != null) defYear = main.year;
                // a mention of X开幕式 dates the ceremony (its own group), not X
                if (r.subSuffix == null || g.superGroup != null) {
                    String[] d = dateNear(r, sent, defYear, g.subSuffix != null);
                    Integer known = g.year != null ? g.year : (g.superGroup != null ? g.superGroup.year : null);
                    if (d != null && d[0] != null && known != null && !known.equals(DateResolver.yearOf(d[0]))) d = null;
                    if (d != null && d[0] != null && better(d[0], g.start)) {
                        g.start = d[0];
                        if (d[1] != null) g.endDate = d[1];
                    } else if (d != null && d[0] != null && d[0].equals(g.start) && g.endDate == null && d[1] != null) {
                        g.endDate = d[1];
                    }
                }
                if (g.place == null) g.place = placeNear(r, sent);
                organizersNear(g, r, sent);
                if (g.theme == null) g.theme = themeNear(r, sent);
                if (g.start != null && g.endDate == null && g.start.length() == 10) {
                    Matcher dm = DURATION.matcher(t.substring(sent[0], sent[1]));
                    if (dm.find()) {
                        Integer n = DateResolver.number(dm.group(1));
                        if (n != null && n > 1 && n < 60) g.endDate = DateResolver.plusDays(g.start, n - 1);
                    }
                }
            }
            if (g.start == null && g.year != null) g.start = String.valueOf(g.year);
            if (g.place == null && !g.party) {
                // a place mention inside the name
                for (Raw r : g.raws) {
                    if (r.bare || r.name == null) continue;
                    for (Mention m : ms) {
                        if (m.type() == EntityType.PLACE && m.begin() >= r.begin && m.end() <= r.end && !insideMarks(m.begin(), r.begin)) {
                            g.place = PLACE_ALIASES.getOrDefault(m.text(), m.text());
                            break;
                        }
                    }
                    if (g.place == null) {
                        for (Map.Entry<String, String> e : PLACE_ALIASES.entrySet()) {
                            if (r.name.startsWith(e.getKey())) g.place = e.getValue();
                        }
                    }
                    if (g.place != null) break;
                }
            }
        }

        /** Whether {@code pos} lies inside quotation marks opened after {@code from}. */
        boolean insideMarks(int pos, int from) {
            int depth = 0;
            for (int k = from; k < pos; k++) {
                if (isOpen(t.charAt(k))) depth++;
                else if (isClose(t.charAt(k))) depth = Math.max(0, depth - 1);
            }
            return depth > 0;
        }

        static int precision(String iso) {
            return iso == null ? 0 : iso.length() >= 10 ? 3 : iso.length() >= 7 ? 2 : 1;
        }

        static boolean better(String cand, String cur) {
            if (cur == null) return true;
            return precision(cand) > precision(cur) && cand.startsWith(cur);
        }

        int[] sentence(int pos) {
            int b = pos, e = pos;
            while (b > a && "。！？!?\n".indexOf(t.charAt(b - 1)) < 0) b--;
            while (e < z && "。！？!?\n".indexOf(t.charAt(e)) < 0) e++;
            return new int[] {b, e};
        }

        /** {start, end} of the date expression that goes with mention {@code r}, or null. */
        String[] dateNear(Raw r, int[] sent, Integer defYear, boolean sub) {
            DateResolver dr = new DateResolver(articleDate).withDefaultYear(defYear);
            List<DateResolver.DateSpan> ds = dr.find(t, sent[0], sent[1]);
            DateResolver.DateSpan best = null;
            int bestDist = Integer.MAX_VALUE;
            int mb = r.begin, me = Math.max(r.end, r.subEnd);
            for (DateResolver.DateSpan d : ds) {
                if (d.begin() >= mb && d.end() <= me) continue;              // the year inside the name
                if (insideAnyName(d.begin())) continue;
                int dist;
                if (d.end() <= mb) {
                    boolean sentenceInitial = (d.begin() - sent[0] <= 1 || "，）)".indexOf(t.charAt(d.begin() - 1)) >= 0)
                            && t.substring(d.end(), Math.min(sent[1], d.end() + 4)).matches("^(上午|下午|晚上|晚间|早上|凌晨|中午)?[，,].*");
                    if (!sentenceInitial && otherEventBetween(d.end(), mb, r)) continue;
                    dist = mb - d.end();
                } else if (d.begin() >= me) {
                    // a date after the name belongs to it only within its clause (not "论坛；4月，…")
                    if (d.begin() - me > 8 || t.substring(me, d.begin()).matches(".*[；;：:].*")) continue;
                    dist = d.begin() - me;
                } else continue;
                if (dist < bestDist) { bestDist = dist; best = d; }
            }
            if (best == null) return null;
            String s = best.startDate();
            if (best.kind() == DateResolver.Kind.ANAPHORIC) s = lastDateBefore(best.begin(), dr);
            if (s == null) return null;
            return new String[] {s, best.endDate()};
        }

        boolean insideAnyName(int pos) {
            for (Raw r : raws) if (!r.bare && pos >= r.begin && pos < r.end) return true;
            return false;
        }

        boolean otherEventBetween(int from, int to, Raw self) {
            for (Raw r : raws) {
                if (r == self || r.bare) continue;
                if (r.begin >= from && r.end <= to && (self.group == null || r.group != self.group)) return true;
            }
            return false;
        }

        String lastDateBefore(int pos, DateResolver dr) {
            String last = null;
            for (DateResolver.DateSpan d : dr.find(t, a, pos)) {
                if (d.startDate() != null && d.kind() != DateResolver.Kind.ANAPHORIC) last = d.startDate();
            }
            return last;
        }

        String placeNear(Raw r, int[] sent) {
            int me = Math.max(r.end, r.subEnd);
            // EVENT (date)? 在 X 举办
            Matcher m = LOCATIVE_AFTER.matcher(t.substring(me, sent[1]));
            if (m.find()) {
                String p = placeOf(me + m.start(1), me + m.end(1));
                if (p != null) return p;
            }
            // 在 X 举行了 EVENT
            String before = t.substring(sent[0], r.begin);
            Matcher mb = LOCATIVE_BEFORE.matcher(before);
            if (mb.find()) {
                String p = placeOf(sent[0] + mb.start(1), sent[0] + mb.end(1));
                if (p != null) return p;
            }
            return null;
        }

        /** The place named by text[b, e) of a locative phrase, or null. */
        String placeOf(int b, int e) {
            String x = t.substring(b, e).replaceAll("\\s", "");
            if (x.length() == 1 && PLACE_ABBREVIATIONS.containsKey(x)) return PLACE_ABBREVIATIONS.get(x);
            List<Mention> inside = new ArrayList<>();
            for (Mention m : ms) if (m.begin() >= b && m.end() <= e && m.type() == EntityType.PLACE) inside.add(m);
            if (x.matches(".*(" + VENUE_SUFFIXES + ")$") && x.length() <= 14) {
                // a venue: keep it whole unless it is just places
                int covered = 0;
                for (Mention m : inside) covered += m.end() - m.begin();
                if (covered < x.length()) return x;
            }
            if (!inside.isEmpty()) return inside.get(inside.size() - 1).text();
            for (Mention m : ms) {
                if (m.begin() >= b && m.end() <= e && m.type() == EntityType.ORGANIZATION && x.length() <= 14
                        && x.matches(".*(" + VENUE_SUFFIXES + ")$")) return x;
            }
            if (x.length() <= 4 && x.matches("[\\p{IsHan}]+") && !x.matches(".*(期间|同期|当天|日|月|年|线上|网上|会上).*")
                    && (x.length() >= 2)) {
                return x.matches("^(此|这|该|本|那|其|上|中|会|现场).*") ? null : x;
            }
            return null;
        }

        void organizersNear(Group g, Raw r, int[] sent) {
            String s = t.substring(sent[0], sent[1]);
            Matcher m = ORGANIZER_BY.matcher(s);
            while (m.find()) {
                int ob = sent[0] + m.start(1), oe = sent[0] + m.end(1);
                // the organizer phrase must come before this mention, or right after it
                if (oe > r.begin && ob < Math.max(r.end, r.subEnd)) continue;
                if (!(oe <= r.begin || ob >= r.end)) continue;
                for (Mention mm : ms) {
                    if (mm.type() == EntityType.ORGANIZATION && mm.begin() >= ob && mm.end() <= oe) g.organizers.add(mm.text());
                }
            }
            // ORG (…)主办/举办 NAME within the clause
            int clauseStart = r.begin;
            while (clauseStart > sent[0] && "，；".indexOf(t.charAt(clauseStart - 1)) < 0) clauseStart--;
            String clause = t.substring(clauseStart, r.begin);
            int v = Math.max(clause.lastIndexOf("主办"), clause.lastIndexOf("举办"));
            if (v >= 0 && !clause.contains("由")) {
                for (Mention mm : ms) {
                    if (mm.type() == EntityType.ORGANIZATION && mm.begin() >= clauseStart && mm.end() <= clauseStart + v) {
                        g.organizers.add(mm.text());
                    }
                }
            }
            if (g.organizers.isEmpty() && v < 0) {
                // ORG主办 in the sentence head before 的 … (由 already handled)
                int sb = sent[0];
                String head = t.substring(sb, r.begin);
                int w = Math.max(head.lastIndexOf("主办"), head.lastIndexOf("举办"));
                if (w >= 0 && head.indexOf('，', w) < 0 && !head.contains("由")) {
                    for (Mention mm : ms) {
                        if (mm.type() == EntityType.ORGANIZATION && mm.begin() >= sb && mm.end() <= sb + w
                                && head.substring(mm.end() - sb, w).length() <= 6) g.organizers.add(mm.text());
                    }
                }
            }
        }

        String themeNear(Raw r, int[] sent) {
            Matcher m = THEME.matcher(t.substring(sent[0], sent[1]));
            while (m.find()) {
                String th = m.group(1) != null ? m.group(1) : m.group(2);
                return th.strip();
            }
            return null;
        }

        /**
         * An undated first edition ({@code 首届X}) takes its year from a statement that X is in its
         * N-th year ({@code 今年，X迈入第N个年头}): the year of the statement minus N−1. X may carry a
         * qualifier after the series name ({@code X乌镇峰会}); the year of {@code 今年} comes from the
         * reference date, else from the year of the event X names.
         */
        void dateFirstEditions() {
            Matcher m = NTH_YEAR.matcher(t).region(a, z);
            while (m.find()) {
                String series = clean(m.group("X"));
                Integer n = DateResolver.number(m.group("N"));
                Integer now = statementYear(m.group("Y"), series);
                if (n == null || n < 1 || now == null) continue;
                for (Group g : groups) {
                    String first = firstEditionSeries(g);
                    if (g.start == null && first != null && first.length() >= 4 && series.startsWith(first)) {
                        g.start = String.valueOf(now - n + 1);
                    }
                }
            }
        }

        /** The year a {@code 今年}/{@code 2024年} statement about event series {@code series} speaks of, or null. */
        Integer statementYear(String yearWord, String series) {
            Integer year = DateResolver.yearOf(new DateResolver(articleDate).resolveStart(yearWord));
            if (year != null) return year;
            for (Group g : groups) {
                for (String name : g.names) if (series.equals(base(name)) && g.year != null) return g.year;
            }
            return null;
        }

        /** The series a 首届 group is the first edition of (首届X → X), or null for other groups. */
        static String firstEditionSeries(Group g) {
            for (String name : g.names) {
                String b = base(name);
                if (b.startsWith("首届")) return b.substring(2);
            }
            return null;
        }

        // -------------------------------------------------------------- inheritance

        void inherit(Group main) {
            List<Group> all = allGroups();
            // 同期 with a stated month refines the main event's date
            if (main != null) {
                for (Group g : groups) {
                    if (g == main || g.start == null) continue;
                    for (Raw r : g.raws) {
                        int[] s = sentence(r.begin);
                        if (t.substring(s[0], s[1]).contains("同期") && (main.start == null
                                || (precision(g.start) > precision(main.start) && g.start.startsWith(main.start)))) {
                            main.start = g.start;
                            main.startFromContext = true;
                        }
                    }
                }
            }
            // sub-events and their super events
            for (Group s : subs) {
                Group sup = s.superGroup;
                if (s.subSuffix.startsWith("开幕")) {
                    if (s.start == null) s.start = sup.start;
                    else if (sup.start == null || better(s.start, sup.start)) sup.start = s.start;
                    if (s.endDate == null && s.start != null && s.start.length() == 10) s.endDate = s.start;
                } else if (s.subSuffix.startsWith("闭幕")) {
                    if (s.start == null) s.start = sup.endDate;
                }
                if (s.place == null) s.place = sup.place;
                if (s.organizers.isEmpty()) s.organizers.addAll(sup.organizers);
            }
            if (main != null) {
                // events in sentences that point at the main event or say 同期/期间/与此同时
                for (Group g : all) {
                    if (g == main || g.party) continue;
                    boolean ctx = false;
                    for (Raw r : g.raws) {
                        int[] s = sentence(r.begin);
                        String sent = t.substring(s[0], s[1]);
                        if (sent.contains("同期") || sent.contains("与此同时") || sent.contains("同时举行")
                                || (sent.contains("期间") && mentionsGroup(main, s))) ctx = true;
                    }
                    if (!ctx) {
                        // events listed in the same sentence as a dated event share its date
                        continue;
                    }
                    if (g.start == null) g.start = main.start;
                    else if (main.start != null && precision(main.start) > precision(g.start) && main.start.startsWith(g.start)) g.start = main.start;
                    if (g.place == null) g.place = main.place;
                    if (g.organizers.isEmpty() && g.superGroup == null && g.noun.equals("论坛") && !main.organizers.isEmpty()) {
                        g.organizers.addAll(main.organizers);
                    }
                }
            }
            // same sentence lists: share date and place with a dated neighbour
            for (Group g : all) {
                if (g.start != null || g.party) continue;
                for (Raw r : g.raws) {
                    if (r.bare) continue;
                    int[] s = sentence(r.begin);
                    for (Group h : all) {
                        if (h == g || h.start == null || h.party) continue;
                        boolean listed = false;
                        for (Raw hr : h.raws) {
                            if (hr.bare || hr.begin < s[0] || hr.end > s[1]) continue;
                            int x = Math.min(hr.end, r.end), y = Math.max(hr.begin, r.begin);
                            String between = x < y ? t.substring(x, y) : "";
                            if (between.length() <= 40 && between.matches(".*(包括|以及|、|[”」』][“「『]|和|及|并).*")
                                    && !between.matches(".*[。；！？].*")) listed = true;
                        }
                        if (listed) {
                            g.start = h.start;
                            if (g.place == null) g.place = h.place;
                        }
                    }
                    if (g.start != null) break;
                }
            }
        }

        boolean mentionsGroup(Group g, int[] s) {
            for (Raw r : g.raws) if (r.begin >= s[0] && r.begin < s[1]) return true;
            return false;
        }

        // -------------------------------------------------------------- output

        List<EventMention> output() {
            List<Group> all = new ArrayList<>(groups);
            all.sort(Comparator.comparingInt(g -> g.begin));
            for (Group g : all) g.label = label(g);
            List<EventMention> out = new ArrayList<>();
            for (Group g : all) out.add(toMention(g, null));
            for (Group s : subs) {
                s.label = s.superGroup.label + s.subSuffix;
                out.add(toMention(s, s.superGroup.label));
            }
            out.sort(Comparator.comparingInt(EventMention::begin));
            return out;
        }

        String label(Group g) {
            String best = null;
            Map<String, Integer> freq = new java.util.HashMap<>();
            for (Raw r : g.raws) if (!r.bare && r.name != null) freq.merge(r.name, 1, Integer::sum);
            for (String n : g.names) {
                if (n.equals(g.noun)) continue;
                boolean hasYear = YEAR_PREFIX.matcher(n).find() || ORDINAL.matcher(n).find();
                if (best == null) { best = n; continue; }
                boolean bestYear = YEAR_PREFIX.matcher(best).find() || ORDINAL.matcher(best).find();
                int fn = freq.getOrDefault(n, 0), fb = freq.getOrDefault(best, 0);
                if (hasYear && !bestYear) best = n;
                else if (hasYear != bestYear) continue;
                // the full name over its short form, however often the short one is written (上海某某峰会 / 某某峰会)
                else if (n.endsWith(best) || best.endsWith(n)) { if (n.length() > best.length()) best = n; }
                else if (fn > fb || (fn == fb && n.length() > best.length())) best = n;
            }
            if (best == null) best = g.names.iterator().next();
            if (!YEAR_PREFIX.matcher(best).find() && !g.party) {
                Integer y = g.year != null ? g.year : DateResolver.yearOf(g.start);
                if (y != null) best = y + "年" + best;
            }
            return best;
        }

        EventMention toMention(Group g, String superLabel) {
            Set<String> aliases = new LinkedHashSet<>();
            for (String n : g.names) if (!n.equals(g.label) && !n.isEmpty()) aliases.add(n);
            if (g.superGroup != null) aliases.add(g.subSuffix);
            Raw first = g.raws.stream().min(Comparator.comparingInt(r -> r.begin)).orElse(null);
            int b = first != null ? first.begin : g.begin;
            int e = first != null ? Math.max(first.end, first.subEnd) : g.end;
            if (e <= b) e = b + 1;
            String end = g.endDate;
            if (end != null && g.start != null && end.compareTo(g.start) < 0) end = null;
            String start = g.start;
            // no date in the text, but the name carries the year (2014年首届…大会): the year is known
            Matcher year = LABEL_YEAR.matcher(g.label);
            if (start == null && year.lookingAt()) start = year.group(1);
            return new EventMention(g.label, new ArrayList<>(aliases), b, e, start, end, g.place,
                    new ArrayList<>(g.organizers), g.theme, superLabel, spans(g));
        }
    }

    private static final Pattern LABEL_YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    /** Where the article names the event of {@code g}: an opening ceremony with its suffix (某某峰会开幕式). */
    private static List<TextSpan> spans(Group g) {
        Set<TextSpan> spans = new TreeSet<>(Comparator.comparingInt(TextSpan::begin).thenComparingInt(TextSpan::end));
        boolean sub = g.superGroup != null;
        for (Raw r : g.raws) {
            if (sub && r.subSuffix == null) continue;
            int end = sub ? Math.max(r.end, r.subEnd) : r.end;
            if (end > r.begin) spans.add(new TextSpan(r.begin, end));
        }
        return new ArrayList<>(spans);
    }

    // ------------------------------------------------------------------ character classes

    static boolean isOpen(char c) {
        return c == '“' || c == '「' || c == '『' || c == '‘';
    }

    static boolean isClose(char c) {
        return c == '”' || c == '」' || c == '』' || c == '’';
    }

    static char closeFor(char open) {
        return switch (open) {
            case '“' -> '”';
            case '「' -> '」';
            case '『' -> '』';
            case '‘' -> '’';
            default -> 0;
        };
    }

    static char openFor(char close) {
        return switch (close) {
            case '”' -> '“';
            case '」' -> '「';
            case '』' -> '『';
            case '’' -> '‘';
            default -> 0;
        };
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isNameChar(char c) {
        return isHan(c) || Character.isLetterOrDigit(c) || c == '·' || c == '•' || c == '-' || c == '－' || c == '+';
    }

    static boolean isDigitLike(char c) {
        return Character.isDigit(c) || "一二三四五六七八九十两百千万多数几".indexOf(c) >= 0;
    }

    static String clean(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    static List<String> sortLongestFirst(List<String> words) {
        List<String> l = new ArrayList<>(new LinkedHashSet<>(words));
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }
}
