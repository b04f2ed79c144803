package org.opencompras.stats;

import java.util.ArrayList;
import java.util.List;
import org.opencompras.contract.ProcurementTestData;

/**
 * Data the statistics tests load once. The hand-written source holds ten one-contract processes whose
 * statistics are known by construction: supplier S1 holds 7 of the 10 contracts, S2, S3 and S4 one each; values
 * in USD except S2's (EUR) and S4's (none); one contract unsigned; signature dates with gaps between months.
 */
final class StatsTestData {

    static final String HAND = "stats-hand";
    static final String PAIR = "stats-pair";
    static final String GENERATED = "stats-gen";

    static final String B1 = "EC-RUC-1799100000001";
    static final String B2 = "EC-RUC-1799100000002";
    static final String S1 = "EC-RUC-0999100000001";
    static final String S2 = "EC-RUC-0999100000002";
    static final String S3 = "EC-RUC-0999100000003";
    static final String S4 = "EC-RUC-0999100000004";
    static final String S5 = "EC-RUC-0999100000005";
    static final String S6 = "EC-RUC-0999100000006";

    private static final String PREFIX = "ocds-statshand";
    private static boolean loaded;

    /** One contract of the hand-written data. */
    private record Contract(int n, String buyer, String supplier, String method, String category, String status,
                            String dateSigned, String amount, String currency, String contractItem, String awardItem,
                            List<String> tenderItems) {
    }

    private static final List<Contract> CONTRACTS = List.of(
            new Contract(1, B1, S1, "direct", "goods", "active", "2020-01-15T10:00:00-05:00", "10", "USD",
                    "111", null, List.of("999")),
            // 23:30 on 31 January in Quito is already February in UTC: January in the timeline.
            new Contract(2, B1, S1, "direct", "goods", "active", "2020-01-31T23:30:00-05:00", "20", "USD",
                    null, "222", List.of("999")),
            new Contract(3, B1, S1, "direct", "goods", "active", "2020-03-02T10:00:00-05:00", "30", "USD",
                    null, null, List.of("333", "334")),
            new Contract(4, B1, S1, "direct", "goods", "active", "2020-03-10T10:00:00-05:00", "40", "USD",
                    null, null, List.of()),
            new Contract(5, B1, S1, "direct", "goods", "active", "2021-06-01T10:00:00-05:00", "50", "USD",
                    null, null, List.of()),
            new Contract(6, B1, S1, "direct", "goods", "active", "2020-03-05T10:00:00-05:00", "60", "USD",
                    null, null, List.of()),
            new Contract(7, B2, S1, "direct", "goods", "active", null, "490", "USD", null, null, List.of()),
            new Contract(8, B2, S2, "open", "services", "active", "2020-01-20T10:00:00-05:00", "50", "EUR",
                    null, null, List.of()),
            new Contract(9, B1, S3, "open", "services", "active", "2020-03-20T10:00:00-05:00", "100", "USD",
                    null, null, List.of()),
            new Contract(10, B1, S4, "open", "services", "cancelled", "2020-03-21T10:00:00-05:00", null, null,
                    null, null, List.of()));

    private StatsTestData() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        ProcurementTestData.ingest(HAND, "[" + String.join(",", CONTRACTS.stream().map(StatsTestData::release).toList()) + "]");
        ProcurementTestData.ingest(PAIR, pair());
        ProcurementTestData.ingestGenerated(GENERATED, "ocds-statsgen", 20261126L, 150);
        loaded = true;
    }

    private static String release(Contract c) {
        String ocid = PREFIX + "-" + c.n();
        String value = c.amount() == null ? "" : """
                , "value": {"amount": %s, "currency": "%s"}""".formatted(c.amount(), c.currency());
        String signed = c.dateSigned() == null ? "" : ", \"dateSigned\": \"" + c.dateSigned() + "\"";
        List<String> tender = new ArrayList<>();
        for (int i = 0; i < c.tenderItems().size(); i++) {
            tender.add(item("t" + i, c.tenderItems().get(i)));
        }
        return """
                {"ocid": "%1$s", "id": "r1", "date": "2020-01-01T00:00:00Z", "tag": ["tender", "award", "contract"],
                 "initiationType": "tender", "buyer": {"id": "%2$s-1", "name": "BUYER %2$s"},
                 "parties": [{"id": "%2$s-1", "name": "BUYER %2$s", "roles": ["buyer"]},
                   {"id": "%3$s-1", "name": "SUPPLIER %3$s", "roles": ["supplier"]}],
                 "tender": {"id": "T", "title": "Compra %4$d", "status": "complete", "procurementMethod": "%5$s",
                   "procurementMethodDetails": "%5$s details", "mainProcurementCategory": "%6$s", "items": [%7$s]},
                 "awards": [{"id": "A", "status": "active", "date": "2020-01-01T00:00:00Z",
                   "suppliers": [{"id": "%3$s-1", "name": "SUPPLIER %3$s"}], "items": [%8$s]}],
                 "contracts": [{"id": "C", "awardID": "A", "status": "%9$s"%10$s%11$s, "items": [%12$s]}]}"""
                .formatted(ocid, c.buyer(), c.supplier(), c.n(), c.method(), c.category(), String.join(",", tender),
                        c.awardItem() == null ? "" : item("a", c.awardItem()), c.status(), signed, value,
                        c.contractItem() == null ? "" : item("c", c.contractItem()));
    }

    private static String item(String id, String code) {
        return """
                {"id": "%s", "description": "item %s", "quantity": 1,
                 "classification": {"scheme": "CPC", "id": "%s", "description": "Code %s"}}""".formatted(id, code, code, code);
    }

    /** One contract of 100 USD awarded to two suppliers together. */
    private static String pair() {
        return """
                [{"ocid": "ocds-statspair-1", "id": "r1", "date": "2020-01-01T00:00:00Z", "tag": ["award", "contract"],
                 "initiationType": "tender", "buyer": {"id": "%1$s-1", "name": "BUYER %1$s"},
                 "parties": [{"id": "%1$s-1", "name": "BUYER %1$s", "roles": ["buyer"]},
                   {"id": "%2$s-1", "name": "SUPPLIER %2$s", "roles": ["supplier"]},
                   {"id": "%3$s-1", "name": "SUPPLIER %3$s", "roles": ["supplier"]}],
                 "tender": {"id": "T", "procurementMethod": "open", "mainProcurementCategory": "goods"},
                 "awards": [{"id": "A", "status": "active",
                   "suppliers": [{"id": "%2$s-1", "name": "SUPPLIER %2$s"}, {"id": "%3$s-1", "name": "SUPPLIER %3$s"}]}],
                 "contracts": [{"id": "C", "awardID": "A", "status": "active", "dateSigned": "2020-05-05T10:00:00Z",
                   "value": {"amount": 100, "currency": "USD"}}]}]""".formatted(B2, S5, S6);
    }
}
