package org.newskg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newskg.dump.DumpWriter;
import org.newskg.dump.VoidDescription;
import org.newskg.rdf.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Write a database's quads as N-Quads (gzip), TriG and JSON-LD, streaming, with a VoID + DCAT"
                + " description (void.ttl) beside them. `serve` serves the files of DIR/dumps at /dumps/ and the"
                + " description at /.well-known/void.")
final class DumpCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the dumps (default: DB/dumps, where the server finds them).")
    Path output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "The base the database's IRIs were minted under (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--server", paramLabel = "URL", defaultValue = "http://127.0.0.1:3030",
            description = "Public address of the server, for the endpoint and download links (default: ${DEFAULT-VALUE}).")
    String server;

    @Option(names = "--license", paramLabel = "IRI", defaultValue = VoidDescription.DEFAULT_LICENSE,
            description = "Licence of the data (default: ${DEFAULT-VALUE}).")
    String license;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Inputs.requireDatabase(db, spec);
        Path dir = output != null ? output : db.resolve("dumps");
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(db.toAbsolutePath().normalize().toString());
        DumpWriter.Result r = DumpWriter.write(dataset, dir);
        var pub = new VoidDescription.Publication(base, server, license, ExtractionOptions.runTime());
        try (OutputStream out = Files.newOutputStream(dir.resolve(VoidDescription.FILE))) {
            RDFDataMgr.write(out, VoidDescription.describe(dataset, r.quads(), r.files(), pub), RDFFormat.TURTLE_PRETTY);
        }
        spec.commandLine().getErr().printf("newskg: dumped %d quads to %s (%s, %s, %s, %s)%n", r.quads(), dir,
                DumpWriter.NQUADS, DumpWriter.TRIG, DumpWriter.JSONLD, VoidDescription.FILE);
        return 0;
    }
}
