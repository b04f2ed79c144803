package org.opencompras.parties;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.opencompras.common.api.ExportColumn;
import org.opencompras.common.api.ExportFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.common.api.KeysetLists;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.api.Params;
import org.opencompras.common.api.SortOrder;
import org.opencompras.common.api.Sql;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.contract.ContractItem;
import org.opencompras.contract.ContractQueries;
import org.opencompras.contract.ProcurementRows;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.OrganizationRef;
import org.opencompras.filter.ProcurementFilter;
import org.opencompras.filter.ProcurementFilterParams;

/** What the supplier and buyer endpoints do, for either role: parameters checked, ids resolved, pages read. */
@ApplicationScoped
class Parties {

    @Inject
    KeysetLists lists;

    @Inject
    DataSource dataSource;

    /** The paging parameters every list shares. */
    record Paging(String sort, String limit, String cursor, String includeTotal) {

        KeysetLists.PageParams page() {
            return new KeysetLists.PageParams(limit, cursor, includeTotal);
        }
    }

    /** A page of the list, or with {@code format} csv or ndjson (or the same asked by Accept) the whole list. */
    Response list(PartyRole role, OrganizationFilter filter, Paging paging, String format, HttpHeaders headers,
                  UriInfo uri) {
        SortOrder order = OrganizationSort.parse(paging.sort(), filter);
        return lists.pageOrExport(role.plural(), filter.fingerprint(), OrganizationQueries.list(role, filter), order,
                paging.page(), ExportFormat.negotiate(format, headers.getAcceptableMediaTypes()),
                OrganizationQueries.mapper(role, PartyLinks.of(uri)), CSV_COLUMNS, uri);
    }

    /** The CSV columns of the supplier and buyer lists; contract values per currency are written "USD 1500.00 (3)". */
    static final List<ExportColumn<OrganizationItem>> CSV_COLUMNS = List.of(
            ExportColumn.of("id", OrganizationItem::id),
            ExportColumn.of("name", OrganizationItem::name),
            ExportColumn.of("identifier.scheme", item -> item.identifier() == null ? null : item.identifier().scheme()),
            ExportColumn.of("identifier.id", item -> item.identifier() == null ? null : item.identifier().id()),
            ExportColumn.of("ruc.valid", item -> item.ruc() == null ? null : item.ruc().valid()),
            ExportColumn.of("ruc.type", item -> item.ruc() == null ? null : item.ruc().type()),
            ExportColumn.of("totals.awards", item -> item.totals().awards()),
            ExportColumn.of("totals.contracts", item -> item.totals().contracts()),
            ExportColumn.of("totals.values", item -> item.totals().values().stream()
                    .map(value -> value.currency() + " " + value.amount().toPlainString() + " (" + value.count() + ")")
                    .toList()),
            ExportColumn.of("links.self", item -> item.links().self()));

    OrganizationProfile profile(PartyRole role, String id, UriInfo uri) {
        String key = identityKey(id);
        try (Connection c = dataSource.getConnection()) {
            return OrganizationQueries.profile(c, role, key, PartyLinks.of(uri)).orElseThrow(() -> notFound(role, id));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + role.singular() + " " + key, e);
        }
    }

    ListResponse<ContractItem> contracts(PartyRole role, String id, ProcurementFilterParams filters, Paging paging,
                                         UriInfo uri) {
        String key = identityKey(id);
        ProcurementFilter filter = ProcurementFilter.parse(filters, FilterTarget.CONTRACT);
        SortOrder order = ContractQueries.sort(paging.sort(), filter);
        long organizationId = organizationId(role, key, id);
        // The contract list's own query and items, restricted to the organization's contracts.
        KeysetQuery contracts = ContractQueries.list(filter, order);
        Sql from = contracts.from();
        Sql where = new Sql().append("p.buyer_id = ?", organizationId);
        if (role == PartyRole.SUPPLIER) {
            // From the supplier's awards to their contracts, each contract once (one row per award and supplier).
            from = new Sql().append("award_supplier l join lateral (" + CounterpartQueries.AWARD_CONTRACTS
                    + " offset 0) c on true join process p on p.ocid = c.ocid" + ProcurementRows.PROCESS_JOINS);
            if (order.name().equals(ProcurementFilter.RELEVANCE)) {
                from.append(filter.searchJoin());
            }
            where = new Sql().append("l.organization_id = ?", organizationId);
        }
        if (!contracts.where().isEmpty()) {
            where.append(" and (").append(contracts.where()).append(")");
        }
        ApiLinks links = ApiLinks.of(uri);
        return lists.page(role.plural() + "/contracts", key + "\n" + filter.fingerprint(),
                new KeysetQuery(contracts.select(), from, where), order, paging.page(),
                rs -> ContractQueries.item(rs, links), uri);
    }

    ListResponse<CounterpartItem> counterparts(PartyRole role, String id, String currencyParam, Paging paging,
                                               UriInfo uri) {
        String key = identityKey(id);
        String currency = Params.currency("currency", currencyParam);
        SortOrder order = CounterpartSort.parse(paging.sort(), currency);
        long organizationId = organizationId(role, key, id);
        return lists.page(role.plural() + "/" + role.counterpart().plural(), key + "\n" + currency,
                CounterpartQueries.list(role, organizationId, currency), order, paging.page(),
                CounterpartQueries.mapper(role, PartyLinks.of(uri)), uri);
    }

    private long organizationId(PartyRole role, String key, String id) {
        try (Connection c = dataSource.getConnection()) {
            return OrganizationQueries.organizationId(c, role, key).orElseThrow(() -> notFound(role, id));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up " + role.singular() + " " + key, e);
        }
    }

    private static String identityKey(String id) {
        return OrganizationRef.identityKey(id).orElseThrow(() -> ProblemException.invalidParameter("id",
                "an organization id as listed by /suppliers or /buyers (EC-RUC-0993038210001), or a 13-digit RUC "
                        + "(got '" + Params.shown(id) + "')"));
    }

    private static ProblemException notFound(PartyRole role, String id) {
        return ProblemException.notFound("No " + role.singular() + " with id '" + Params.shown(id) + "'");
    }
}
