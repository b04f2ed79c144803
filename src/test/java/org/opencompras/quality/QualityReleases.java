package org.opencompras.quality;

/** The hand-written releases of {@link QualityResourceTest}, one per process, under an ocid prefix. */
final class QualityReleases {

    private QualityReleases() {
    }

    private static final String BUYER_PARTY = """
            {"id": "EC-RUC-1760003410001-1", "name": "GAD DE QUITO", "roles": ["buyer"]}""";
    private static final String BUYER = """
            {"id": "EC-RUC-1760003410001-1", "name": "GAD DE QUITO"}""";

    /** A process whose buyer, method and contract are complete, and whose supplier goes by {@code supplierName}. */
    private static String awarded(String ocid, String supplierName, String awardValue) {
        return """
                {"ocid": "%1$s", "id": "%1$s-r1", "date": "2024-05-01T10:00:00-05:00", "tag": ["award", "contract"],
                 "initiationType": "tender", "buyer": %2$s,
                 "parties": [%3$s, {"id": "EC-RUC-0993038210001-7", "name": "%4$s", "roles": ["supplier"]}],
                 "tender": {"id": "T", "title": "Servicio de limpieza %6$s", "procurementMethod": "open",
                   "value": {"amount": 100, "currency": "USD"}},
                 "awards": [{"id": "A", "status": "active", "date": "2024-04-30T10:00:00-05:00", "value": %5$s,
                   "suppliers": [{"id": "EC-RUC-0993038210001-7", "name": "%4$s"}]}],
                 "contracts": [{"id": "C", "awardID": "A", "status": "active", "dateSigned": "2024-05-01T10:00:00-05:00",
                   "value": {"amount": 100, "currency": "USD"}}]}"""
                .formatted(ocid, BUYER, BUYER_PARTY, supplierName, awardValue, ocid.substring(ocid.length() - 1));
    }

    static String releases(String prefix) {
        String q4 = """
                {"ocid": "%1$s-4", "id": "r1", "date": "2024-05-01T10:00:00-05:00", "tag": ["tender"],
                 "initiationType": "tender", "buyer": {"id": "EC-RUC-1760003410001-99", "name": "GAD DE QUITO"},
                 "parties": [%2$s],
                 "tender": {"id": "T", "title": "Obra", "procurementMethod": "direct",
                   "value": {"amount": 10, "currency": "USD"}}}""".formatted(prefix, BUYER_PARTY);
        String q5 = """
                {"ocid": "%1$s-5", "id": "r1", "date": "2024-05-01T10:00:00-05:00", "tag": ["award"],
                 "initiationType": "tender",
                 "parties": [{"id": "EC-RUC-12345-1", "name": "PROVEEDOR MAL ESCRITO", "roles": ["supplier"]}],
                 "tender": {"id": "T", "title": "Sin comprador"},
                 "awards": [{"id": "A", "status": "active", "date": "2024-04-30T10:00:00-05:00",
                   "value": {"amount": 20, "currency": "USD"},
                   "suppliers": [{"id": "EC-RUC-12345-1", "name": "PROVEEDOR MAL ESCRITO"}]}]}""".formatted(prefix);
        String q6 = """
                {"ocid": "%1$s-6", "id": "r1", "date": "2024-05-01T10:00:00-05:00", "tag": ["award"],
                 "initiationType": "tender", "buyer": %2$s, "parties": [%3$s],
                 "tender": {"id": "T", "title": "Adjudicado a nadie", "procurementMethod": "selective"},
                 "awards": [{"id": "A", "status": "active"}]}""".formatted(prefix, BUYER, BUYER_PARTY);
        return "[" + String.join(",\n",
                awarded(prefix + "-1", "MAXINSUMO S.A.", "{\"amount\": 100, \"currency\": \"USD\"}"),
                awarded(prefix + "-2", "MAX INSUMO SA", "{\"amount\": 50}"),
                awarded(prefix + "-3", "Maxinsumo", "{\"amount\": \"75.50\", \"currency\": \"USD\"}"),
                q4, q5, q6) + "]";
    }
}
