package org.opencompras.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.common.api.PublicId;
import org.opencompras.common.api.ReadSnapshot;
import org.opencompras.common.json.Timestamps;
import org.opencompras.process.ItemRow;

/** Reads one contract with its award, items and process, all from the same state of the data. */
@ApplicationScoped
public class ContractService {

    private static final String AWARD = """
            select a.award_date, a.value_amount, a.value_currency, a.status from award a
            where a.ocid = ? and a.award_id = ?""";

    @Inject
    DataSource dataSource;

    public Optional<ContractDetail> find(String ocid, String contractId, ApiLinks links) {
        return ReadSnapshot.readUnchecked(dataSource, "contract " + contractId + " of " + ocid, c -> {
            ContractItem item;
            ProcessSummary process;
            try (PreparedStatement ps = ContractQueries.detail(ocid, contractId).prepare(c);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                item = ContractQueries.item(rs, links);
                process = ProcurementRows.summary(rs, ocid);
            }
            ContractDetail.AwardRef award = item.awardID() == null ? null : award(c, ocid, item.awardID());
            List<ItemView> items = ProcurementRows.items(c, ocid, ItemRow.CONTRACT, contractId);
            return Optional.of(ContractDetail.of(item, award, items, process));
        });
    }

    private static ContractDetail.AwardRef award(Connection c, String ocid, String awardId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(AWARD)) {
            ps.setString(1, ocid);
            ps.setString(2, awardId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                OffsetDateTime date = rs.getObject("award_date", OffsetDateTime.class);
                return new ContractDetail.AwardRef(PublicId.of(ocid, awardId), awardId,
                        date == null ? null : Timestamps.rfc3339(date), ProcurementRows.amount(rs, "value"),
                        rs.getString("status"));
            }
        }
    }
}
