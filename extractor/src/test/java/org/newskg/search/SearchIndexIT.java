package org.newskg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.it.Seeds;
import org.newskg.sink.TdbStore;

/** Load → index → search, in both scripts, with the index definition of fuseki-config/config.ttl. */
class SearchIndexIT {
    private static final Path CONFIG = Seeds.home().resolve("fuseki-config/config.ttl");
    private static final String SIMPLIFIED_FILE = "000_c733bba341b2a307.txt";
    private static final String TRADITIONAL_FILE = "001_b7a524f5e187e028.txt";

    @TempDir
    Path tmp;

    private static Path seed(String name) {
        return Seeds.home().resolve("seeds").resolve(name);
    }

    private static void load(TdbStore store, String file) throws Exception {
        Seeds.load(Seeds.pipeline(), List.of(seed(file)), store);
        assertTrue(SearchIndex.rebuild(CONFIG, store.dir(), store.dataset()) > 0);
    }

    /**
     * Runs {@code query} over the database's union graph with its index, as Fuseki serves them. The
     * triples are copied into memory first: a text index wrapped around TDB2 joins its transactions
     * for good, and the next load in this JVM would then commit into a closed index.
     */
    private static List<QuerySolution> select(TdbStore store, String query) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.dataset(), () -> store.dataset().getUnionGraph().find().forEachRemaining(copy.getDefaultGraph()::add));
        TextIndex index = SearchIndex.open(CONFIG, store.dir());
        try {
            DatasetGraph text = TextDatasetFactory.create(copy, index);
            return Txn.calculateRead(text, () -> {
                List<QuerySolution> rows = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(text)).query(query).build()) {
                    qe.execSelect().forEachRemaining(rows::add);
                }
                return rows;
            });
        } finally {
            index.close();
        }
    }

    private static Set<String> subjects(TdbStore store, String words) {
        Set<String> s = new TreeSet<>();
        for (QuerySolution r : select(store, "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \""
                + words.replace("\"", "\\\"") + "\" }")) {
            s.add(r.getResource("s").getURI());
        }
        return s;
    }

    @Test
    void both_scripts_find_the_same_subjects_on_the_default_field() throws Exception {
        TdbStore store = new TdbStore(tmp.resolve("db"));
        load(store, SIMPLIFIED_FILE);
        load(store, TRADITIONAL_FILE);
        Set<String> simplified = subjects(store, "数字未来");
        assertFalse(simplified.isEmpty());
        assertEquals(simplified, subjects(store, "數字未來"));
        assertEquals(subjects(store, "\"数字未来\""), subjects(store, "\"數字未來\""));
    }

    @Test
    void a_later_load_is_searchable_and_a_reload_indexes_nothing_twice() throws Exception {
        TdbStore store = new TdbStore(tmp.resolve("db"));
        load(store, SIMPLIFIED_FILE);
        Set<String> first = subjects(store, "\"數字未來\"");
        assertTrue(first.stream().allMatch(s -> s.contains(SIMPLIFIED_FILE)), first.toString());
        load(store, TRADITIONAL_FILE);
        Set<String> second = subjects(store, "\"数字未来\"");
        assertTrue(second.containsAll(first));
        assertTrue(second.stream().anyMatch(s -> s.contains(TRADITIONAL_FILE)), second.toString());
        int rows = select(store, "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query '\"数字未来\"' }").size();
        load(store, TRADITIONAL_FILE);
        assertEquals(rows, select(store, "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query '\"数字未来\"' }").size());
    }

    @Test
    void the_ready_query_answers_as_its_header_says() throws Exception {
        TdbStore store = new TdbStore(tmp.resolve("db"));
        load(store, SIMPLIFIED_FILE);
        load(store, TRADITIONAL_FILE);
        String query = Files.readString(Seeds.home().resolve("queries/17-search-either-script.rq"));
        Matcher m = Pattern.compile("^# expect-with-index: rows >= (\\d+)", Pattern.MULTILINE).matcher(query);
        assertTrue(m.find());
        List<QuerySolution> rows = select(store, query);
        assertTrue(rows.size() >= Integer.parseInt(m.group(1)), rows.toString());
        Set<String> files = new TreeSet<>();
        for (QuerySolution r : rows) if (r.contains("sourceFile")) files.add(r.getLiteral("sourceFile").getString());
        assertEquals(Set.of(SIMPLIFIED_FILE, TRADITIONAL_FILE), files);
        assertEquals(rows.size(), select(store, query.replace("數字未來", "数字未来")).size());
    }
}
