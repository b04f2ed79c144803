package org.opencompras.prices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.opencompras.common.api.AnswerCache;
import org.opencompras.common.api.CursorCodec;
import org.opencompras.common.api.DataVersion;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.api.Lists;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.ReadSnapshot;
import org.opencompras.common.api.RequestVersion;
import org.opencompras.common.jdbc.Jdbc;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.OrganizationRef;
import org.opencompras.filter.ProcurementFilter;
import org.opencompras.filter.ProcurementFilterParams;

/**
 * Compares unit prices: checks the parameters, computes the classes of a question once per state of the data (the
 * whole answer is cached) and serves them a page at a time, by keyset on the class key.
 */
@ApplicationScoped
public class PriceAnalysis {

    /** The parameters of a price comparison beyond the shared filters, as they arrive. */
    public record Options(String flagMultiple, String flaggedLimit, String limit, String cursor, String includeTotal) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    AnswerCache answers;

    @Inject
    RequestVersion requestVersion;

    @Inject
    CursorCodec cursors;

    @Inject
    PricesConfig config;

    /** The classes that the filters select, across every buyer and supplier. */
    public ListResponse<PriceClass> classes(ProcurementFilterParams filters, Options options, UriInfo uri) {
        ProcurementFilter filter = ProcurementFilter.parse(filters, FilterTarget.AWARD);
        if (filter.classification() == null && filter.q() == null) {
            throw ProblemException.invalidParameter("classification", "give a classification code or prefix "
                    + "(3529, 352900011), or a search `q` (mascarillas): prices are compared within item classes");
        }
        return answer("analytics/prices", filter, null, options, uri);
    }

    /** One supplier's classes: what it sold, to which buyer, at what price. */
    public ListResponse<PriceClass> supplier(String id, ProcurementFilterParams filters, Options options, UriInfo uri) {
        String key = OrganizationRef.identityKey(id).orElseThrow(() -> ProblemException.invalidParameter("id",
                "an organization id as listed by /suppliers (EC-RUC-0993038210001), or a 13-digit RUC (got '"
                        + Params.shown(id) + "')"));
        ProcurementFilter filter = ProcurementFilter.parse(filters, FilterTarget.AWARD);
        long supplierId = supplierId(key)
                .orElseThrow(() -> ProblemException.notFound("No supplier with id '" + Params.shown(id) + "'"));
        return answer("suppliers/prices", filter, supplierId, options, uri);
    }

    private ListResponse<PriceClass> answer(String resource, ProcurementFilter filter, Long supplierId,
                                            Options options, UriInfo uri) {
        BigDecimal multiple = PriceParams.flagMultiple(options.flagMultiple(), config.flagMultiple());
        int flaggedLimit = PriceParams.flaggedLimit(options.flaggedLimit(), config.flaggedPerClass());
        int limit = Params.limit(options.limit());
        Boolean includeTotal = Params.bool("includeTotal", options.includeTotal());
        String question = resource + "\n" + supplierId + "\n" + filter.fingerprint() + "\nmultiple="
                + multiple.toPlainString() + "\nflagged=" + flaggedLimit;
        PriceClassKey after = null;
        if (options.cursor() != null && !options.cursor().isEmpty()) {
            after = PriceClassKey.of(cursors.decode(options.cursor(), question));
            if (after == null) {
                throw ProblemException.invalidParameter(CursorCodec.PARAMETER,
                        "it is not a cursor of this list; use links.next of a previous page");
            }
        }
        DataVersion.Version version = requestVersion.get();
        List<PriceClass> all = answers.get(version, question,
                () -> compute(filter, supplierId, multiple, flaggedLimit));
        int from = 0;
        if (after != null) {
            PriceClassKey position = after;
            while (from < all.size() && PriceClassKey.ORDER.compare(key(all.get(from)), position) <= 0) {
                from++;
            }
        }
        int to = Math.min(all.size(), from + limit);
        String next = to < all.size() ? cursors.encode(question, key(all.get(to - 1)).values()) : null;
        return Lists.of(all.subList(from, to), uri, next, limit, version,
                Boolean.TRUE.equals(includeTotal) ? (long) all.size() : null);
    }

    private List<PriceClass> compute(ProcurementFilter filter, Long supplierId, BigDecimal multiple, int flaggedLimit)
            throws SQLException {
        PriceRows rows = new PriceRows(multiple, flaggedLimit, supplierId == null);
        try {
            return ReadSnapshot.read(dataSource, c -> {
                Jdbc.workMemForTransaction(c, config.workMem());
                try (PreparedStatement statement = PriceQuery.of(filter, supplierId, multiple, flaggedLimit).prepare(c);
                     ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs);
                    }
                }
                return rows.classes();
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not compare prices", e);
        }
    }

    private static PriceClassKey key(PriceClass item) {
        return new PriceClassKey(item.classification().id(), item.classification().scheme(), item.currency(),
                item.unit());
    }

    private Optional<Long> supplierId(String identityKey) {
        String sql = "select o.id from organization o where o.identity_key = ? "
                + "and exists (select 1 from award_supplier w where w.organization_id = o.id)";
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, identityKey);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up supplier " + identityKey, e);
        }
    }
}
