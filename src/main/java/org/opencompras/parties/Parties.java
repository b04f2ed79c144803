package org.opencompras.parties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.opencompras.common.api.KeysetPager;
import org.opencompras.common.api.ListResponse;
import org.opencompras.common.api.Params;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.OrganizationRef;
import org.opencompras.filter.ProcurementFilter;
import org.opencompras.filter.ProcurementFilterParams;
import org.opencompras.processes.ProcessLinks;

/** What the supplier and buyer endpoints do, for either role: parameters checked, ids resolved, pages read. */
@ApplicationScoped
class Parties {

    @Inject
    KeysetPager pager;

    @Inject
    DataSource dataSource;

    /** The paging parameters every list shares. */
    record Paging(String sort, String limit, String cursor, String includeTotal) {
    }

    ListResponse<OrganizationItem> list(PartyRole role, OrganizationFilter filter, Paging paging, UriInfo uri) {
        OrganizationSort sort = OrganizationSort.parse(paging.sort(), filter);
        var request = KeysetPager.Request.of(role.plural() + "\n" + sort.order().name() + "\n" + filter.fingerprint(),
                paging.limit(), paging.cursor(), paging.includeTotal());
        return pager.page(OrganizationQueries.list(role, filter), sort.order(), request,
                OrganizationQueries.mapper(role, PartyLinks.of(uri)), uri);
    }

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
        ContractSort sort = ContractSort.parse(paging.sort(), filter);
        var request = KeysetPager.Request.of(role.plural() + "/contracts\n" + key + "\n" + sort.order().name() + "\n"
                + filter.fingerprint(), paging.limit(), paging.cursor(), paging.includeTotal());
        long organizationId = organizationId(role, key, id);
        return pager.page(PartyContractQueries.list(role, organizationId, filter), sort.order(), request,
                PartyContractQueries.mapper(ProcessLinks.of(uri)), uri);
    }

    ListResponse<CounterpartItem> counterparts(PartyRole role, String id, String currencyParam, Paging paging,
                                               UriInfo uri) {
        String key = identityKey(id);
        String currency = Params.currency("currency", currencyParam);
        CounterpartSort sort = CounterpartSort.parse(paging.sort(), currency);
        var request = KeysetPager.Request.of(role.plural() + "/" + role.counterpart().plural() + "\n" + key + "\n"
                + sort.order().name() + "\n" + currency, paging.limit(), paging.cursor(), paging.includeTotal());
        long organizationId = organizationId(role, key, id);
        return pager.page(CounterpartQueries.list(role, organizationId, currency), sort.order(), request,
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
