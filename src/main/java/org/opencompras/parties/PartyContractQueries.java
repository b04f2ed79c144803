package org.opencompras.parties;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.OffsetDateTime;
import java.util.List;
import org.opencompras.common.api.Amount;
import org.opencompras.common.api.DateRange;
import org.opencompras.common.api.KeysetQuery;
import org.opencompras.common.api.OrganizationSummary;
import org.opencompras.common.api.PublicId;
import org.opencompras.common.api.Sql;
import org.opencompras.filter.FilterTarget;
import org.opencompras.filter.OrganizationRef;
import org.opencompras.filter.ProcurementFilter;
import org.opencompras.processes.ProcessLinks;

/** The contracts of one supplier (those of its awards) or one buyer (those of its processes): query and mapper. */
final class PartyContractQueries {

    private static final String SELECT = """
            c.ocid, c.contract_id, c.award_id, c.title, c.status, c.date_signed, c.period_start, c.period_end,
            c.value_amount, c.value_currency, p.procurement_method, p.procurement_method_details, p.emergency,
            b.identity_key as buyer_key, coalesce(p.buyer_name, b.name) as buyer_name,
            (select json_agg(json_build_object('key', so.identity_key, 'name', coalesce(s.name, so.name))
                 order by so.identity_key)
             from award_supplier s join organization so on so.id = s.organization_id
             where s.ocid = c.ocid and s.award_id = c.award_id)::text as suppliers""";

    private record SupplierRef(String key, String name) {
    }

    private static final TypeReference<List<SupplierRef>> SUPPLIERS = new TypeReference<>() {
    };

    private PartyContractQueries() {
    }

    static KeysetQuery list(PartyRole role, long organizationId, ProcurementFilter filter) {
        Sql from = new Sql();
        Sql where = new Sql();
        if (role == PartyRole.SUPPLIER) {
            // One award_supplier row per award and organization: each contract of the supplier comes once.
            from.append("award_supplier w join contract c on c.ocid = w.ocid and c.award_id = w.award_id ");
            where.append("w.organization_id = ?", organizationId);
        } else {
            from.append("contract c ");
            where.append("p.buyer_id = ?", organizationId);
        }
        from.append("join process p on p.ocid = c.ocid left join organization b on b.id = p.buyer_id");
        Sql filters = filter.where(FilterTarget.CONTRACT);
        if (!filters.isEmpty()) {
            where.append(" and ").append(filters);
        }
        return new KeysetQuery(SELECT, from, where);
    }

    static KeysetQuery.RowMapper<ContractItem> mapper(ProcessLinks links) {
        return rs -> {
            String ocid = rs.getString("ocid");
            String contractId = rs.getString("contract_id");
            String buyerKey = rs.getString("buyer_key");
            OffsetDateTime start = rs.getObject("period_start", OffsetDateTime.class);
            OffsetDateTime end = rs.getObject("period_end", OffsetDateTime.class);
            String suppliersJson = rs.getString("suppliers");
            List<OrganizationSummary> suppliers = suppliersJson == null ? List.of()
                    : OrganizationFacts.read(suppliersJson, SUPPLIERS).stream()
                            .map(s -> new OrganizationSummary(OrganizationRef.id(s.key()), s.name())).toList();
            return new ContractItem(PublicId.of(ocid, contractId), ocid, contractId, rs.getString("award_id"),
                    rs.getString("title"), rs.getString("status"),
                    OrganizationQueries.time(rs.getObject("date_signed", OffsetDateTime.class)),
                    start == null && end == null ? null
                            : new DateRange(OrganizationQueries.time(start), OrganizationQueries.time(end)),
                    Amount.of(rs.getBigDecimal("value_amount"), rs.getString("value_currency")),
                    buyerKey == null ? null : new OrganizationSummary(OrganizationRef.id(buyerKey),
                            rs.getString("buyer_name")),
                    suppliers, rs.getString("procurement_method"), rs.getString("procurement_method_details"),
                    rs.getBoolean("emergency"), new ContractItem.Links(links.process(ocid), links.record(ocid)));
        };
    }
}
