package org.opencompras.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Inserts the rows that hang off processes (lots, awards and their suppliers, contracts, items, parties,
 * data issues), one JDBC batch per table for all processes together, in an order that satisfies the foreign keys.
 */
final class ChildRowInserter {

    private final Connection c;
    private final List<ProcessToWrite> processes;
    private final Map<String, Long> organizationIds;

    ChildRowInserter(Connection c, List<ProcessToWrite> processes, Map<String, Long> organizationIds) {
        this.c = c;
        this.processes = processes;
        this.organizationIds = organizationIds;
    }

    /** A row's values, bound after the ocid, which every child table starts with. */
    private interface Binder<T> {
        void bind(SqlParams params, T row) throws SQLException;
    }

    private <T> void batch(String sql, Function<ProcessRows, List<T>> table, Binder<T> binder) throws SQLException {
        if (processes.stream().allMatch(process -> table.apply(process.rows()).isEmpty())) {
            return;
        }
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (ProcessToWrite process : processes) {
                for (T row : table.apply(process.rows())) {
                    binder.bind(new SqlParams(statement).text(process.ocid()), row);
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
    }

    void insertAll() throws SQLException {
        batch("insert into lot (ocid, lot_id, title, description, status, value_amount, value_currency)"
                + " values (?, ?, ?, ?, ?, ?, ?)", ProcessRows::lots,
                (p, lot) -> p.text(lot.lotId()).text(lot.title()).text(lot.description()).text(lot.status())
                        .money(lot.value()));
        batch("insert into award (ocid, award_id, title, description, status, award_date, value_amount, value_currency)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", ProcessRows::awards,
                (p, award) -> p.text(award.awardId()).text(award.title()).text(award.description())
                        .text(award.status()).time(award.date()).money(award.value()));
        batch("insert into award_supplier (ocid, award_id, organization_id, party_id, name) values (?, ?, ?, ?, ?)",
                ProcessRows::awardSuppliers,
                (p, supplier) -> p.text(supplier.awardId()).bigint(idOf(supplier.organizationKey()))
                        .text(supplier.partyId()).text(supplier.name()));
        batch("insert into contract (ocid, contract_id, award_id, title, description, status, date_signed,"
                + " period_start, period_end, value_amount, value_currency) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ProcessRows::contracts,
                (p, contract) -> p.text(contract.contractId()).text(contract.awardId()).text(contract.title())
                        .text(contract.description()).text(contract.status()).time(contract.dateSigned())
                        .period(contract.period()).money(contract.value()));
        batch("insert into item (ocid, scope, parent_id, position, item_id, description, classification_scheme,"
                + " classification_id, classification_description, quantity, unit_id, unit_name,"
                + " unit_value_amount, unit_value_currency, related_lot)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ProcessRows::items,
                (p, item) -> p.text(item.scope()).text(item.parentId()).integer(item.position()).text(item.itemId())
                        .text(item.description()).text(item.classificationScheme()).text(item.classificationId())
                        .text(item.classificationDescription()).decimal(item.quantity()).text(item.unitId())
                        .text(item.unitName()).money(item.unitValue()).text(item.relatedLot()));
        batch("insert into process_party (ocid, organization_id, party_id, name, roles) values (?, ?, ?, ?, ?)",
                ProcessRows::parties,
                (p, party) -> p.bigint(idOf(party.key())).text(party.partyId()).text(party.name())
                        .textArray(c.createArrayOf("text", party.roles().toArray())));
        batch("insert into data_issue (ocid, path, code, detail) values (?, ?, ?, ?)", ProcessRows::issues,
                (p, issue) -> p.text(issue.path()).text(issue.code()).text(issue.detail()));
    }

    private Long idOf(String organizationKey) {
        Long id = organizationIds.get(organizationKey);
        if (id == null) {
            throw new IllegalArgumentException("Organization " + organizationKey + " is not among the parties of the processes");
        }
        return id;
    }
}
