package org.opencompras.process;

import java.util.ArrayList;
import java.util.List;

/** Everything the relational model holds about one process, as extracted from its compiled release. */
public record ProcessRows(
        ProcessRow process,
        List<LotRow> lots,
        List<AwardRow> awards,
        List<AwardSupplierRow> awardSuppliers,
        List<ContractRow> contracts,
        List<ItemRow> items,
        List<PartyRow> parties,
        List<DataIssue> issues) {

    public ProcessRows {
        lots = List.copyOf(lots);
        awards = List.copyOf(awards);
        awardSuppliers = List.copyOf(awardSuppliers);
        contracts = List.copyOf(contracts);
        items = List.copyOf(items);
        parties = List.copyOf(parties);
        issues = List.copyOf(issues);
    }

    /** The rows of a process whose compiled release could not be read, with why. */
    public static ProcessRows unreadable(DataIssue why) {
        return new ProcessRows(ProcessRow.UNREADABLE, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(why));
    }

    /** The same rows with one more data issue. */
    public ProcessRows withIssue(DataIssue issue) {
        var more = new ArrayList<>(issues);
        more.add(issue);
        return new ProcessRows(process, lots, awards, awardSuppliers, contracts, items, parties, more);
    }
}
