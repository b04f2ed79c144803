package org.opencompras.parties;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opencompras.common.json.Json;
import org.opencompras.generate.SampleGenerator;

/** Data the supplier and buyer tests load once, and the calls they share. */
public final class PartiesTestData {

    static final String GENERATED = "parties-gen";
    static final String HAND = "parties-hand";
    static final int PROCESSES = 300;

    // Hand-written organizations: RUCs valid for their type unless said otherwise.
    static final String S1 = "EC-RUC-0991234578001";   // MAX INSUMO S.A., also spelt MAX-INSUMO and Maxinsumo SA
    static final String S2 = "EC-RUC-0991234586001";   // MAX-INSUMOS CIA. LTDA.
    static final String S3 = "EC-RUC-0991234594001";   // MAXI INSUMOS DEL PACIFICO S.A.
    static final String S4 = "EC-RUC-1790012345001";   // FARMACIA CENTRAL: invalid check digit
    static final String S5 = "DE-CR-HRB1234";          // Euro Medical GmbH: no RUC
    static final String HB1 = "EC-RUC-1760990030001";  // Gobierno Autónomo Descentralizado de Quitó
    static final String HB2 = "EC-RUC-1760990110001";  // Ministerio de Salúd Pública

    private static final String KEY = "Bearer test-admin-key";
    private static boolean loaded;

    private PartiesTestData() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        var out = new ByteArrayOutputStream();
        new SampleGenerator(8).generate(PROCESSES, out, SampleGenerator.Format.JSON_LINES);
        ingest(GENERATED, out.toString(StandardCharsets.UTF_8).replace("\"ocds-5wno2w-", "\"ocds-t5part-"));
        ingest(HAND, String.join("\n", handReleases()));
    }

    private static String party(String id, String name, String role) {
        return "{\"id\": \"%s\", \"name\": \"%s\", \"roles\": [\"%s\"]}".formatted(id, name, role);
    }

    private static String ref(String id, String name) {
        return "{\"id\": \"%s\", \"name\": \"%s\"}".formatted(id, name);
    }

    private static String process(String ocid, String date, String buyerId, String buyerName, String parties,
                                  String awards, String contracts) {
        return ("{\"ocid\": \"%s\", \"id\": \"%s-1\", \"date\": \"%s\", \"tag\": [\"award\", \"contract\"], "
                + "\"buyer\": %s, \"parties\": [%s, %s], \"tender\": {\"id\": \"t\", \"title\": \"Compra %s\", "
                + "\"procurementMethod\": \"direct\"}, \"awards\": [%s], \"contracts\": [%s]}")
                .formatted(ocid, ocid, date, ref(buyerId, buyerName), party(buyerId, buyerName, "buyer"), parties,
                        ocid, awards, contracts);
    }

    static List<String> handReleases() {
        String hb1 = "EC-RUC-1760990030001-1";
        String hb1Name = "Gobierno Autónomo Descentralizado de Quitó";
        String hb2 = "EC-RUC-1760990110001-2";
        String hb2Name = "Ministerio de Salúd Pública";
        String s1 = "EC-RUC-0991234578001-11";
        String s2 = "EC-RUC-0991234586001-12";
        String s3 = "EC-RUC-0991234594001-13";
        String s4 = "EC-RUC-1790012345001-14";
        return List.of(
                process("ocds-t5part-h1", "2024-03-01T10:00:00-05:00", hb1, hb1Name,
                        party(s1, "MAX INSUMO S.A.", "supplier") + ", {\"id\": \"DE-1\", \"name\": \"Euro Medical GmbH\", "
                                + "\"identifier\": {\"scheme\": \"DE-CR\", \"id\": \"HRB1234\"}, \"roles\": [\"supplier\"]}",
                        award("a1", "2024-03-15T10:00:00-05:00", "1000.10", "USD", ref(s1, "MAX INSUMO S.A."))
                                + ", " + award("a2", "2024-03-16T10:00:00-05:00", "200.05", "EUR",
                                ref("DE-1", "Euro Medical GmbH")),
                        contract("c1", "a1", "2024-03-20T10:00:00-05:00", "1000.10", "USD") + ", "
                                + contract("c2", "a2", "2024-03-21T10:00:00-05:00", "200.05", "EUR")),
                process("ocds-t5part-h2", "2024-05-01T10:00:00-05:00", hb1, hb1Name,
                        party(s1, "MAX-INSUMO", "supplier") + ", " + party(s2, "MAX-INSUMOS CIA. LTDA.", "supplier"),
                        award("a1", "2024-05-05T10:00:00-05:00", "500.25", "EUR", ref(s1, "MAX-INSUMO")) + ", "
                                + award("a2", "2024-05-06T10:00:00-05:00", "300.00", "USD",
                                ref(s2, "MAX-INSUMOS CIA. LTDA.")),
                        contract("c1", "a1", "2024-05-10T10:00:00-05:00", "500.25", "EUR") + ", "
                                + contract("c2", "a2", "2024-05-11T10:00:00-05:00", "300.00", "USD")),
                process("ocds-t5part-h3", "2023-11-01T10:00:00-05:00", hb2, hb2Name,
                        party(s1, "Maxinsumo SA", "supplier") + ", " + party(s3, "MAXI INSUMOS DEL PACIFICO S.A.", "supplier"),
                        award("a1", "2023-11-05T10:00:00-05:00", "250.00", "USD", ref(s1, "Maxinsumo SA")) + ", "
                                + award("a2", "2023-11-06T10:00:00-05:00", "75.50", "USD",
                                ref(s3, "MAXI INSUMOS DEL PACIFICO S.A.")),
                        contract("c1", "a1", null, "250.00", "USD")),
                process("ocds-t5part-h4", "2023-11-20T10:00:00-05:00", hb2, hb2Name,
                        party(s4, "FARMACIA CENTRAL", "supplier") + ", " + party(s2, "MAX-INSUMOS CIA. LTDA.", "supplier")
                                + ", " + party(s3, "MAXI INSUMOS DEL PACIFICO S.A.", "supplier"),
                        award("a1", "2023-11-25T10:00:00-05:00", "40.00", "USD", ref(s4, "FARMACIA CENTRAL")) + ", "
                                + award("a2", "2023-11-26T10:00:00-05:00", "60.00", "USD",
                                ref(s2, "MAX-INSUMOS CIA. LTDA.") + ", " + ref(s3, "MAXI INSUMOS DEL PACIFICO S.A.")),
                        contract("c1", "a1", "2023-12-01T10:00:00-05:00", "40.00", "USD") + ", "
                                + contract("c2", "a2", "2024-01-01T10:00:00-05:00", "60.00", "USD")),
                process("ocds-t5part-h5", "2023-10-01T10:00:00-05:00", hb2, hb2Name,
                        party(s4, "FARMACIA CENTRAL", "supplier"),
                        award("a1", "2023-10-05T10:00:00-05:00", "10", null, ref(s4, "FARMACIA CENTRAL")),
                        contract("c1", "a1", "2023-10-10T10:00:00-05:00", "10", null)));
    }

    private static String award(String id, String date, String amount, String currency, String suppliers) {
        return "{\"id\": \"%s\", \"status\": \"active\", \"date\": \"%s\", \"value\": %s, \"suppliers\": [%s]}"
                .formatted(id, date, value(amount, currency), suppliers);
    }

    private static String contract(String id, String awardId, String signed, String amount, String currency) {
        return "{\"id\": \"%s\", \"awardID\": \"%s\", \"status\": \"active\", %s\"value\": %s}"
                .formatted(id, awardId, signed == null ? "" : "\"dateSigned\": \"" + signed + "\", ",
                        value(amount, currency));
    }

    private static String value(String amount, String currency) {
        return currency == null ? "{\"amount\": " + amount + "}"
                : "{\"amount\": " + amount + ", \"currency\": \"" + currency + "\"}";
    }

    public static void ingest(String source, String body) {
        given().contentType("application/x-ndjson").header("Authorization", KEY).queryParam("source", source)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/ingest")
                .then().statusCode(200).body("rejectedCount", equalTo(0));
    }

    public static JsonNode get(String url) {
        return read(given().when().get(url).then().statusCode(200).contentType(ContentType.JSON).extract().asString());
    }

    /** Every item of a list, following links.next to the end. */
    public static List<JsonNode> walk(String url) {
        List<JsonNode> items = new ArrayList<>();
        boolean first = true;
        while (url != null) {
            JsonNode page = read(given().urlEncodingEnabled(first).when().get(url)
                    .then().statusCode(200).contentType(ContentType.JSON).extract().asString());
            page.get("data").forEach(items::add);
            url = page.at("/links/next").isNull() ? null : page.at("/links/next").asText();
            first = false;
        }
        return items;
    }

    static List<String> ids(String url) {
        return walk(url).stream().map(item -> item.get("id").asText()).toList();
    }

    /** Values per currency as "USD=1250.10/2,null=10/1", in currency order, unknown currency last. */
    static String values(JsonNode values) {
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add((v.get("currency").isNull() ? "null" : v.get("currency").asText()) + "="
                + v.get("amount").decimalValue().toPlainString() + "/" + v.get("count").asLong()));
        return String.join(",", shown);
    }

    public static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String source(String alias, String name) {
        return alias + ".source_id = (select id from source where name = '" + name + "')";
    }

    // Totals computed from the stored rows, not from the precomputed totals.

    /** identity key, awards, contracts, values ("USD=12.50/3,..."), first award, last award, buyers. */
    static String supplierTotalsSql(String organizations) {
        return """
                select o.identity_key,
                  (select count(*) from award_supplier w where w.organization_id = o.id),
                  (select count(*) from award_supplier w join contract c on c.ocid = w.ocid and c.award_id = w.award_id
                   where w.organization_id = o.id),
                  (select string_agg(coalesce(x.cur, 'null') || '=' || x.total || '/' || x.n, ',' order by x.cur)
                   from (select c.value_currency as cur, sum(c.value_amount) as total, count(*) as n
                         from award_supplier w join contract c on c.ocid = w.ocid and c.award_id = w.award_id
                         where w.organization_id = o.id and c.value_amount is not null group by c.value_currency) x),
                  (select to_char(min(a.award_date) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') from award_supplier w join award a on a.ocid = w.ocid and a.award_id = w.award_id
                   where w.organization_id = o.id),
                  (select to_char(max(a.award_date) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') from award_supplier w join award a on a.ocid = w.ocid and a.award_id = w.award_id
                   where w.organization_id = o.id),
                  (select count(distinct p.buyer_id) from award_supplier w join process p on p.ocid = w.ocid
                   where w.organization_id = o.id)
                from organization o where""" + " " + organizations;
    }

    /** identity key, awards, contracts, values, first award, last award, suppliers. */
    static String buyerTotalsSql(String organizations) {
        return """
                select o.identity_key,
                  (select count(*) from process p join award a on a.ocid = p.ocid where p.buyer_id = o.id),
                  (select count(*) from process p join contract c on c.ocid = p.ocid where p.buyer_id = o.id),
                  (select string_agg(coalesce(x.cur, 'null') || '=' || x.total || '/' || x.n, ',' order by x.cur)
                   from (select c.value_currency as cur, sum(c.value_amount) as total, count(*) as n
                         from process p join contract c on c.ocid = p.ocid
                         where p.buyer_id = o.id and c.value_amount is not null group by c.value_currency) x),
                  (select to_char(min(a.award_date) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') from process p join award a on a.ocid = p.ocid where p.buyer_id = o.id),
                  (select to_char(max(a.award_date) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') from process p join award a on a.ocid = p.ocid where p.buyer_id = o.id),
                  (select count(distinct w.organization_id) from process p join award_supplier w on w.ocid = p.ocid
                   where p.buyer_id = o.id)
                from organization o where""" + " " + organizations;
    }
}
