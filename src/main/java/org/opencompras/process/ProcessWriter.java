package org.opencompras.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Writes the rows of one process to the database with plain JDBC: upserts its organizations and its
 * {@code process} row, then replaces everything that hangs off it. Runs inside the caller's transaction
 * on the caller's connection, and keeps nothing between calls.
 */
@ApplicationScoped
public class ProcessWriter {

    private static final String UPSERT_PROCESS = """
            insert into process (ocid, source_id, release_count, first_release_date, last_release_date,
                compiled, compiled_hash, compiled_at, buyer_id, buyer_name, tender_id, title, description,
                tender_status, procurement_method, procurement_method_details, main_procurement_category,
                tender_value_amount, tender_value_currency, tender_period_start, tender_period_end,
                enquiry_period_start, enquiry_period_end, award_period_start, award_period_end, number_of_tenderers)
            values (?, ?, ?, ?, ?, cast(? as json), ?, now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (ocid) do update set
                source_id = excluded.source_id, release_count = excluded.release_count,
                first_release_date = excluded.first_release_date, last_release_date = excluded.last_release_date,
                compiled = excluded.compiled, compiled_hash = excluded.compiled_hash, compiled_at = now(),
                buyer_id = excluded.buyer_id, buyer_name = excluded.buyer_name, tender_id = excluded.tender_id,
                title = excluded.title, description = excluded.description, tender_status = excluded.tender_status,
                procurement_method = excluded.procurement_method,
                procurement_method_details = excluded.procurement_method_details,
                main_procurement_category = excluded.main_procurement_category,
                tender_value_amount = excluded.tender_value_amount, tender_value_currency = excluded.tender_value_currency,
                tender_period_start = excluded.tender_period_start, tender_period_end = excluded.tender_period_end,
                enquiry_period_start = excluded.enquiry_period_start, enquiry_period_end = excluded.enquiry_period_end,
                award_period_start = excluded.award_period_start, award_period_end = excluded.award_period_end,
                number_of_tenderers = excluded.number_of_tenderers""";

    // Referencing tables first: award_supplier points at award.
    private static final List<String> CHILD_DELETES = List.of(
            "delete from award_supplier where ocid = ?",
            "delete from item where ocid = ?",
            "delete from process_party where ocid = ?",
            "delete from data_issue where ocid = ?",
            "delete from contract where ocid = ?",
            "delete from award where ocid = ?",
            "delete from lot where ocid = ?");

    /** Writes (or rewrites) process {@code ocid}; the caller owns the connection and its transaction. */
    public void write(Connection c, int sourceId, String ocid, ProcessRows rows, ProcessMeta meta) throws SQLException {
        Map<String, Long> organizationIds = OrganizationUpserter.upsert(c, rows.parties());
        upsertProcess(c, sourceId, ocid, rows.process(), meta, organizationIds);
        for (String delete : CHILD_DELETES) {
            try (PreparedStatement statement = c.prepareStatement(delete)) {
                statement.setString(1, ocid);
                statement.executeUpdate();
            }
        }
        new ChildRowInserter(c, ocid, organizationIds).insertAll(rows);
    }

    private static void upsertProcess(Connection c, int sourceId, String ocid, ProcessRow process, ProcessMeta meta,
            Map<String, Long> organizationIds) throws SQLException {
        Long buyerId = process.buyerKey() == null ? null : organizationIds.get(process.buyerKey());
        try (PreparedStatement statement = c.prepareStatement(UPSERT_PROCESS)) {
            new SqlParams(statement)
                    .text(ocid).integer(sourceId).integer(meta.releaseCount())
                    .time(meta.firstReleaseDate()).time(meta.lastReleaseDate())
                    .text(meta.compiledJson()).text(meta.compiledHash())
                    .bigint(buyerId).text(process.buyerName())
                    .text(process.tenderId()).text(process.title()).text(process.description())
                    .text(process.tenderStatus()).text(process.procurementMethod())
                    .text(process.procurementMethodDetails()).text(process.mainProcurementCategory())
                    .money(process.tenderValue())
                    .period(process.tenderPeriod()).period(process.enquiryPeriod()).period(process.awardPeriod())
                    .integer(process.numberOfTenderers());
            statement.executeUpdate();
        }
    }
}
