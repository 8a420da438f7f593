package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.Progress;
import org.newskg.source.SourceFile;

/**
 * The web-text seeds laid out as a narrow PDF column would lay them out — every paragraph broken
 * into lines of 17 characters with blank lines between, closing marks and attributions falling
 * where they may — must give the same quotations, with the same speakers, as the seeds themselves.
 */
class HardWrappedSeedsIT {
    private static final int COLUMN = 17;

    @TempDir
    Path tmp;

    @Test
    void a_hard_wrapped_page_gives_the_quotations_and_speakers_of_the_page_itself() throws IOException {
        List<Path> clean = new ArrayList<>();
        List<Path> wrapped = new ArrayList<>();
        for (Path seed : Seeds.files()) {
            String name = seed.getFileName().toString();
            if (!name.startsWith("000_") && !name.startsWith("001_") && !name.startsWith("002_")) continue;
            clean.add(seed);
            Path w = tmp.resolve(name);
            Files.writeString(w, wrap(Files.readString(seed, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            wrapped.add(w);
        }
        assertEquals(3, wrapped.size());
        Set<String> expected = quotations(clean);
        Set<String> found = quotations(wrapped);
        assertTrue(expected.size() > 50, "quotations of the seeds: " + expected.size());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(found);
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(expected);
        assertEquals(Set.of(), missing, "lost or changed when hard-wrapped");
        assertEquals(Set.of(), extra, "new when hard-wrapped");
    }

    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            if (paragraph.length() <= 20 || paragraph.startsWith("#")) {
                out.append(paragraph);
                continue;
            }
            for (int i = 0; i < paragraph.length(); i += COLUMN) {
                if (i > 0) out.append("\n\n");
                out.append(paragraph, i, Math.min(paragraph.length(), i + COLUMN));
            }
        }
        return out.toString();
    }

    /** "file | speaker | words" of every quotation, layout spaces and a closing full stop aside. */
    private static Set<String> quotations(List<Path> files) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Seeds.pipeline().run(SourceFile.given(files), StreamRDFLib.dataset(dsg), Progress.NONE);
        Set<String> out = new TreeSet<>();
        String query = """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?file ?speaker ?words WHERE {
                  ?q nkg:quoteText ?words ; nkg:inArticle/nkg:sourceFile ?file .
                  OPTIONAL { ?q nkg:speaker/rdfs:label ?speaker }
                }""";
        try (QueryExecution qe = QueryExecution.dataset(SeedGraphIT.unionOf(dsg)).query(query).build()) {
            qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("file").getString() + " | "
                    + (r.get("speaker") == null ? "-" : r.getLiteral("speaker").getString()) + " | "
                    + r.getLiteral("words").getString().replaceAll("\\s+", "").replaceAll("[。！？]$", "")));
        }
        return out;
    }
}
