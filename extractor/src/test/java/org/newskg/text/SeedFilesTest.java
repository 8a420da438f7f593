package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.newskg.model.Article;
import org.newskg.source.InputFinder;
import org.newskg.source.SourceFile;
import org.newskg.source.SourceReader;

/**
 * Runs normalization and splitting on the shared seed files and compares the articles with the
 * gold annotations (read at test time, so no expected names live in the code). Skipped when the
 * shared folder is not next to the project.
 */
class SeedFilesTest {

    private final TextNormalizer normalizer = new TextNormalizer(TextNormalizerTest.T2S);
    private final ArticleSplitter splitter = new ArticleSplitter();
    private final SourceReader reader = new SourceReader();

    private static List<Path> filesIn(Path folder) throws IOException {
        return InputFinder.findAll(List.of(folder)).stream().map(SourceFile::path).toList();
    }

    private static Path shared() {
        String home = System.getProperty("newskg.home", ".");
        return Path.of(home, "..", "shared").normalize();
    }

    private NormalizedText load(Path file) throws IOException {
        return normalizer.normalize(reader.read(file).text());
    }

    @Test
    void seed000HoldsFourArticlesAsTheGoldSays() throws IOException {
        Path gold = shared().resolve("eval/gold/000_c733bba341b2a307.json");
        Path seed = shared().resolve("seeds/000_c733bba341b2a307.txt");
        assumeTrue(Files.isRegularFile(gold) && Files.isRegularFile(seed), "shared seeds not found");
        List<Article> articles = splitter.split(load(seed));
        assertEquals(4, articles.size());
        assertMatchesGold(gold, articles);
    }

    @Test
    void everyGoldFileMatches() throws IOException {
        Path goldDir = shared().resolve("eval/gold");
        assumeTrue(Files.isDirectory(goldDir), "shared gold not found");
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path gold : golds) {
            String name = gold.getFileName().toString().replace(".json", ".txt");
            Path seed = shared().resolve("seeds").resolve(name);
            if (!Files.isRegularFile(seed)) continue;
            NormalizedText nt = load(seed);
            List<Article> articles = splitter.split(nt);
            ArticleSplitterTest.assertCoverage(nt, articles);
            assertMatchesGold(gold, articles);
        }
    }

    @Test
    void invariantsHoldOnSeedsAndCorpusSample() throws IOException {
        Path root = shared();
        assumeTrue(Files.isDirectory(root.resolve("seeds")), "shared seeds not found");
        List<Path> files = new ArrayList<>(filesIn(root.resolve("seeds")));
        if (Files.isDirectory(root.resolve("corpus/extra"))) {
            files.addAll(filesIn(root.resolve("corpus/extra")));
        }
        if (Files.isDirectory(root.resolve("corpus/xwlb"))) {
            List<Path> xwlb = filesIn(root.resolve("corpus/xwlb"));
            for (int i = 0; i < xwlb.size(); i += 50) files.add(xwlb.get(i));
        }
        for (Path f : files) {
            NormalizedText nt = load(f);
            TextNormalizerTest.assertMapConsistent(nt);
            List<Article> articles = splitter.split(nt);
            ArticleSplitterTest.assertCoverage(nt, articles);
            if (f.toString().endsWith(".md")) {
                assertTrue(articles.size() > 3, f + ": a transcript has many items");
                for (Article a : articles) assertTrue(a.date() != null && a.title() != null, f + ": " + a);
            }
        }
    }

    static void assertMatchesGold(Path goldFile, List<Article> articles) {
        JsonObject gold = JSON.read(goldFile.toString());
        JsonArray expected = gold.get("articles").getAsArray();
        String file = goldFile.getFileName().toString();
        assertEquals(expected.size(), articles.size(), file + ": article count");
        for (int k = 0; k < expected.size(); k++) {
            JsonObject e = expected.get(k).getAsObject();
            Article a = articles.get(k);
            String where = file + " article " + k;
            assertEquals(str(e.get("title")), a.title(), where + " title");
            List<String> authors = new ArrayList<>();
            for (JsonValue v : e.get("authors").getAsArray()) authors.add(v.getAsString().value());
            assertEquals(authors, a.authors(), where + " authors");
            assertEquals(str(e.get("publisher")), a.publisher(), where + " publisher");
            assertEquals(str(e.get("dateline")), a.date(), where + " date");
        }
    }

    private static String str(JsonValue v) {
        return v == null || v.isNull() ? null : v.getAsString().value();
    }
}
