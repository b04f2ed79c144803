package org.opencompras.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencompras.common.jdbc.Jdbc;

/**
 * Writes the rows of a batch of processes to the database with plain JDBC: upserts their organizations and
 * their {@code process} rows, then replaces everything that hangs off them. Each step is one statement or one
 * JDBC batch for the whole batch of processes, so the number of round trips does not grow with its size.
 * Runs inside the caller's transaction on the caller's connection, and keeps nothing between calls.
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
            "delete from award_supplier where ocid = any(?)",
            "delete from item where ocid = any(?)",
            "delete from process_party where ocid = any(?)",
            "delete from data_issue where ocid = any(?)",
            "delete from contract where ocid = any(?)",
            "delete from award where ocid = any(?)",
            "delete from lot where ocid = any(?)");

    // After the children: the document takes item descriptions and party names from them.
    private static final String UPDATE_SEARCH = "update process set search = process_search_document(ocid) where ocid = any(?)";

    /**
     * Writes (or rewrites) the given processes, whose ocids must be distinct; the caller owns the connection and
     * its transaction. An organization named by several of them is written as if they had been written in turn.
     */
    public void writeAll(Connection c, int sourceId, List<ProcessToWrite> processes) throws SQLException {
        if (processes.isEmpty()) {
            return;
        }
        List<PartyRow> parties = new ArrayList<>();
        processes.forEach(process -> parties.addAll(process.rows().parties()));
        Map<String, Long> organizationIds = OrganizationUpserter.upsert(c, parties);
        upsertProcesses(c, sourceId, processes, organizationIds);
        Array ocids = Jdbc.textArray(c, processes.stream().map(ProcessToWrite::ocid).toList());
        for (String delete : CHILD_DELETES) {
            try (PreparedStatement statement = c.prepareStatement(delete)) {
                Jdbc.planEachTime(statement);
                statement.setArray(1, ocids);
                statement.executeUpdate();
            }
        }
        new ChildRowInserter(c, processes, organizationIds).insertAll();
        try (PreparedStatement statement = c.prepareStatement(UPDATE_SEARCH)) {
            Jdbc.planEachTime(statement);
            statement.setArray(1, ocids);
            statement.executeUpdate();
        }
    }

    private static void upsertProcesses(Connection c, int sourceId, List<ProcessToWrite> processes,
            Map<String, Long> organizationIds) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(UPSERT_PROCESS)) {
            for (ProcessToWrite toWrite : processes) {
                ProcessRow process = toWrite.rows().process();
                ProcessMeta meta = toWrite.meta();
                Long buyerId = process.buyerKey() == null ? null : organizationIds.get(process.buyerKey());
                new SqlParams(statement)
                        .text(toWrite.ocid()).integer(sourceId).integer(meta.releaseCount())
                        .time(meta.firstReleaseDate()).time(meta.lastReleaseDate())
                        .text(meta.compiledJson()).text(meta.compiledHash())
                        .bigint(buyerId).text(process.buyerName())
                        .text(process.tenderId()).text(process.title()).text(process.description())
                        .text(process.tenderStatus()).text(process.procurementMethod())
                        .text(process.procurementMethodDetails()).text(process.mainProcurementCategory())
                        .money(process.tenderValue())
                        .period(process.tenderPeriod()).period(process.enquiryPeriod()).period(process.awardPeriod())
                        .integer(process.numberOfTenderers());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
