package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.search.SearchIndex;
import org.newskg.sink.StatisticsGraph;

/**
 * Runs every research question in queries/ against the seeds' graph (union default graph, as
 * Fuseki serves it, with the statistics graph a load counts) and checks the answer each file declares in its header:
 * {@code # expect: rows >= N}, optionally {@code # expect: rows <= N} (a parameter that must narrow
 * the answer), and {@code # expect: ?var = value} (some row binds ?var to a term whose lexical form
 * or IRI equals value). Queries that ask the full-text index only for candidates (03, 06, 15) must
 * give, with the seeds' index, the rows they give without one: the index may make a query faster,
 * never change its answer.
 */
class QueriesIT {
    private static final Pattern MIN_ROWS = Pattern.compile("^# expect: rows >= (\\d+)\\s*$", Pattern.MULTILINE);
    private static final Pattern MAX_ROWS = Pattern.compile("^# expect: rows <= (\\d+)\\s*$", Pattern.MULTILINE);
    private static final Pattern VALUE = Pattern.compile("^# expect: \\?(\\w+) = (.+?)\\s*$", Pattern.MULTILINE);
    /** The search query itself: its answer is the index's, declared with its own expect line. */
    private static final String SEARCH_ANSWER = "# expect-with-index:";

    private static final String SEARCH_HONGKONG = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query '\"香港\"' }";

    @TempDir
    static Path indexDir;

    @TestFactory
    Stream<DynamicTest> every_query_answers_as_its_header_says() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Seeds.home().resolve("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "research questions: " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    @TestFactory
    Stream<DynamicTest> the_text_index_changes_no_answer() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Seeds.home().resolve("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        List<Path> indexed = new ArrayList<>();
        for (Path f : files) {
            String q = Files.readString(f);
            if (q.contains("text:query") && !q.contains(SEARCH_ANSWER)) indexed.add(f);
        }
        assertTrue(indexed.size() >= 3, "queries asking the index for candidates: " + indexed);
        return indexed.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> sameWithIndex(f)));
    }

    private static void sameWithIndex(Path file) throws IOException {
        String query = Files.readString(file);
        List<String> without = texts(select(SeedGraphIT.unionOf(Seeds.graph()), query));
        assertFalse(without.isEmpty(), file + ": no rows");
        TextIndex index = SearchIndex.open(Seeds.home().resolve("fuseki-config/config.ttl"), indexDir);
        try {
            // a copy: the text dataset registers its index in the context of the dataset it wraps
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            Seeds.graph().find().forEachRemaining(copy::add);
            Dataset plain = SeedGraphIT.unionOf(copy);
            assertTrue(SearchIndex.rebuild(index, plain.asDatasetGraph()) > 0);
            Dataset text = DatasetFactory.wrap(TextDatasetFactory.create(plain.asDatasetGraph(), index));
            // the index answers here, so the candidates come from it and not from the fallback scan
            assertTrue(Txn.calculateRead(text, () -> select(text, SEARCH_HONGKONG)).stream().anyMatch(r -> r.contains("s")));
            List<String> with = Txn.calculateRead(text, () -> texts(select(text, query)));
            assertEquals(without, with, file + ": other rows with the text index");
        } finally {
            index.close();
        }
    }

    private static List<QuerySolution> select(Dataset dataset, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static List<String> texts(List<QuerySolution> rows) {
        return rows.stream().map(Object::toString).toList();
    }

    private static void check(Path file) throws IOException {
        String query = Files.readString(file);
        Matcher min = MIN_ROWS.matcher(query);
        assertTrue(min.find(), file + ": no '# expect: rows >= N' line");
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(SeedGraphIT.unionOf(withStatistics())).query(query).build()) {
            if (qe.getQuery().isSelectType()) qe.execSelect().forEachRemaining(rows::add);
            else if (qe.getQuery().isAskType()) assertTrue(qe.execAsk(), file + ": ASK is false");
        }
        int want = Integer.parseInt(min.group(1));
        assertTrue(rows.size() >= want, file + ": " + rows.size() + " rows, expected at least " + want);
        Matcher max = MAX_ROWS.matcher(query);
        if (max.find()) {
            int most = Integer.parseInt(max.group(1));
            assertTrue(rows.size() <= most, file + ": " + rows.size() + " rows, expected at most " + most);
        }
        Matcher v = VALUE.matcher(query);
        while (v.find()) {
            String var = v.group(1);
            String value = v.group(2);
            assertFalse(rows.isEmpty());
            assertTrue(rows.stream().anyMatch(r -> matches(r.get(var), value)),
                    file + ": no row binds ?" + var + " to " + value);
        }
    }

    private static DatasetGraph withStatistics;

    /**
     * The seeds' graphs and, as a load leaves them, their statistics graph: counted in a TDB2
     * in-memory database (the full count walks TDB2's sorted indexes), then copied, so other tests
     * keep reading the seeds' graphs as extracted.
     */
    static synchronized DatasetGraph withStatistics() {
        if (withStatistics == null) {
            DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
            Txn.executeWrite(tdb, () -> {
                Seeds.graph().find().forEachRemaining(tdb::add);
                StatisticsGraph.rebuild(tdb);
            });
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(copy::add));
            withStatistics = copy;
        }
        return withStatistics;
    }

    private static boolean matches(RDFNode n, String value) {
        if (n == null) return false;
        if (n.isLiteral()) return n.asLiteral().getLexicalForm().equals(value);
        if (n.isURIResource()) return n.asResource().getURI().equals(value);
        return false;
    }
}
