package org.newskg.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.pipeline.ExtractionReport;
import org.newskg.pipeline.FailurePolicy;
import org.newskg.pipeline.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.pipeline.Progress;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.Iris;
import org.newskg.sink.TdbStore;
import org.newskg.source.SourceFile;

/** The seeds' graph, extracted once per test JVM: several test classes ask questions of it. */
public final class Seeds {
    public static final Instant FIXED_TIME = Instant.parse("2025-01-01T00:00:00Z");
    private static DatasetGraph graph;

    private Seeds() {
    }

    public static Path home() {
        return Path.of(System.getProperty("newskg.home", "..")).toAbsolutePath().normalize();
    }

    public static List<Path> files() {
        try (Stream<Path> s = Files.list(home().resolve("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Pipeline pipeline() {
        return new Pipeline(new ArticleGraphMapper(new Iris(Iris.DEFAULT_BASE), "test", FIXED_TIME));
    }

    public static synchronized DatasetGraph graph() {
        if (graph == null) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            StreamRDF sink = StreamRDFLib.dataset(dsg);
            ExtractionReport report = pipeline().run(SourceFile.given(files()), sink, Progress.NONE);
            if (!report.ok()) throw new IllegalStateException("seed extraction failed: " + report.failures());
            graph = dsg;
        }
        return graph;
    }

    /** Loads {@code files}, each given directly, into {@code store} as the tests want it: a rule that throws fails the load. */
    public static Loader.Result load(Pipeline pipeline, List<Path> files, TdbStore store) throws IOException {
        return new Loader(pipeline).load(SourceFile.given(files), store, Progress.NONE, FailurePolicy.STOP_ON_DEFECT, (f, a) -> { });
    }
}
