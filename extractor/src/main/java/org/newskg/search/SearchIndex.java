package org.newskg.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The Lucene index behind {@code text:query}, defined once in the Fuseki configuration's dataset
 * section (which predicates go into which field, the analyzer) and kept in the database folder, in
 * {@value #FOLDER}/. The server opens it through that definition; a load rebuilds it from the
 * database through the same definition, so what a query finds is what the database holds. Each
 * distinct (subject, predicate, text) is indexed once, whatever the number of graphs stating it.
 */
public final class SearchIndex {
    public static final String FOLDER = "lucene";

    private SearchIndex() {
    }

    /** The folder of the index of the database {@code db}. */
    public static Path folder(Path db) {
        return db.toAbsolutePath().normalize().resolve(FOLDER);
    }

    /** {@code config} with every text:directory pointing into {@code db}; returns {@code config}. */
    public static Model pointAt(Model config, Path db) {
        List<Statement> dirs = config.listStatements(null, TextVocab.pDirectory, (org.apache.jena.rdf.model.RDFNode) null).toList();
        for (Statement s : dirs) {
            config.remove(s);
            config.add(s.getSubject(), TextVocab.pDirectory, config.createResource(folder(db).toUri().toString()));
        }
        return config;
    }

    /**
     * Rebuilds the index of {@code db} from {@code dataset} with the definition in {@code configFile};
     * returns the number of texts indexed. Does nothing (returns -1) when the configuration defines
     * no Lucene text index.
     */
    public static long rebuild(Path configFile, Path db, DatasetGraph dataset) {
        TextIndex index = open(configFile, db);
        if (index == null) return -1;
        try {
            return rebuild(index, dataset);
        } finally {
            index.close();
        }
    }

    /**
     * The index of {@code db} as {@code configFile} defines it, open for writing (close it), or
     * null when there is no such file or it defines no Lucene text index.
     */
    public static TextIndex open(Path configFile, Path db) {
        if (!Files.isRegularFile(configFile)) return null;
        Model config = pointAt(RDFDataMgr.loadModel(configFile.toString()), db);
        List<Resource> indexes = config.listSubjectsWithProperty(RDF.type, TextVocab.textIndexLucene).toList();
        return indexes.isEmpty() ? null : (TextIndex) Assembler.general().open(indexes.get(0));
    }

    /** Replaces everything {@code index} holds with the texts of {@code dataset}'s union graph. */
    public static long rebuild(TextIndex index, DatasetGraph dataset) {
        if (!(index instanceof TextIndexLucene lucene)) throw new TextIndexException("not a Lucene index: " + index);
        EntityDefinition def = index.getDocDef();
        try {
            lucene.getIndexWriter().deleteAll();
            long n = Txn.calculateRead(dataset, () -> addAll(index, def, dataset));
            index.commit();
            return n;
        } catch (java.io.IOException e) {
            index.rollback();
            throw new TextIndexException(e);
        }
    }

    private static long addAll(TextIndex index, EntityDefinition def, DatasetGraph dataset) {
        long n = 0;
        for (Node predicate : predicates(def)) {
            // the union graph gives each triple once, however many article graphs state it
            Iterator<Triple> it = dataset.getUnionGraph().find(Node.ANY, predicate, Node.ANY);
            while (it.hasNext()) n += add(index, def, it.next());
        }
        return n;
    }

    /** The predicates whose texts the index holds. */
    static Set<Node> predicates(EntityDefinition def) {
        // fields() names a field once per predicate mapped to it: collect the predicates as a set
        Set<Node> predicates = new LinkedHashSet<>();
        for (String field : def.fields()) predicates.addAll(def.getPredicates(field));
        return predicates;
    }

    /** Indexes one triple of the union graph; returns 1, or 0 when its object is not a text. */
    static int add(TextIndex index, EntityDefinition def, Triple t) {
        Entity e = TextQueryFuncs.entityFromQuad(def, Quad.create(Quad.defaultGraphIRI, t));
        if (e == null) return 0;
        index.addEntity(e);
        return 1;
    }

    /** The text index a served dataset searches with, or null when it has none. */
    public static TextIndex of(DatasetGraph dataset) {
        for (DatasetGraph d = dataset; d != null; d = d instanceof DatasetGraphWrapper w ? w.getWrapped() : null) {
            if (d instanceof DatasetGraphText text) return text.getTextIndex();
        }
        return null;
    }
}
