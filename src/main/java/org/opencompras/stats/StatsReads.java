package org.opencompras.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import javax.sql.DataSource;
import org.opencompras.common.api.CountCache;
import org.opencompras.common.api.CursorCodec;
import org.opencompras.common.api.DataVersion;
import org.opencompras.common.api.KeysetLists;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.api.Lists;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.ReadSnapshot;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.jdbc.Jdbc;
import org.opencompras.common.problem.ProblemException;

/**
 * Runs the statistics' queries: in one read-only snapshot, with the memory a grouping of a million rows needs to
 * hash and sort without spilling to disk (set for that transaction only). Pages are read by keyset and their
 * cursors signed as in every list.
 */
@ApplicationScoped
class StatsReads {

    @Inject
    DataSource dataSource;

    @Inject
    StatsConfig config;

    @Inject
    CursorCodec cursors;

    @Inject
    CountCache counts;

    <T> T read(String what, ReadSnapshot.Work<T> work) {
        return ReadSnapshot.readUnchecked(dataSource, what, c -> {
            Jdbc.workMemForTransaction(c, config.workMem());
            return work.run(c);
        });
    }

    /** A page of {@code query}, as {@link KeysetLists#page} reads one. */
    <T> ListResponse<T> page(String resource, String fingerprint, KeysetQuery query, SortOrder order,
                             KeysetLists.PageParams params, KeysetQuery.RowMapper<T> mapper, UriInfo uri,
                             DataVersion.Version version) {
        int limit = Params.limit(params.limit());
        boolean includeTotal = Boolean.TRUE.equals(Params.bool("includeTotal", params.includeTotal()));
        String cursorQuery = resource + "\n" + order.name() + "\n" + fingerprint;
        List<String> after = null;
        if (params.cursor() != null && !params.cursor().isEmpty()) {
            after = cursors.decode(params.cursor(), cursorQuery);
            if (!KeysetQuery.fits(order, after)) {
                throw ProblemException.invalidParameter(CursorCodec.PARAMETER,
                        "it is not a cursor of this list; use links.next of a previous page");
            }
        }
        List<String> position = after;
        return read(resource, c -> {
            KeysetQuery.Page<T> page = query.page(c, order, position, limit, mapper);
            Long total = includeTotal ? counts.count(version, resource + "\n" + fingerprint, () -> query.count(c)) : null;
            String next = page.next() == null ? null : cursors.encode(cursorQuery, page.next());
            return Lists.of(page.rows(), uri, next, limit, version, total);
        });
    }
}
