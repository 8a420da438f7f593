package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms newskg writes: its own ontology (nkg:) and the standard vocabularies it reuses. */
public final class Vocab {
    public static final String NKG = "https://w3id.org/newskg/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/newskg/ontology";
    public static final String SCHEMA = "https://schema.org/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    public static final Node TYPE = uri(RDF, "type");
    public static final Node LABEL = uri(RDFS, "label");
    public static final Node ALT_LABEL = uri(SKOS, "altLabel");

    public static final Node ARTICLE = nkg("Article");
    public static final Node PERSON = nkg("Person");
    public static final Node ORGANIZATION = nkg("Organization");
    public static final Node PLACE = nkg("Place");
    public static final Node EVENT = nkg("Event");
    public static final Node QUOTATION = nkg("Quotation");
    public static final Node DIRECT_QUOTATION = nkg("DirectQuotation");
    public static final Node INDIRECT_QUOTATION = nkg("IndirectQuotation");
    public static final Node MENTION = nkg("Mention");
    public static final Node SOURCE_FILE = nkg("SourceFile");

    public static final Node SOURCE_FILE_NAME = nkg("sourceFile");
    /** An article's source key: its file's path under the input root, the identity a re-load replaces by. */
    public static final Node SOURCE_PATH = nkg("sourcePath");
    public static final Node MENTIONED_IN = nkg("mentionedIn");
    public static final Node REFERS_TO = nkg("refersTo");
    public static final Node IN_ARTICLE = nkg("inArticle");
    public static final Node BEGIN_INDEX = nkg("beginIndex");
    public static final Node END_INDEX = nkg("endIndex");
    public static final Node ANCHOR_TEXT = nkg("anchorText");
    public static final Node QUOTE_TEXT = nkg("quoteText");
    public static final Node SPEAKER = nkg("speaker");
    public static final Node SPEAKER_ROLE = nkg("speakerRole");
    public static final Node CUE = nkg("cue");
    public static final Node AT_EVENT = nkg("atEvent");
    public static final Node CONFIDENCE = nkg("confidence");
    public static final Node ATTRIBUTED_BY = nkg("attributedBy");
    public static final Node THEME = nkg("theme");
    public static final Node QUALIFIER = nkg("qualifier");
    public static final Node SHA256 = nkg("sha256");
    public static final Node FILE_NAME = nkg("fileName");
    public static final Node SOFTWARE_VERSION = nkg("softwareVersion");

    public static final Node TITLE = uri(DCT, "title");
    public static final Node DATE = uri(DCT, "date");
    public static final Node PUBLISHER = uri(DCT, "publisher");
    public static final Node AUTHOR = uri(SCHEMA, "author");
    public static final Node START_DATE = uri(SCHEMA, "startDate");
    public static final Node END_DATE = uri(SCHEMA, "endDate");
    public static final Node LOCATION = uri(SCHEMA, "location");
    public static final Node ORGANIZER = uri(SCHEMA, "organizer");
    public static final Node SUPER_EVENT = uri(SCHEMA, "superEvent");
    public static final Node ATTENDEE = uri(SCHEMA, "attendee");

    public static final Node MEMBERSHIP = uri(ORG, "Membership");
    public static final Node ROLE = uri(ORG, "Role");
    public static final Node MEMBER = uri(ORG, "member");
    public static final Node ORGANIZATION_OF = uri(ORG, "organization");
    public static final Node ROLE_OF = uri(ORG, "role");
    public static final Node SUB_ORGANIZATION_OF = uri(ORG, "subOrganizationOf");

    public static final Node ACTIVITY = uri(PROV, "Activity");
    public static final Node WAS_GENERATED_BY = uri(PROV, "wasGeneratedBy");
    public static final Node WAS_DERIVED_FROM = uri(PROV, "wasDerivedFrom");
    public static final Node STARTED_AT_TIME = uri(PROV, "startedAtTime");

    private Vocab() {
    }

    /** A term of the newskg ontology by its local name (other term sets, such as the statistics graph's, are minted with it too). */
    public static Node nkg(String local) {
        return uri(NKG, local);
    }

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }
}
