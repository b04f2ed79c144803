package org.opencompras.common.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.opencompras.common.problem.ProblemException;

/**
 * Serves one page of a keyset list in the one list shape: reads the cursor (refused unless it was issued for
 * the same query and order), reads the page, counts the matches when asked (cached per data version) and
 * issues the next page's cursor.
 */
@ApplicationScoped
public class KeysetPager {

    /**
     * What was asked for, checked.
     *
     * @param query        the resource, its sort and its filters in a stable form: cursors are tied to it
     * @param limit        the page size
     * @param cursor       the cursor of a previous page, or null for the first page
     * @param includeTotal whether to count every matching item
     */
    public record Request(String query, int limit, String cursor, boolean includeTotal) {

        /** Reads the shared paging parameters; a bad one is answered with a 400 naming it. */
        public static Request of(String query, String limit, String cursor, String includeTotal) {
            return new Request(query, Params.limit(limit), cursor == null || cursor.isEmpty() ? null : cursor,
                    Boolean.TRUE.equals(Params.bool("includeTotal", includeTotal)));
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    CursorCodec cursors;

    @Inject
    CountCache counts;

    @Inject
    RequestVersion version;

    public <T> ListResponse<T> page(KeysetQuery query, SortOrder order, Request request,
                                    KeysetQuery.RowMapper<T> mapper, UriInfo uri) {
        List<String> after = null;
        if (request.cursor() != null) {
            after = cursors.decode(request.cursor(), request.query());
            if (!KeysetQuery.fits(order, after)) {
                throw ProblemException.invalidParameter(CursorCodec.PARAMETER,
                        "it does not fit this list's order; use links.next of a previous page");
            }
        }
        try (Connection c = dataSource.getConnection()) {
            KeysetQuery.Page<T> page = query.page(c, order, after, request.limit(), mapper);
            Long total = request.includeTotal() ? counts.count(version.get(), request.query(), () -> query.count(c))
                    : null;
            String next = page.next() == null ? null : cursors.encode(request.query(), page.next());
            return Lists.of(page.rows(), uri, next, request.limit(), version.get(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a page of " + request.query(), e);
        }
    }
}
