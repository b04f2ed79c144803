package org.opencompras.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Processes for {@link QualityFiltersTest} whose filter values and failures cross, so that every filter selects
 * processes failing some checks and not others. Process {@code i} (0 to 23):
 * <ul>
 * <li>an emergency procedure when {@code i % 3 == 0};</li>
 * <li>bought by {@link #BUYER_A} when {@code i} is even, else by {@code BUYER_B}; by no one when {@code i % 7 == 6};
 * by a buyer reference to no party when {@code i % 9 == 8};</li>
 * <li>method open, direct, selective, limited by {@code i % 4}; none when {@code i % 11 == 5};</li>
 * <li>first published and awarded in month {@code 1 + i % 6} of 2020;</li>
 * <li>not awarded when {@code i % 8 == 7}; else, when {@code i % 5 == 1}, an active award without supplier, amount
 * or contract; else an award with a contract, whose value has no currency when {@code i % 5 == 2} and is given as
 * text when {@code i % 5 == 3};</li>
 * <li>an award without a date when {@code i % 4 == 2};</li>
 * <li>supplied by one whose RUC is invalid when {@code i % 6 == 4}, else by {@link #SUPPLIER}, named in three ways
 * when {@code i} is even, or by another supplier with one name.</li>
 * </ul>
 */
final class QualityFilterReleases {

    static final String BUYER_A = "1760003410001";
    static final String BUYER_B = "1768152560001";
    static final String SUPPLIER = "0993038210001";
    static final int PROCESSES = 24;

    private static final List<String> METHODS = List.of("open", "direct", "selective", "limited");
    private static final List<String> SUPPLIER_NAMES = List.of("MAXINSUMO S.A.", "MAX INSUMO SA", "Maxinsumo");

    private QualityFilterReleases() {
    }

    static String releases(String prefix) {
        List<String> releases = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            releases.add(release(prefix + "-" + i, i));
        }
        return "[" + String.join(",\n", releases) + "]";
    }

    private static String release(String ocid, int i) {
        String month = "2020-%02d-10T10:00:00-05:00".formatted(1 + i % 6);
        String buyerRuc = i % 2 == 0 ? BUYER_A : BUYER_B;
        String buyerParty = "{\"id\": \"EC-RUC-%s-1\", \"name\": \"COMPRADOR %s\", \"roles\": [\"buyer\"]}"
                .formatted(buyerRuc, buyerRuc);
        String buyer = "";
        List<String> parties = new ArrayList<>();
        if (i % 7 != 6) {
            parties.add(buyerParty);
            String reference = i % 9 == 8 ? "EC-RUC-" + buyerRuc + "-99" : "EC-RUC-" + buyerRuc + "-1";
            buyer = "\"buyer\": {\"id\": \"%s\", \"name\": \"COMPRADOR %s\"},".formatted(reference, buyerRuc);
        }
        String method = i % 11 == 5 ? "" : "\"procurementMethod\": \"" + METHODS.get(i % 4) + "\",";
        String details = i % 3 == 0 ? "Contratación de Emergencia" : "Subasta Inversa Electrónica";
        String awards = "";
        String contracts = "";
        String tag = "[\"tender\"]";
        if (i % 8 != 7) {
            tag = "[\"award\", \"contract\"]";
            String date = i % 4 == 2 ? "" : "\"date\": \"" + month + "\",";
            if (i % 5 == 1) {
                awards = ", \"awards\": [{\"id\": \"A\", %s \"status\": \"active\"}]".formatted(date);
            } else {
                String supplierId;
                String supplierName;
                if (i % 6 == 4) {
                    supplierId = "EC-RUC-12345-1";
                    supplierName = "PROVEEDOR MAL ESCRITO";
                } else if (i % 2 == 0) {
                    supplierId = "EC-RUC-" + SUPPLIER + "-7";
                    supplierName = SUPPLIER_NAMES.get(i % 3);
                } else {
                    supplierId = "EC-RUC-0760005140001-1";
                    supplierName = "LIMPIEZA DEL SUR";
                }
                parties.add("{\"id\": \"%s\", \"name\": \"%s\", \"roles\": [\"supplier\"]}"
                        .formatted(supplierId, supplierName));
                String value = switch (i % 5) {
                    case 2 -> "{\"amount\": 50}";
                    case 3 -> "{\"amount\": \"75.50\", \"currency\": \"USD\"}";
                    default -> "{\"amount\": 100, \"currency\": \"USD\"}";
                };
                awards = """
                        , "awards": [{"id": "A", %s "status": "active", "value": %s,
                          "suppliers": [{"id": "%s", "name": "%s"}]}]""".formatted(date, value, supplierId, supplierName);
                contracts = """
                        , "contracts": [{"id": "C", "awardID": "A", "status": "active", "dateSigned": "%s",
                          "value": {"amount": 100, "currency": "USD"}}]""".formatted(month);
            }
        }
        return """
                {"ocid": "%1$s", "id": "%1$s-r1", "date": "%2$s", "tag": %3$s, "initiationType": "tender", %4$s
                 "parties": [%5$s],
                 "tender": {"id": "T", "title": "Proceso %6$d", %7$s "procurementMethodDetails": "%8$s",
                   "value": {"amount": 100, "currency": "USD"}}%9$s%10$s}"""
                .formatted(ocid, month, tag, buyer, String.join(", ", parties), i, method, details, awards, contracts);
    }
}
