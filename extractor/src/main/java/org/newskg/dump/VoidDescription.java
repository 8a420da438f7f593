package org.newskg.dump;

import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Vocab;

/**
 * The VoID and DCAT description of a database: its size (quads), the entities of each class, the
 * licence, when it was described, the SPARQL endpoint, the IRI space, the vocabularies, and the dump
 * files with their download addresses, media types and sizes. {@code newskg dump} writes it beside the
 * dumps as {@value #FILE}; the server serves it at {@code /.well-known/void}.
 */
public final class VoidDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String FILE = "void.ttl";
    public static final String DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    /**
     * Where the data is published: the IRI base of its entities, the server's address (endpoint at
     * {@code /newskg/sparql}, dumps under {@code /dumps/}), the licence and the time of description.
     */
    public record Publication(String base, String server, String license, Instant described) {
        public Publication {
            server = server.replaceAll("/+$", "");
        }

        public String endpoint() {
            return server + "/newskg/sparql";
        }

        public String dump(String file) {
            return server + "/dumps/" + file;
        }
    }

    private VoidDescription() {
    }

    public static Model describe(DatasetGraph dataset, long quads, List<DumpWriter.DumpFile> files, Publication pub) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.all().getMapping());
        Resource ds = m.createResource(pub.base() + "dataset");
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset"))
          .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
          .addProperty(DCTerms.title, m.createLiteral("newskg: people, organizations, places, events, positions and quotations of Chinese news", "en"))
          .addProperty(DCTerms.title, m.createLiteral("newskg：中文新闻中的人物、机构、地点、事件、职务与引语", "zh-Hans"))
          .addProperty(DCTerms.description, m.createLiteral("Extracted by newskg from Chinese news text; every fact points to its article"
                  + " and to code point offsets in the source file. void:triples counts the stored quads.", "en"))
          .addProperty(DCTerms.license, m.createResource(pub.license()))
          .addProperty(DCTerms.rights, m.createLiteral("Quotation texts, titles and anchor texts are excerpts of the source"
                  + " articles and remain their publishers' copyright.", "en"))
          .addProperty(DCTerms.modified, m.createTypedLiteral(pub.described().toString(), XSDDatatype.XSDdateTime))
          .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(pub.endpoint()))
          .addProperty(m.createProperty(VOID, "uriSpace"), pub.base())
          .addProperty(m.createProperty(VOID, "rootResource"), m.createResource(Vocab.ONTOLOGY))
          .addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(quads));
        for (String v : List.of(Vocab.NKG, Vocab.SCHEMA, Vocab.ORG, Vocab.DCT, Vocab.PROV, Vocab.SKOS)) {
            ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(v));
        }
        classPartitions(dataset, m, ds);
        for (DumpWriter.DumpFile f : files) distribution(m, ds, f, pub);
        Resource service = m.createResource(pub.endpoint())
                .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .addProperty(m.createProperty(DCAT, "endpointURL"), m.createResource(pub.endpoint()))
                .addProperty(m.createProperty(DCAT, "servesDataset"), ds);
        ds.addProperty(m.createProperty(DCAT, "accessService"), service);
        return m;
    }

    /** One void:classPartition per class, with the number of distinct subjects of that class. */
    private static void classPartitions(DatasetGraph dataset, Model m, Resource ds) {
        String q = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c ORDER BY ?c";
        Txn.executeRead(dataset, () -> {
            Model union = ModelFactory.createModelForGraph(dataset.getUnionGraph());
            try (QueryExecution qe = QueryExecution.model(union).query(q).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var row = rs.next();
                    String cls = row.getResource("c").getURI();
                    long n = row.getLiteral("n").getLong();
                    Resource part = m.createResource(ds.getURI() + "/class/" + cls.replaceAll("[^A-Za-z0-9]+", "_"));
                    part.addProperty(m.createProperty(VOID, "class"), m.createResource(cls))
                        .addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(n));
                    ds.addProperty(m.createProperty(VOID, "classPartition"), part);
                }
            }
            String all = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(STRSTARTS(STR(?c), \"" + Vocab.NKG + "\")) }";
            try (QueryExecution qe = QueryExecution.model(union).query(all).build()) {
                long entities = qe.execSelect().next().getLiteral("n").getLong();
                ds.addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(entities));
            }
        });
    }

    private static void distribution(Model m, Resource ds, DumpWriter.DumpFile f, VoidDescription.Publication pub) {
        Resource url = m.createResource(pub.dump(f.name()));
        ds.addProperty(m.createProperty(VOID, "dataDump"), url);
        Resource dist = m.createResource(pub.base() + "dataset/dump/" + f.name())
                .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                .addProperty(m.createProperty(DCAT, "downloadURL"), url)
                .addProperty(m.createProperty(DCAT, "mediaType"),
                        m.createResource("https://www.iana.org/assignments/media-types/" + f.mediaType()))
                .addLiteral(m.createProperty(DCAT, "byteSize"), m.createTypedLiteral(f.bytes()))
                .addProperty(DCTerms.license, m.createResource(pub.license()));
        if (f.name().endsWith(".gz")) {
            dist.addProperty(m.createProperty(DCAT, "compressFormat"),
                    m.createResource("https://www.iana.org/assignments/media-types/application/gzip"));
        }
        ds.addProperty(m.createProperty(DCAT, "distribution"), dist);
    }
}
