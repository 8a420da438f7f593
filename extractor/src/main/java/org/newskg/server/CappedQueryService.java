package org.newskg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ResponseDataset;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
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
 * <li>The timeout (the configuration's {@code arq:queryTimeout}, or a shorter {@code ?timeout=}
 * seconds) cuts the query when it strikes, whatever the query is doing: {@link QueryDeadline}.
 * An error raised while a cut query closes (Jena 5.6 fails closing a hash join it had not
 * started) is answered as the timeout it is.</li>
 * </ul>
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    static final String MAX_ROWS_HEADER = "X-SPARQL-MaxRows";
    private static final String DEADLINE = QueryDeadline.class.getName();
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

    /** As Fuseki builds it (the action's context, its timeouts), with the cancel signal of a {@link QueryDeadline}. */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Pair<Long, Long> timeouts = timeouts(action);
        QueryDeadline deadline = new QueryDeadline(timeouts.getLeft(), timeouts.getRight());
        action.getRequest().setAttribute(DEADLINE, deadline);
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().dataset(dataset).query(capped(query))
                .context(action.getContext()).set(ARQConstants.symCancelQuery, deadline.signal());
        if (timeouts.getLeft() > 0) builder.initialTimeout(timeouts.getLeft(), TimeUnit.MILLISECONDS);
        if (timeouts.getRight() > 0) builder.overallTimeout(timeouts.getRight(), TimeUnit.MILLISECONDS);
        return builder.build();
    }

    /** (until the first row, overall) in ms, -1 for none: the configuration's, or the request's {@code timeout} (seconds) when shorter. */
    static Pair<Long, Long> timeouts(HttpAction action) {
        Pair<Long, Long> configured = parse(action.getContext().getAsString(ARQ.queryTimeout), TimeUnit.MILLISECONDS);
        Pair<Long, Long> asked = parse(action.getRequestParameter("timeout"), TimeUnit.SECONDS);
        return Pair.create(shorter(configured.getLeft(), asked.getLeft()), shorter(configured.getRight(), asked.getRight()));
    }

    private static Pair<Long, Long> parse(String value, TimeUnit unit) {
        Pair<Long, Long> p = value == null ? null : Timeouts.parseTimeoutStr(value, unit);
        return p == null ? Pair.create(-1L, -1L) : p;
    }

    private static long shorter(long configured, long asked) {
        if (configured < 0) return asked;
        return asked > 0 ? Math.min(configured, asked) : configured;
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
        QueryDeadline deadline = (QueryDeadline) action.getRequest().getAttribute(DEADLINE);
        try (deadline) {
            return requestQuery.isSelectType() ? rows(action, exec, deadline)
                    : super.executeQuery(action, exec, requestQuery, queryStringLog);
        } catch (RuntimeException e) {
            if (deadline.struck() && !(e instanceof QueryCancelledException)) {
                QueryCancelledException cut = new QueryCancelledException();
                cut.addSuppressed(e);
                throw cut;
            }
            throw e;
        }
    }

    /** All the rows up to the cap, read before anything is sent. */
    private QueryExecResult rows(HttpAction action, QueryExec exec, QueryDeadline deadline) {
        RowSet rows = exec.select();
        List<Binding> kept = new ArrayList<>();
        if (rows.hasNext()) deadline.firstRow();
        while (kept.size() <= maxRows && rows.hasNext()) kept.add(rows.next());
        if (kept.size() > maxRows) {
            kept.remove(maxRows);
            action.setResponseHeader(MAX_ROWS_HEADER, Integer.toString(maxRows));
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }
}
