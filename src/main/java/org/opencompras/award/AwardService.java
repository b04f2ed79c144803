package org.opencompras.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.opencompras.common.api.ApiLinks;
import org.opencompras.common.api.PublicId;
import org.opencompras.common.api.ReadSnapshot;
import org.opencompras.contract.ItemView;
import org.opencompras.contract.ProcessSummary;
import org.opencompras.contract.ProcurementRows;
import org.opencompras.process.ItemRow;

/** Reads one award with its contracts, items and process, all from the same state of the data. */
@ApplicationScoped
public class AwardService {

    private static final String CONTRACTS = """
            select c.contract_id from contract c where c.ocid = ? and c.award_id = ? order by c.contract_id""";

    @Inject
    DataSource dataSource;

    public Optional<AwardDetail> find(String ocid, String awardId, ApiLinks links) {
        return ReadSnapshot.readUnchecked(dataSource, "award " + awardId + " of " + ocid, c -> {
            AwardItem item;
            ProcessSummary process;
            try (PreparedStatement ps = AwardQueries.detail(ocid, awardId).prepare(c);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                item = AwardQueries.item(rs, links);
                process = ProcurementRows.summary(rs, ocid);
            }
            List<ItemView> items = ProcurementRows.items(c, ocid, ItemRow.AWARD, awardId);
            return Optional.of(AwardDetail.of(item, contracts(c, ocid, awardId), items, process));
        });
    }

    private static List<AwardDetail.ContractRef> contracts(Connection c, String ocid, String awardId)
            throws SQLException {
        List<AwardDetail.ContractRef> contracts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CONTRACTS)) {
            ps.setString(1, ocid);
            ps.setString(2, awardId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String contractId = rs.getString(1);
                    contracts.add(new AwardDetail.ContractRef(PublicId.of(ocid, contractId), contractId));
                }
            }
        }
        return contracts;
    }
}
