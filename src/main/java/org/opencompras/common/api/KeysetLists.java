package org.opencompras.common.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import javax.sql.DataSource;
import org.opencompras.common.problem.ProblemException;

/**
 * Serves one page of a keyset-paged list in the one list shape: reads the cursor (which must come from the same
 * list, sort and filters), the page after it, the next cursor and, when asked, the cached total.
 */
@ApplicationScoped
public class KeysetLists {

    @Inject
    DataSource dataSource;

    @Inject
    CursorCodec cursors;

    @Inject
    CountCache counts;

    @Inject
    RequestVersion requestVersion;

    @Inject
    ExportSlots exportSlots;

    @Inject
    CurrentVertxRequest currentRequest;

    /**
     * The page parameters every list takes, as they arrive.
     *
     * @param limit        the page size (1 to 500, default 50)
     * @param cursor       {@code links.next} of the previous page's, null for the first page
     * @param includeTotal {@code true} to count every matching item
     */
    public record PageParams(String limit, String cursor, String includeTotal) {
    }

    /**
     * @param resource    the list's name ({@code contracts}), so that a cursor of one list is refused by another
     * @param fingerprint the list's filters in a stable form
     */
    public <T> ListResponse<T> page(String resource, String fingerprint, KeysetQuery query, SortOrder order,
                                    PageParams params, KeysetQuery.RowMapper<T> mapper, UriInfo uri) {
        int limit = Params.limit(params.limit());
        Boolean includeTotal = Params.bool("includeTotal", params.includeTotal());
        String cursorQuery = resource + "\n" + order.name() + "\n" + fingerprint;
        List<String> after = null;
        if (params.cursor() != null && !params.cursor().isEmpty()) {
            after = cursors.decode(params.cursor(), cursorQuery);
            if (!KeysetQuery.fits(order, after)) {
                throw ProblemException.invalidParameter(CursorCodec.PARAMETER,
                        "it is not a cursor of this list; use links.next of a previous page");
            }
        }
        DataVersion.Version version = requestVersion.get();
        List<String> position = after;
        return ReadSnapshot.readUnchecked(dataSource, resource, c -> {
            KeysetQuery.Page<T> page = query.page(c, order, position, limit, mapper);
            Long total = Boolean.TRUE.equals(includeTotal)
                    ? counts.count(version, resource + "\n" + fingerprint, () -> query.count(c))
                    : null;
            String next = page.next() == null ? null : cursors.encode(cursorQuery, page.next());
            return Lists.of(page.rows(), uri, next, limit, version, total);
        });
    }

    /**
     * A page of the list, or, when {@code format} or the Accept header asks for CSV or JSON lines, the whole
     * filtered, sorted list streamed in that format (the page parameters are then ignored; {@code HEAD} gets the
     * export's headers without running it).
     */
    public <T> Response pageOrExport(String resource, String fingerprint, KeysetQuery query, SortOrder order,
                                     PageParams params, ExportFormat format, KeysetQuery.RowMapper<T> mapper,
                                     List<ExportColumn<T>> csvColumns, UriInfo uri) {
        if (format != ExportFormat.JSON) {
            return ListExport.response(format, resource, exportSlots, ListExport.rows(query, order, mapper), csvColumns,
                    currentRequest.getCurrent().request().method() == HttpMethod.HEAD);
        }
        return Response.ok(page(resource, fingerprint, query, order, params, mapper, uri), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
