package org.opencompras.categories;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.opencompras.generate.SampleGenerator;

/**
 * Processes with known answers, under their own source and ocid prefix, loaded once:
 * <ul>
 * <li>{@code P-1}: an emergency two-year parks-and-gardens contract (730 days), its item on the award only;</li>
 * <li>{@code P-2}: an emergency purchase of masks, "alcohol antiséptico" in USD and "ALCOHOL ANTISEPTICO" in EUR
 * and an office chair, on the contract; its tender items (a huge quantity of masks) are not counted;</li>
 * <li>{@code P-3}: an open purchase with award items only: paracetamol (keyword), a product matched by its CPC code
 * alone, hypochlorite, gloves without a price, and a disinfectant soap (disinfectants come before hygiene);</li>
 * <li>{@code P-4}: an emergency purchase of N95 masks, 60-day contract: nothing to flag;</li>
 * <li>{@code P-5}: a direct, non-emergency tender with one unpriced desk.</li>
 * </ul>
 */
final class CategoriesTestData {

    static final String SOURCE = "categories-hand";
    static final String PREFIX = "ocds-cat5t";
    static final String GENERATED = "categories-gen";
    static final String GENERATED_PREFIX = "ocds-cat5g";

    private static boolean loaded;

    private CategoriesTestData() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        ingest(SOURCE, "application/json", releases());
        var out = new ByteArrayOutputStream();
        new SampleGenerator(58).generate(250, out, SampleGenerator.Format.JSON_LINES);
        ingest(GENERATED, "application/x-ndjson", out.toString(StandardCharsets.UTF_8)
                .replace("\"ocds-5wno2w-", "\"" + GENERATED_PREFIX + "-"));
    }

    // A loaded machine can take minutes over a few hundred processes.
    private static void ingest(String source, String type, String body) {
        given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 600_000).setParam("http.connection.timeout", 60_000)))
                .contentType(type).header("Authorization", "Bearer test-admin-key").queryParam("source", source)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/ingest")
                .then().statusCode(200).body("rejectedCount", equalTo(0));
    }

    private static String releases() {
        return ("[" + """
                {"ocid": "%1$s-P-1", "id": "r1", "date": "2020-04-02T10:00:00-05:00", "tag": ["tender", "award", "contract"],
                 "initiationType": "tender", "buyer": {"id": "EC-RUC-1760001550001-1", "name": "MUNICIPIO DE QUITO"},
                 "parties": [{"id": "EC-RUC-1760001550001-1", "name": "MUNICIPIO DE QUITO", "roles": ["buyer"]}],
                 "tender": {"id": "T1", "title": "MANTENIMIENTO DE PARQUES Y JARDINES", "status": "complete",
                   "procurementMethod": "direct", "procurementMethodDetails": "Contratación de Emergencia",
                   "mainProcurementCategory": "services"},
                 "awards": [{"id": "A1", "status": "active", "date": "2020-04-01T10:00:00-05:00",
                   "items": [{"id": "1", "description": "MANTENIMIENTO DE PARQUES Y JARDINES",
                     "classification": {"scheme": "CPC", "id": "859700011", "description": "MANTENIMIENTO DE PARQUES"},
                     "quantity": 24, "unit": {"name": "Mes", "value": {"amount": 4200.00, "currency": "USD"}}}]}],
                 "contracts": [{"id": "C1", "awardID": "A1", "status": "active", "dateSigned": "2020-04-02T10:00:00-05:00",
                   "period": {"startDate": "2020-04-02T00:00:00-05:00", "endDate": "2022-04-02T00:00:00-05:00"}}]},
                {"ocid": "%1$s-P-2", "id": "r1", "date": "2020-03-20T09:00:00-05:00", "tag": ["tender", "award", "contract"],
                 "initiationType": "tender", "buyer": {"id": "EC-RUC-1768152560001-7", "name": "HOSPITAL EUGENIO ESPEJO"},
                 "parties": [{"id": "EC-RUC-1768152560001-7", "name": "HOSPITAL EUGENIO ESPEJO", "roles": ["buyer"]}],
                 "tender": {"id": "T2", "title": "INSUMOS COVID", "status": "complete",
                   "procurementMethod": "direct", "procurementMethodDetails": "CONTRATACION DE EMERGENCIA",
                   "mainProcurementCategory": "goods",
                   "items": [{"id": "1", "description": "MASCARILLA QUIRURGICA", "quantity": 999999,
                     "unit": {"value": {"amount": 9, "currency": "USD"}}}]},
                 "awards": [{"id": "A2", "status": "active", "date": "2020-03-21T10:00:00-05:00"}],
                 "contracts": [{"id": "C2", "awardID": "A2", "status": "active", "dateSigned": "2020-03-22T10:00:00-05:00",
                   "period": {"startDate": "2020-03-22T00:00:00-05:00", "endDate": "2020-04-21T00:00:00-05:00"},
                   "items": [
                     {"id": "1", "description": "MASCARILLA QUIRURGICA",
                      "classification": {"scheme": "CPC", "id": "352900011", "description": "INSUMOS"},
                      "quantity": 1000, "unit": {"value": {"amount": 0.35, "currency": "USD"}}},
                     {"id": "2", "description": "alcohol antiséptico", "quantity": 10,
                      "unit": {"value": {"amount": 3.20, "currency": "USD"}}},
                     {"id": "3", "description": "ALCOHOL ANTISEPTICO", "quantity": 5,
                      "unit": {"value": {"amount": 3.2, "currency": "EUR"}}},
                     {"id": "4", "description": "SILLA ERGONOMICA DE OFICINA",
                      "classification": {"scheme": "CPC", "id": "381100011"},
                      "quantity": 2, "unit": {"value": {"amount": 140, "currency": "USD"}}}]}]},
                {"ocid": "%1$s-P-3", "id": "r1", "date": "2021-01-10T08:00:00-05:00", "tag": ["tender", "award", "contract"],
                 "initiationType": "tender", "buyer": {"id": "EC-RUC-1768152560001-7", "name": "HOSPITAL EUGENIO ESPEJO"},
                 "parties": [{"id": "EC-RUC-1768152560001-7", "name": "HOSPITAL EUGENIO ESPEJO", "roles": ["buyer"]}],
                 "tender": {"id": "T3", "title": "MEDICAMENTOS E INSUMOS", "status": "complete",
                   "procurementMethod": "open", "procurementMethodDetails": "Subasta Inversa Electrónica",
                   "mainProcurementCategory": "goods"},
                 "awards": [{"id": "A3", "status": "active", "date": "2021-01-20T10:00:00-05:00",
                   "items": [
                     {"id": "1", "description": "PARACETAMOL 500 MG TABLETA",
                      "classification": {"scheme": "CPC", "id": "352600011"},
                      "quantity": 1000, "unit": {"value": {"amount": 0.04, "currency": "USD"}}},
                     {"id": "2", "description": "PRODUCTO X", "classification": {"scheme": "CPC", "id": "352600099"},
                      "quantity": 3, "unit": {"value": {"amount": 1.5, "currency": "USD"}}},
                     {"id": "3", "description": "HIPOCLORITO DE SODIO AL 10%%", "quantity": 10,
                      "unit": {"value": {"amount": 4.20, "currency": "USD"}}},
                     {"id": "4", "description": "Guantes de nitrilo", "quantity": 100},
                     {"id": "5", "description": "Jabón desinfectante", "quantity": 2,
                      "unit": {"value": {"amount": 1, "currency": "USD"}}}]}],
                 "contracts": [{"id": "C3", "awardID": "A3", "status": "active", "dateSigned": "2021-01-21T10:00:00-05:00",
                   "period": {"startDate": "2021-01-21T00:00:00-05:00", "endDate": "2022-01-21T00:00:00-05:00"}}]},
                {"ocid": "%1$s-P-4", "id": "r1", "date": "2020-05-01T08:00:00-05:00", "tag": ["tender", "award", "contract"],
                 "initiationType": "tender", "buyer": {"id": "EC-RUC-1768152560001-7", "name": "HOSPITAL EUGENIO ESPEJO"},
                 "parties": [{"id": "EC-RUC-1768152560001-7", "name": "HOSPITAL EUGENIO ESPEJO", "roles": ["buyer"]}],
                 "tender": {"id": "T4", "title": "MASCARILLAS N95", "status": "complete",
                   "procurementMethod": "direct", "procurementMethodDetails": "Contratación de Emergencia",
                   "mainProcurementCategory": "goods"},
                 "awards": [{"id": "A4", "status": "active", "date": "2020-05-02T10:00:00-05:00"}],
                 "contracts": [{"id": "C4", "awardID": "A4", "status": "active", "dateSigned": "2020-05-03T10:00:00-05:00",
                   "period": {"startDate": "2020-05-03T00:00:00-05:00", "endDate": "2020-07-02T00:00:00-05:00"},
                   "items": [{"id": "1", "description": "Mascarillas N95", "quantity": 100,
                     "unit": {"value": {"amount": 1.90, "currency": "USD"}}}]}]},
                {"ocid": "%1$s-P-5", "id": "r1", "date": "2022-06-01T08:00:00-05:00", "tag": ["tender"],
                 "initiationType": "tender", "buyer": {"id": "EC-RUC-1760001550001-1", "name": "MUNICIPIO DE QUITO"},
                 "parties": [{"id": "EC-RUC-1760001550001-1", "name": "MUNICIPIO DE QUITO", "roles": ["buyer"]}],
                 "tender": {"id": "T5", "title": "ESCRITORIOS", "status": "active",
                   "procurementMethod": "direct", "procurementMethodDetails": "Ínfima Cuantía",
                   "mainProcurementCategory": "goods",
                   "items": [{"id": "1", "description": "ESCRITORIO", "quantity": 3}]}}
                """ + "]").formatted(PREFIX);
    }
}
