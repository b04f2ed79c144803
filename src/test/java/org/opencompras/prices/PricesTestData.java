package org.opencompras.prices;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opencompras.generate.SampleGenerator;
import org.opencompras.parties.PartiesTestData;

/**
 * Purchases written by hand with known prices, and a generated sample, each under a source of its own.
 *
 * <p>Masks (352900011, USD, unidad): 0.50 (B1, S1), 0.51 (B2, S1), 0.48 (B3, S2), 25.00 per "CAJA X 50" = 0.5
 * (B1, S2), 0.52 (B3, S2) and the planted 2.40 (B4, S1). Sorted: 0.48 0.5 0.50 0.51 0.52 2.40, median 0.505.
 * Not counted: a cancelled award at 9.99, the contract items repeating the first award, the tender's estimate.
 * Alcohol (341310011, USD): 3.20 per litro (B1, S1) and 12.00 per galón (B2, S2) compared per litre; 5.00 per
 * kilogramo (B3, S1) and 4.00 with no unit (B1, S2) apart. N95 (352900012): 1.90 and 2.10 USD, 1.70 EUR.
 */
final class PricesTestData {

    static final String HAND = "prices-hand";
    static final String GENERATED = "prices-gen";
    static final int PROCESSES = 300;

    static final String B1 = "EC-RUC-1768000010001";
    static final String B2 = "EC-RUC-1768000020001";
    static final String B3 = "EC-RUC-1768000030001";
    static final String B4 = "EC-RUC-1768000040001";
    static final String S1 = "EC-RUC-0992000010001";
    static final String S2 = "EC-RUC-0992000020001";

    static final String MASKS = "352900011";
    static final String N95 = "352900012";
    static final String ALCOHOL = "341310011";
    static final String PLANTED_OCID = "ocds-t5pric-h6";

    private static boolean loaded;

    private PricesTestData() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        var out = new ByteArrayOutputStream();
        new SampleGenerator(11).generate(PROCESSES, out, SampleGenerator.Format.JSON_LINES);
        ingest(GENERATED, out.toString(StandardCharsets.UTF_8).replace("\"ocds-5wno2w-", "\"ocds-t5prig-"));
        ingest(HAND, String.join("\n", handReleases()));
    }

    static List<String> handReleases() {
        return List.of(
                purchase("h1", B1, S1, "active", item("1", MASKS, "MASCARILLA QUIRURGICA", "1000", "Unidad", "0.50", "USD"),
                        "\"contracts\": [{\"id\": \"c1\", \"awardID\": \"a1\", \"status\": \"active\", \"items\": ["
                                + item("1", MASKS, "MASCARILLA QUIRURGICA", "1000", "Unidad", "0.50", "USD") + "]}]"),
                purchase("h2", B2, S1, "active", item("1", MASKS, "MASCARILLA QUIRURGICA", "500", "UNIDAD", "0.51", "USD")),
                purchase("h3", B3, S2, "active", item("1", MASKS, "MASCARILLA QUIRURGICA", "800", "u", "0.48", "USD")),
                purchase("h4", B1, S2, "active", item("1", MASKS, "MASCARILLA QUIRURGICA", "20", "CAJA X 50", "25.00", "USD")),
                purchase("h5", B3, S2, "active", item("1", MASKS, "MASCARILLA QUIRURGICA", "300", "Unidad", "0.52", "USD")),
                purchase("h6", B4, S1, "active", item("1", MASKS, "MASCARILLA QUIRURGICA", "20000", "Unidad", "2.40", "USD")),
                purchase("h7", B2, S1, "cancelled", item("1", MASKS, "MASCARILLA QUIRURGICA", "10", "Unidad", "9.99", "USD")),
                purchase("h8", B1, S1, "active", item("1", ALCOHOL, "ALCOHOL ANTISEPTICO", "10", "Litro", "3.20", "USD")),
                purchase("h9", B2, S2, "active", item("1", ALCOHOL, "ALCOHOL ANTISEPTICO", "5", "Galón", "12.00", "USD")),
                purchase("h10", B3, S1, "active", item("1", ALCOHOL, "ALCOHOL ANTISEPTICO", "5", "Kg.", "5.00", "USD")),
                purchase("h11", B1, S2, "active", item("1", ALCOHOL, "ALCOHOL ANTISEPTICO", "5", null, "4.00", "USD")),
                purchase("h12", B1, S1, "active", item("1", N95, "MASCARILLA N95", "100", "Unidad", "1.90", "USD")),
                purchase("h13", B2, S2, "active", item("1", N95, "MASCARILLA N95", "100", "Unidad", "1.70", "EUR")),
                purchase("h14", B3, S1, "active", item("1", N95, "MASCARILLA N95", "100", "Unidad", "2.10", "USD")));
    }

    static String purchase(String name, String buyer, String supplier, String awardStatus, String item,
                                   String... more) {
        String ocid = "ocds-t5pric-" + name;
        String buyerId = buyer + "-1";
        String supplierId = supplier + "-2";
        String tenderItem = item.replaceFirst("\"amount\": [0-9.]+", "\"amount\": 0.10");
        return ("{\"ocid\": \"%s\", \"id\": \"%s-1\", \"date\": \"2024-03-01T10:00:00-05:00\", "
                + "\"tag\": [\"award\"], \"buyer\": {\"id\": \"%s\", \"name\": \"Comprador %s\"}, "
                + "\"parties\": [{\"id\": \"%s\", \"name\": \"Comprador %s\", \"roles\": [\"buyer\"]}, "
                + "{\"id\": \"%s\", \"name\": \"Proveedor %s\", \"roles\": [\"supplier\"]}], "
                + "\"tender\": {\"id\": \"t\", \"title\": \"Compra %s\", \"items\": [%s]}, "
                + "\"awards\": [{\"id\": \"a1\", \"status\": \"%s\", \"date\": \"2024-03-10T10:00:00-05:00\", "
                + "\"suppliers\": [{\"id\": \"%s\", \"name\": \"Proveedor %s\"}], \"items\": [%s]}]%s}")
                .formatted(ocid, ocid, buyerId, buyer, buyerId, buyer, supplierId, supplier, name, tenderItem,
                        awardStatus, supplierId, supplier, item, more.length == 0 ? "" : ", " + more[0]);
    }

    static String item(String id, String cpc, String description, String quantity, String unitName,
                               String amount, String currency) {
        String name = unitName == null ? "" : "\"name\": \"" + unitName + "\", ";
        return ("{\"id\": \"%s\", \"description\": \"%s\", \"classification\": {\"scheme\": \"CPC\", \"id\": \"%s\", "
                + "\"description\": \"%s\"}, \"quantity\": %s, \"unit\": {%s\"value\": {\"amount\": %s, "
                + "\"currency\": \"%s\"}}}").formatted(id, description, cpc, description, quantity, name, amount, currency);
    }

    static void ingest(String source, String body) {
        PartiesTestData.ingest(source, body);
    }

    static JsonNode get(String url) {
        return PartiesTestData.get(url);
    }

    /** Every item of a list, following links.next to the end. */
    static List<JsonNode> walk(String url) {
        return PartiesTestData.walk(url);
    }

    static JsonNode read(String json) {
        return PartiesTestData.read(json);
    }
}
