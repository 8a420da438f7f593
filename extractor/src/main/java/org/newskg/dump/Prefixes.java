package org.newskg.dump;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.newskg.rdf.Vocab;

/** The prefixes the dumps, the VoID description and the resource pages write: newskg's vocabularies. */
public final class Prefixes {
    private Prefixes() {
    }

    public static PrefixMap all() {
        PrefixMap p = PrefixMapFactory.create();
        p.add("nkg", Vocab.NKG);
        p.add("schema", Vocab.SCHEMA);
        p.add("org", Vocab.ORG);
        p.add("dct", Vocab.DCT);
        p.add("prov", Vocab.PROV);
        p.add("skos", Vocab.SKOS);
        p.add("rdfs", Vocab.RDFS);
        p.add("rdf", Vocab.RDF);
        p.add("xsd", Vocab.XSD);
        p.add("owl", "http://www.w3.org/2002/07/owl#");
        p.add("void", VoidDescription.VOID);
        p.add("dcat", VoidDescription.DCAT);
        return p;
    }
}
