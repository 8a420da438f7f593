package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.ExtractionReport;
import org.newskg.pipeline.FailurePolicy;
import org.newskg.pipeline.Loader;
import org.newskg.pipeline.Progress;
import org.newskg.rdf.Vocab;
import org.newskg.server.LiveLoader;
import org.newskg.sink.TdbStore;
import org.newskg.source.InputFinder;
import org.newskg.source.SourceFile;

/**
 * A file's identity is its path under the input root: two files with one name in different folders
 * never share or replace each other's graphs, the same folder loaded again replaces its own, and
 * the counts the extraction, the load and the database give agree.
 */
class SourceIdentityIT {
    private static final String BASE = "https://w3id.org/newskg/id/";
    @TempDir
    Path tmp;
    /** A folder holding two files named x.txt, in a/ and b/, telling different news. */
    private Path root;
    private TdbStore store;

    @BeforeEach
    void two_same_named_files_and_an_empty_database() throws Exception {
        write("root/a/x.txt", "东湖晚报讯 东湖市交通局局长韩立平表示，“新线路下月开通。”\n");
        write("root/b/x.txt", "西岭日报讯 西岭县教育局局长苏文静表示，“今年新建三所学校。”\n");
        root = tmp.resolve("root");
        store = new TdbStore(tmp.resolve("db"));
    }

    private Path write(String path, String text) throws Exception {
        Path p = tmp.resolve(path);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private Loader.Result load(Path... inputs) throws Exception {
        List<SourceFile> files = InputFinder.findAll(List.of(inputs));
        return new Loader(Seeds.pipeline()).load(files, store, Progress.NONE, FailurePolicy.STOP_ON_DEFECT, (f, a) -> { });
    }

    /** The database's source paths, each with the graphs of its articles. */
    private Map<String, Set<Node>> graphsByPath() {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Set<Node>> byPath = new TreeMap<>();
            store.dataset().find(Node.ANY, Node.ANY, Vocab.SOURCE_PATH, Node.ANY).forEachRemaining(q ->
                    byPath.computeIfAbsent(q.getObject().getLiteralLexicalForm(), k -> new HashSet<>()).add(q.getGraph()));
            return byPath;
        });
    }

    private boolean holds(String words) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().stream().anyMatch(q ->
                q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().contains(words)));
    }

    @Test
    void two_same_named_files_in_different_folders_of_one_root_get_distinct_graphs() throws Exception {
        Loader.Result r = load(root);
        assertTrue(r.report().ok(), r.report().failures().toString());
        Map<String, Set<Node>> byPath = graphsByPath();
        assertEquals(Set.of("a/x.txt", "b/x.txt"), byPath.keySet());
        assertEquals(Set.of(node(BASE + "graph/a/x.txt/0")), byPath.get("a/x.txt"));
        assertEquals(Set.of(node(BASE + "graph/b/x.txt/0")), byPath.get("b/x.txt"));
        long names = Txn.calculateRead(store.dataset(), () -> store.dataset().stream(Node.ANY, Node.ANY, Vocab.SOURCE_FILE_NAME,
                NodeFactory.createLiteralString("x.txt")).count());
        assertEquals(2, names, "nkg:sourceFile stays the bare file name");
        assertTrue(holds("新线路下月开通") && holds("今年新建三所学校"));
    }

    @Test
    void across_two_loads_neither_same_named_file_replaces_the_other() throws Exception {
        load(root); // a/x.txt and b/x.txt
        Files.delete(root.resolve("b/x.txt"));
        write("other/b/x.txt", "北港商报讯 北港市商务局局长罗志远表示，“外贸订单回暖。”\n");
        Loader.Result second = load(tmp.resolve("other"));
        assertEquals(1, second.replacedGraphs(), "b/x.txt of the other root replaces b/x.txt, never a/x.txt");
        assertEquals(Set.of("a/x.txt", "b/x.txt"), graphsByPath().keySet());
        assertTrue(holds("新线路下月开通"), "a/x.txt is still there");
        assertTrue(holds("外贸订单回暖") && !holds("今年新建三所学校"));
    }

    @Test
    void loading_the_same_folder_again_replaces_its_own_graphs_and_the_counts_agree() throws Exception {
        Loader.Result first = load(root);
        long held = store.size();
        assertEquals(first.report().quads(), first.quadsLoaded(), "extracted = loaded");
        assertEquals(first.quadsLoaded(), held, "loaded = what the database holds");
        Loader.Result again = load(root);
        assertEquals(2, again.replacedGraphs());
        assertEquals(held, store.size());
        assertEquals(first.report().quads(), again.quadsLoaded());
        assertEquals(again.quadsLoaded(), again.quadsRemoved(), "the same quads removed as added");
        assertEquals(Set.of("a/x.txt", "b/x.txt"), graphsByPath().keySet());
    }

    @Test
    void files_of_one_name_given_directly_load_the_first_and_refuse_the_second() throws Exception {
        InputFinder.Listing l = InputFinder.find(List.of(root.resolve("a/x.txt"), root.resolve("b/x.txt")));
        assertEquals(List.of("x.txt"), l.sources().stream().map(SourceFile::key).toList());
        assertEquals(1, l.skipped().size(), "the second is named, not loaded into the first one's graphs");
        new Loader(Seeds.pipeline()).load(l.sources(), store, Progress.NONE, FailurePolicy.STOP_ON_DEFECT, (f, a) -> { });
        assertEquals(Map.of("x.txt", Set.of(node(BASE + "graph/x.txt/0"))), graphsByPath());
        assertTrue(holds("新线路下月开通") && !holds("今年新建三所学校"));
    }

    @Test
    void the_live_load_keys_a_folder_by_paths_under_it_and_an_upload_by_its_name() throws Exception {
        LiveLoader live = new LiveLoader(store.dir(), Seeds::pipeline);
        LiveLoader.Outcome folder = live.load(InputFinder.findAll(List.of(root)));
        assertEquals(folder.quadsExtracted(), folder.quadsLoaded());
        assertEquals(folder.quadsLoaded(), store.size(), "a fresh database holds what the summary says");
        Path upload = write("upload-1/x.txt", "南溪晚报讯 南溪镇镇长何春来表示，“老街改造年底完成。”\n");
        LiveLoader.Outcome uploaded = live.load(List.of(new SourceFile(upload, "x.txt")));
        assertEquals(0, uploaded.replacedGraphs());
        assertEquals(Set.of("a/x.txt", "b/x.txt", "x.txt"), graphsByPath().keySet());
    }

    @Test
    void the_extraction_writes_each_quad_once_and_counts_what_it_writes() throws Exception {
        List<Quad> written = new ArrayList<>();
        ExtractionReport report = Seeds.pipeline().run(SourceFile.given(Seeds.files()), new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                written.add(q);
            }
        }, Progress.NONE);
        assertTrue(report.ok(), report.failures().toString());
        assertEquals(written.size(), new HashSet<>(written).size(), "no quad twice");
        assertEquals(written.size(), report.quads(), "the count is the quads written, the ontology's included");
        Loader.Result loaded = Seeds.load(Seeds.pipeline(), Seeds.files(), store);
        assertEquals(report.quads(), loaded.report().quads());
        assertEquals(report.quads(), loaded.quadsLoaded(), "loaded = extracted");
        assertEquals(report.quads(), store.size(), "the database holds what was loaded");
    }

    private static Node node(String uri) {
        return NodeFactory.createURI(uri);
    }
}
