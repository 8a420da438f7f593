package org.newskg.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerFactory;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * SPARQL's {@code DESCRIBE <iri>} answered with what {@code /id/} serves for that IRI
 * ({@link ResourceDescription}): its own statements, the statements that point to it (a person's
 * positions and quotations), and the neighbours' labels, titles and types. Jena's own handler
 * gives only the outgoing statements (and their blank nodes), which for an entity is a type and a
 * label or two; it stays registered, so its statements are part of the answer too.
 *
 * <p>Registered as a Jena subsystem (META-INF/services), so every query run in newskg's process
 * describes this way: the server's and in-process ones alike.
 */
public final class LinkedDataDescribe implements DescribeHandlerFactory, JenaSubsystemLifecycle {
    @Override
    public DescribeHandler create() {
        return new Handler();
    }

    @Override
    public void start() {
        DescribeHandlerRegistry.get().add(this);
    }

    @Override
    public void stop() {
        DescribeHandlerRegistry.get().remove(this);
    }

    @Override
    public int level() {
        return 500; // after ARQ (30), whose registry this adds to
    }

    private static final class Handler implements DescribeHandler {
        private Model accumulated;
        private Model data;

        @Override
        public void start(Model accumulateResultModel, Context context) {
            this.accumulated = accumulateResultModel;
            this.data = dataOf(context.get(ARQConstants.sysCurrentDataset));
        }

        @Override
        public void describe(Resource r) {
            if (r.isURIResource() && data != null) accumulated.add(ResourceDescription.describe(data, r.asNode()));
        }

        @Override
        public void finish() {
            // nothing kept between resources
        }
    }

    /**
     * What the description is read from: the union of the named graphs, where newskg keeps
     * everything (the server's default graph), or the default graph when that holds the data (a
     * model queried in-process). Null when the query runs over no dataset.
     */
    static Model dataOf(Object current) {
        DatasetGraph dataset = current instanceof Dataset d ? d.asDatasetGraph() : current instanceof DatasetGraph g ? g : null;
        if (dataset == null) return null;
        Graph graph = dataset.getDefaultGraph().isEmpty() ? dataset.getUnionGraph() : dataset.getDefaultGraph();
        return ModelFactory.createModelForGraph(graph);
    }
}
