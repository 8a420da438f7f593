package org.newskg.rdf;

import static org.newskg.rdf.Vocab.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.newskg.model.AnnotatedArticle;
import org.newskg.model.Article;
import org.newskg.model.EntityType;
import org.newskg.model.EventMention;
import org.newskg.model.Mention;
import org.newskg.model.NewsDate;
import org.newskg.model.PositionMention;
import org.newskg.model.Quotation;
import org.newskg.model.TextSpan;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Entity;
import org.newskg.resolve.EventNames;
import org.newskg.resolve.PositionBody;
import org.newskg.source.SourceText;
import org.newskg.text.NormalizedText;

/**
 * Writes one annotated article as quads into its own named graph: the article, its entities with
 * their labels, mentions with offsets, positions, events, quotations and the graph's provenance.
 * Offsets written are Unicode code point offsets into the decoded source file, so SPARQL's SUBSTR on
 * the source text finds them; wording is the source's own (traditional stays traditional). The
 * graph and article IRIs are keyed by the file's source key (its path under the input root), which
 * the article also records as {@code nkg:sourcePath}; each quad is written once into its graph.
 */
public final class ArticleGraphMapper {
    /** A line break with the spaces around it: layout a PDF put inside a span, no part of its wording. */
    private static final Pattern LAYOUT_BREAK = Pattern.compile("\\s*\\n\\s*");

    private final Iris iris;
    private final String version;
    private final Instant runTime;

    public ArticleGraphMapper(Iris iris, String version, Instant runTime) {
        this.iris = iris;
        this.version = version;
        this.runTime = runTime;
    }

    /**
     * Writes one article's graph into {@code out}; returns its positions: those it states with their
     * body, for the corpus, and those whose body it does not name, for {@link #position} to write
     * once the corpus has been read. Nothing outside the article is changed.
     */
    public Positions map(String key, SourceText source, NormalizedText text, AnnotatedArticle annotated,
                         ArticleEntities entities, EventNames eventNames, StreamRDF out) {
        Writer w = new Writer(key, source, text, annotated, entities, eventNames, out);
        w.write();
        return new Positions(List.copyOf(w.open), List.copyOf(w.stated));
    }

    /** An article's positions: those waiting for the corpus to give their body, and those stated with one. */
    public record Positions(List<PositionStatement> open, List<PositionBody> stated) {
    }

    /**
     * Writes a position {@link #map} left open into its article's graph, held in
     * {@code organization} (a canonical name, which the article does not write), or in no named
     * body when that is null; a title written after a name is dropped without its body.
     */
    public void position(PositionStatement p, String organization, StreamRDF graphOut) {
        if (organization == null && p.afterName()) return;
        StreamRDF out = p.written().onceEach(graphOut);
        membership(p, organization, new HashSet<>(), out);
        if (organization != null) {
            Node org = iris.entity(EntityType.ORGANIZATION, organization);
            typed(p.graph(), org, ORGANIZATION, out);
            out.quad(Quad.create(p.graph(), org, LABEL, hans(organization)));
        }
    }

    /** The membership node of a position and the mention of it, in the position's graph. */
    private Node membership(PositionStatement p, String organization, Set<Node> written, StreamRDF out) {
        Node g = p.graph();
        Node m = iris.membership(p.person(), p.role(), organization == null ? "" : organization);
        // one phrase may state two positions (某社记者某某摄: reporter and photographer)
        String key = m.getURI().substring(m.getURI().lastIndexOf('/') + 1);
        Node mention = NodeFactory.createURI(p.mention().getURI() + "/" + key);
        out.quad(Quad.create(g, mention, TYPE, MENTION));
        out.quad(Quad.create(g, mention, REFERS_TO, m));
        out.quad(Quad.create(g, mention, IN_ARTICLE, p.article()));
        out.quad(Quad.create(g, mention, BEGIN_INDEX, integer(p.begin())));
        out.quad(Quad.create(g, mention, END_INDEX, integer(p.end())));
        out.quad(Quad.create(g, mention, ANCHOR_TEXT, p.wording()));
        if (!written.add(m)) return m;
        Node role = iris.role(p.role());
        out.quad(Quad.create(g, m, TYPE, MEMBERSHIP));
        out.quad(Quad.create(g, m, MEMBER, iris.entity(EntityType.PERSON, p.person())));
        out.quad(Quad.create(g, m, ROLE_OF, role));
        out.quad(Quad.create(g, role, TYPE, ROLE));
        out.quad(Quad.create(g, role, LABEL, hans(p.role())));
        if (organization != null) out.quad(Quad.create(g, m, ORGANIZATION_OF, iris.entity(EntityType.ORGANIZATION, organization)));
        if (p.qualifier() != null) out.quad(Quad.create(g, m, QUALIFIER, hans(p.qualifier())));
        out.quad(Quad.create(g, m, IN_ARTICLE, p.article()));
        return m;
    }

    private final class Writer {
        private final String key;
        private final SourceText source;
        private final NormalizedText text;
        private final AnnotatedArticle annotated;
        private final ArticleEntities entities;
        private final EventNames eventNames;
        private final StreamRDF out;
        private final Node graph;
        private final Node article;
        private final CodePoints codePoints;
        private final Set<Node> written = new HashSet<>();
        private final GraphQuads quads = new GraphQuads();
        private final List<PositionStatement> open = new ArrayList<>();
        private final List<PositionBody> stated = new ArrayList<>();
        /** The article's script: the language tag of the literals that keep its wording. */
        private final String script;

        Writer(String key, SourceText source, NormalizedText text, AnnotatedArticle annotated, ArticleEntities entities,
               EventNames eventNames, StreamRDF out) {
            this.key = key;
            this.source = source;
            this.text = text;
            this.annotated = annotated;
            this.entities = entities;
            this.eventNames = eventNames;
            this.out = quads.onceEach(out);
            Article a = annotated.article();
            this.graph = iris.graph(key, a.index());
            this.article = iris.article(key, a.index());
            this.codePoints = new CodePoints(text.original());
            this.script = SourceScript.of(text, a.begin(), a.end());
        }

        void write() {
            articleAndProvenance();
            for (Mention m : annotated.mentions()) mention(m);
            for (PositionMention p : annotated.positions()) position(p);
            for (EventMention e : annotated.events()) event(e);
            for (Quotation q : annotated.quotations()) quotation(q);
            for (Entity e : entities.all()) entity(e);
            // a position completed later writes about its own mention (new), memberships, roles and organizations
            if (!open.isEmpty()) quads.keepOnly(q -> iris.isPositionPart(q.getSubject()));
        }

        private void articleAndProvenance() {
            Article a = annotated.article();
            type(article, ARTICLE);
            add(article, SOURCE_FILE_NAME, plain(source.fileName()));
            add(article, SOURCE_PATH, plain(key));
            offsets(article, a.begin(), a.end());
            if (a.title() != null) add(article, TITLE, title(a));
            if (a.date() != null) add(article, DATE, date(NewsDate.parse(a.date())));
            for (String author : a.authors()) {
                add(article, AUTHOR, node(entities.named(EntityType.PERSON, author)));
            }
            if (a.publisher() != null) {
                add(article, PUBLISHER, node(entities.named(EntityType.ORGANIZATION, a.publisher())));
            }
            Node src = iris.source(source.sha256());
            Node activity = iris.activity(source.sha256(), version, runTime);
            add(graph, WAS_DERIVED_FROM, src);
            add(graph, WAS_GENERATED_BY, activity);
            type(src, SOURCE_FILE);
            add(src, FILE_NAME, plain(source.fileName()));
            add(src, SHA256, plain(source.sha256()));
            add(activity, TYPE, ACTIVITY);
            add(activity, SOFTWARE_VERSION, plain("newskg " + version));
            add(activity, STARTED_AT_TIME, NodeFactory.createLiteralDT(runTime.toString(), XSDDatatype.XSDdateTime));
        }

        private void mention(Mention m) {
            Entity e = entities.of(m);
            if (e == null) return;
            located(Iris.within(article, "mention/" + m.begin() + "-" + m.end()), node(e), m.begin(), m.end());
        }

        /** A mention node: where in this article the text names {@code target}, and in which words. */
        private void located(Node mention, Node target, int begin, int end) {
            add(mention, TYPE, MENTION);
            add(mention, REFERS_TO, target);
            add(mention, IN_ARTICLE, article);
            offsets(mention, begin, end);
            add(mention, ANCHOR_TEXT, asWritten(begin, end));
        }

        /**
         * The position as one node for the person, role and body, stated by this article; the title
         * phrase that states it is a mention of it, with its offsets. A position whose body the
         * article does not name is left open, for the corpus to complete.
         */
        private void position(PositionMention p) {
            Entity person = entities.of(p.person());
            if (person == null) return;
            int[] span = originalSpan(p.begin(), p.end());
            PositionStatement stated = new PositionStatement(graph, article,
                    Iris.within(article, "position/" + p.begin() + "-" + p.end()), span[0], span[1],
                    asWritten(p.begin(), p.end()), person.canonical(), p.role(), p.qualifier(), p.afterName(), quads);
            if (p.organization() == null) {
                open.add(stated);
                return;
            }
            Entity org = titleOrganization(p, p.organization());
            this.stated.add(new PositionBody(person.canonical(), p.role(), org.canonical()));
            membership(stated, org.canonical(), written, out);
            if (p.parentOrganization() != null) {
                Entity parent = titleOrganization(p, p.parentOrganization());
                if (!parent.canonical().equals(org.canonical())) add(node(org), SUB_ORGANIZATION_OF, node(parent));
            }
        }

        /** A body of a title phrase: named there when the phrase writes it, else only implied (国家主席 → 中华人民共和国). */
        private Entity titleOrganization(PositionMention p, String name) {
            boolean written = text.text().substring(p.begin(), p.end()).contains(name);
            return written ? entities.named(EntityType.ORGANIZATION, name) : entities.implied(EntityType.ORGANIZATION, name);
        }

        private void event(EventMention e) {
            String label = label(e);
            Node ev = iris.event(label);
            type(ev, EVENT);
            add(ev, LABEL, hans(label));
            for (String alias : e.aliases()) {
                if (!alias.equals(label)) add(ev, ALT_LABEL, hans(alias));
            }
            if (!e.label().equals(label)) add(ev, ALT_LABEL, hans(e.label()));
            add(ev, MENTIONED_IN, article);
            for (TextSpan m : e.mentions()) located(Iris.within(article, "event/" + m.begin() + "-" + m.end()), ev, m.begin(), m.end());
            if (e.startDate() != null) add(ev, START_DATE, date(e.startDate()));
            if (e.endDate() != null) add(ev, END_DATE, date(e.endDate()));
            if (e.place() != null) add(ev, LOCATION, node(entities.named(EntityType.PLACE, e.place())));
            for (String organizer : e.organizers()) {
                add(ev, ORGANIZER, node(entities.named(EntityType.ORGANIZATION, organizer)));
            }
            if (e.theme() != null) add(ev, THEME, hans(e.theme()));
            if (e.superEvent() != null) {
                String parentLabel = eventNames.canonical(e.superEvent());
                Node parent = iris.event(parentLabel);
                add(ev, SUPER_EVENT, parent);
                type(parent, EVENT);
                add(parent, LABEL, hans(parentLabel));
                add(parent, MENTIONED_IN, article);
            }
        }

        /** The event's label in the graph; a part (X开幕式) is named after its event's. */
        private String label(EventMention e) {
            String parent = e.superEvent();
            if (parent != null && e.label().startsWith(parent)) {
                return eventNames.canonical(parent) + e.label().substring(parent.length());
            }
            return eventNames.canonical(e.label());
        }

        private void quotation(Quotation q) {
            Node node = Iris.within(article, "quote/" + q.begin() + "-" + q.end());
            type(node, QUOTATION);
            add(node, TYPE, q.direct() ? DIRECT_QUOTATION : INDIRECT_QUOTATION);
            add(node, QUOTE_TEXT, asWritten(q.begin(), q.end()));
            add(node, IN_ARTICLE, article);
            offsets(node, q.begin(), q.end());
            if (q.cue() != null) add(node, CUE, hans(q.cue()));
            if (q.speaker() != null) {
                Entity speaker = entities.of(q.speaker());
                if (speaker == null) speaker = entities.named(q.speaker().type(), q.speaker().text());
                add(node, SPEAKER, node(speaker));
                if (q.event() != null) add(iris.event(label(q.event())), ATTENDEE, node(speaker));
            }
            if (q.speakerRole() != null) add(node, SPEAKER_ROLE, hans(q.speakerRole()));
            if (q.event() != null) add(node, AT_EVENT, iris.event(label(q.event())));
            add(node, CONFIDENCE, confidence(q.confidence()));
            if (q.speaker() != null && q.attributedBy() != null) add(node, ATTRIBUTED_BY, plain(q.attributedBy()));
        }

        private void entity(Entity e) {
            Node node = node(e);
            type(node, switch (e.type()) {
                case PERSON -> PERSON;
                case ORGANIZATION -> ORGANIZATION;
                case PLACE -> PLACE;
            });
            add(node, LABEL, hans(e.canonical()));
            for (String form : e.simplifiedForms()) add(node, ALT_LABEL, LATIN.matcher(form).matches() ? english(form) : hans(form));
            for (String form : e.originalForms()) add(node, ALT_LABEL, NodeFactory.createLiteralLang(form, "zh-Hant"));
            if (e.isNamedInArticle()) add(node, MENTIONED_IN, article);
        }

        private Node node(Entity e) {
            return iris.entity(e.type(), e.canonical());
        }

        private void offsets(Node s, int begin, int end) {
            int[] span = originalSpan(begin, end);
            add(s, BEGIN_INDEX, integer(span[0]));
            add(s, END_INDEX, integer(span[1]));
        }

        /** An analysis-text span as code point offsets into the source file, never empty. */
        private int[] originalSpan(int begin, int end) {
            int b = codePoints.of(text.toOriginal(begin));
            int e = codePoints.of(text.toOriginalEnd(end));
            return new int[] {b, Math.max(e, b + 1)};
        }

        /** The source wording of an analysis span, tagged with the article's script. */
        private Node asWritten(int begin, int end) {
            return NodeFactory.createLiteralLang(wording(begin, end), script);
        }

        /**
         * The title in the source's wording: a traditional article's title is found in its text and
         * written as it stands there; a title the text does not hold as such stays simplified.
         */
        private Node title(Article a) {
            if (script.equals(SourceScript.TRADITIONAL)) {
                int at = text.text().indexOf(a.title(), a.begin());
                if (at >= 0 && at + a.title().length() <= a.end()) return asWritten(at, at + a.title().length());
            }
            return hans(a.title());
        }

        /** The source wording of an analysis span, without the layout breaks a PDF put in it. */
        private String wording(int begin, int end) {
            return LAYOUT_BREAK.matcher(text.originalSlice(begin, end)).replaceAll("").strip();
        }

        private void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }

        private void type(Node s, Node cls) {
            typed(graph, s, cls, out);
        }
    }

    /** {@code s} typed with {@code cls} and with the schema.org, ORG and PROV classes it specializes. */
    private static void typed(Node graph, Node s, Node cls, StreamRDF out) {
        out.quad(Quad.create(graph, s, TYPE, cls));
        for (Node sup : SuperClasses.of(cls)) out.quad(Quad.create(graph, s, TYPE, sup));
    }

    private static Node plain(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** Latin-script aliases of Chinese names (HKGAI, APEC) are English names. */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9 &.\\-]+");

    private static Node english(String s) {
        return NodeFactory.createLiteralLang(s, "en");
    }

    private static Node hans(String s) {
        return NodeFactory.createLiteralLang(s, "zh-Hans");
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    /** A date as xsd:date, xsd:gYearMonth, xsd:gYear or xsd:gMonthDay, as much as the text said. */
    /**
     * A confidence as an xsd:decimal in canonical form (0.7, not 0.70): TDB2 stores decimals by value
     * and gives them back canonical, and a quad written in another form is not found again to be
     * removed when its file is re-loaded.
     */
    static Node confidence(double c) {
        BigDecimal rounded = BigDecimal.valueOf(c).setScale(2, RoundingMode.HALF_UP);
        return NodeFactory.createLiteralDT(XSDFuncOp.canonicalDecimalStr(rounded), XSDDatatype.XSDdecimal);
    }

    static Node date(NewsDate date) {
        XSDDatatype dt = switch (date.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case YEAR_MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
            case DAY_WITHOUT_YEAR -> XSDDatatype.XSDgMonthDay;
        };
        return NodeFactory.createLiteralDT(date.toString(), dt);
    }
}
