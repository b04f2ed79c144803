package org.opencompras.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.opencompras.TestDatabase;
import org.opencompras.generate.SampleGenerator;

/**
 * Data for the contract and award list tests: generated SERCOP-shaped processes under an ocid prefix of their
 * own, and hand-written releases for the edge cases (accents, missing dates, two currencies, '/' in an ocid,
 * several suppliers and contracts per award).
 */
public final class ProcurementTestData {

    private static final String KEY = "Bearer test-admin-key";

    private ProcurementTestData() {
    }

    /** Generates {@code processes} processes with {@code seed}, renames their ocids to {@code prefix-...} and loads them. */
    public static void ingestGenerated(String source, String prefix, long seed, int processes) {
        var out = new ByteArrayOutputStream();
        new SampleGenerator(seed).generate(processes, out, SampleGenerator.Format.JSON_LINES);
        String lines = out.toString(StandardCharsets.UTF_8).replace("\"ocds-5wno2w-", "\"" + prefix + "-");
        given().contentType("application/x-ndjson").header("Authorization", KEY).queryParam("source", source)
                .body(lines.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/ingest")
                .then().statusCode(200).body("rejectedCount", equalTo(0));
    }

    public static void ingest(String source, String body) {
        given().contentType(ContentType.JSON).header("Authorization", KEY).queryParam("source", source)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/ingest")
                .then().statusCode(200).body("rejectedCount", equalTo(0));
    }

    /** The first column of every row of a query, as text. */
    public static List<String> column(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return values;
    }

    /**
     * Hand-written releases of four processes under {@code prefix}: {@code prefix-1} an emergency purchase of masks
     * (accents, items, one contract); {@code prefix/2020/2} ('/' in the ocid) a service in EUR whose contract has no
     * signature date and whose award has no date; {@code prefix-3} an award to two suppliers with two contracts (one
     * id with a space), a pending one; {@code prefix-4} a contract whose award is not published.
     */
    public static String edgeReleases(String prefix) {
        return ("[" + """
                {"ocid": "%1$s-1", "id": "%1$s-1-tender", "date": "2020-03-20T09:00:00-05:00", "tag": ["tender"],
                 "initiationType": "tender", "buyer": {"id": "EC-RUC-1768152560001-7", "name": "HOSPITAL EUGENIO ESPEJO"},
                 "parties": [{"id": "EC-RUC-1768152560001-7", "name": "HOSPITAL EUGENIO ESPEJO", "roles": ["buyer"]}],
                 "tender": {"id": "T1", "title": "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS", "status": "complete",
                   "description": "Compra urgente para el personal de salud",
                   "procurementMethod": "direct", "procurementMethodDetails": "Contratación de Emergencia",
                   "mainProcurementCategory": "goods", "numberOfTenderers": 1,
                   "value": {"amount": 130000, "currency": "USD"}}},
                {"ocid": "%1$s-1", "id": "%1$s-1-award", "date": "2020-04-02T10:00:00-05:00", "tag": ["award", "contract"],
                 "initiationType": "tender",
                 "parties": [{"id": "EC-RUC-0993038210001-900030", "name": "MAXINSUMO S.A.", "roles": ["supplier"]}],
                 "awards": [{"id": "A1", "title": "Mascarillas", "status": "active", "date": "2020-03-30T16:00:00-05:00",
                   "value": {"amount": 125900.50, "currency": "USD"},
                   "suppliers": [{"id": "EC-RUC-0993038210001-900030", "name": "MAXINSUMO S.A."}],
                   "items": [{"id": "1", "description": "MASCARILLA QUIRURGICA DESECHABLE",
                     "classification": {"scheme": "CPC", "id": "352900012", "description": "MASCARILLAS"},
                     "quantity": 20000, "unit": {"name": "Unidad", "value": {"amount": 6.295, "currency": "USD"}}}]}],
                 "contracts": [{"id": "C1", "awardID": "A1", "title": "Contrato de mascarillas", "status": "active",
                   "dateSigned": "2020-04-02T10:00:00-05:00", "value": {"amount": 125900.50, "currency": "USD"},
                   "period": {"startDate": "2020-04-02T00:00:00-05:00", "endDate": "2020-05-02T00:00:00-05:00"},
                   "items": [{"id": "1", "description": "MASCARILLA QUIRURGICA DESECHABLE",
                     "classification": {"scheme": "CPC", "id": "352900012", "description": "MASCARILLAS"},
                     "quantity": 20000, "unit": {"name": "Unidad", "value": {"amount": 6.295, "currency": "USD"}}},
                     {"id": "2", "description": "GUANTES DE NITRILO", "quantity": 500.5}]}]},
                {"ocid": "%1$s/2020/2", "id": "r1", "date": "2021-06-01T12:00:00Z", "tag": ["tender", "award", "contract"],
                 "initiationType": "tender", "buyer": {"id": "EC-RUC-1760001550001-1", "name": "MUNICIPIO DE QUITO"},
                 "parties": [{"id": "EC-RUC-1760001550001-1", "name": "MUNICIPIO DE QUITO", "roles": ["buyer"]},
                   {"id": "EC-RUC-1791251237001-5", "name": "LIMPIEZA \\"TOTAL\\", CIA. LTDA.", "roles": ["supplier"]}],
                 "tender": {"id": "T2", "title": "Servicio de limpieza de oficinas", "status": "active",
                   "description": "Señalización y limpieza", "procurementMethod": "open",
                   "procurementMethodDetails": "Licitación", "mainProcurementCategory": "services"},
                 "awards": [{"id": "A2", "status": "cancelled", "value": {"amount": 5000, "currency": "EUR"},
                   "suppliers": [{"id": "EC-RUC-1791251237001-5", "name": "LIMPIEZA \\"TOTAL\\", CIA. LTDA."}]}],
                 "contracts": [{"id": "C2", "awardID": "A2", "title": "Limpieza, \\"oficinas\\"\\nQuito", "status": "pending",
                   "value": {"amount": 5000, "currency": "EUR"}}]},
                {"ocid": "%1$s-3", "id": "r1", "date": "2022-01-10T08:00:00-05:00", "tag": ["tender", "award", "contract"],
                 "initiationType": "tender", "buyer": {"id": "EC-RUC-1768152560001-7", "name": "HOSPITAL EUGENIO ESPEJO"},
                 "parties": [{"id": "EC-RUC-1768152560001-7", "name": "HOSPITAL EUGENIO ESPEJO", "roles": ["buyer"]},
                   {"id": "EC-RUC-0993038210001-1", "name": "MAXINSUMO S.A.", "roles": ["supplier"]},
                   {"id": "EC-RUC-1792345678001-2", "name": "DISTRIBUIDORA ÁNDES", "roles": ["supplier"]}],
                 "tender": {"id": "T3", "title": "Equipos de oficina", "status": "complete",
                   "description": "Adquisición de escritorios", "procurementMethod": "selective",
                   "procurementMethodDetails": "Cotización", "mainProcurementCategory": "goods"},
                 "awards": [{"id": "A3", "status": "pending", "date": "2022-01-05T08:00:00-05:00",
                   "value": {"amount": 1234567890123.456789, "currency": "USD"},
                   "suppliers": [{"id": "EC-RUC-0993038210001-1", "name": "MAXINSUMO S.A."},
                     {"id": "EC-RUC-1792345678001-2", "name": "DISTRIBUIDORA ÁNDES"}],
                   "items": [{"id": "9", "description": "ESCRITORIO", "classification": {"scheme": "CPC", "id": "381100011"},
                     "quantity": 3}]}],
                 "contracts": [{"id": "C3", "awardID": "A3", "title": "Escritorios primera entrega", "status": "active",
                   "dateSigned": "2022-01-10T08:00:00-05:00", "value": {"amount": 0.005, "currency": "USD"}},
                   {"id": "C 3b", "awardID": "A3", "title": "Escritorios segunda entrega", "status": "terminated",
                   "dateSigned": "2022-01-10T08:00:00-05:00", "value": {"amount": 10.10, "currency": "USD"}}]},
                {"ocid": "%1$s-4", "id": "r1", "date": "2023-02-01T08:00:00-05:00", "tag": ["contract"],
                 "initiationType": "tender", "buyer": {"id": "EC-RUC-1760001550001-1", "name": "MUNICIPIO DE QUITO"},
                 "parties": [{"id": "EC-RUC-1760001550001-1", "name": "MUNICIPIO DE QUITO", "roles": ["buyer"]}],
                 "tender": {"id": "T4", "title": "Obras viales", "procurementMethod": "direct",
                   "procurementMethodDetails": "Contratación Directa", "mainProcurementCategory": "works"},
                 "contracts": [{"id": "C4", "awardID": "A-missing", "title": "Asfaltado", "status": "active",
                   "dateSigned": "2023-02-01T08:00:00-05:00"}]}
                """ + "]").formatted(prefix);
    }
}
