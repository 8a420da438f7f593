package org.newskg.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ResponseDataset;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's SPARQL query operation made fit for a public endpoint.
 * <ul>
 * <li>A SELECT, CONSTRUCT or DESCRIBE without a LIMIT, or with one above the cap, runs with
 * LIMIT cap+1. A SELECT's rows are all read before the first byte is sent, so the query timeout,
 * when it strikes, gives the client an HTTP error instead of a 200 that ends in broken JSON; the
 * cap bounds the memory this takes. A result longer than the cap is cut to the cap and says so in
 * the header {@value #MAX_ROWS_HEADER} (Virtuoso's name for it).</li>
 * <li>A GET without a query answers the SPARQL Service Description, or, for a browser, sends it to
 * the query page of the UI.</li>
 * </ul>
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    static final String MAX_ROWS_HEADER = "X-SPARQL-MaxRows";
    private final int maxRows;

    CappedQueryService(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestParameter("query") != null) {
            super.execGet(action);
        } else if (prefersHtml(action.getRequestHeader("Accept"))) {
            action.setResponseHeader("Location", WebUi.queryPage(action.getDatasetName()));
            action.setResponseStatus(303);
        } else {
            ResponseDataset.doResponseModel(action, ServiceDescription.of(action.getRequestRequestURL(), maxRows));
        }
    }

    private static boolean prefersHtml(String accept) {
        if (accept == null) return false;
        MediaType best = AcceptList.match(new AcceptList(accept), AcceptList.create("text/turtle", "text/html"));
        return best != null && "text/html".equals(best.getContentTypeStr());
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, capped(query), dataset);
    }

    private Query capped(Query query) {
        boolean solutions = query.isSelectType() || query.isConstructType() || query.isDescribeType();
        if (!solutions || (query.hasLimit() && query.getLimit() <= maxRows)) return query;
        Query capped = query.cloneQuery();
        capped.setLimit(maxRows + 1L);
        return capped;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query requestQuery, String queryStringLog) {
        if (!requestQuery.isSelectType()) return super.executeQuery(action, exec, requestQuery, queryStringLog);
        RowSet rows = exec.select();
        List<Binding> kept = new ArrayList<>();
        while (kept.size() <= maxRows && rows.hasNext()) kept.add(rows.next());
        if (kept.size() > maxRows) {
            kept.remove(maxRows);
            action.setResponseHeader(MAX_ROWS_HEADER, Integer.toString(maxRows));
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }
}
