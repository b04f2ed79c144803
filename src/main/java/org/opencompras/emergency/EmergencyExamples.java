package org.opencompras.emergency;

/** Texts and example bodies of the emergency endpoints in the OpenAPI document. */
final class EmergencyExamples {

    static final String COUNTED = "Each filtered process is one procedure, dated by its first publication (UTC); "
            + "emergency: method details naming 'emergencia'; direct: procurementMethod direct. By covidCategory, "
            + "a process counts once in each category of its counted items; processes without items are in none.";

    static final String SHARES = """
            {"data": {"by": "mainProcurementCategory", "interval": "year",
             "counted": "Each filtered process is one procedure, dated by its first publication (UTC); emergency: method details naming 'emergencia'; direct: procurementMethod direct. By covidCategory, a process counts once in each category of its counted items; processes without items are in none.",
             "groups": [
              {"key": "goods", "name": null,
               "total": {"processes": 1250, "emergency": 75, "emergencyShare": 0.060000, "direct": 410, "directShare": 0.328000},
               "periods": [
                {"start": "2020-01-01T00:00:00Z",
                 "shares": {"processes": 500, "emergency": 60, "emergencyShare": 0.120000, "direct": 190, "directShare": 0.380000}},
                {"start": "2021-01-01T00:00:00Z",
                 "shares": {"processes": 750, "emergency": 15, "emergencyShare": 0.020000, "direct": 220, "directShare": 0.293333}}]}]},
             "meta": {"dataAsOf": "2026-11-25T14:03:12Z", "filters": {"source": "sercop"}}}
            """;

    static final String FLAGS = """
            {"data": [{"ocid": "ocds-5wno2w-CE-20200000456-2020-60001", "title": "MANTENIMIENTO DE PARQUES Y JARDINES",
               "buyer": {"id": "EC-RUC-1760001550001", "name": "MUNICIPIO DEL DISTRITO METROPOLITANO DE QUITO"},
               "procurementMethodDetails": "Contratación de Emergencia", "published": "2020-04-02T15:00:00Z",
               "flags": [
                {"reason": "long-contract", "contractId": "2000456-CE-20200000456", "periodStart": "2020-04-02T05:00:00Z",
                 "periodEnd": "2022-04-02T05:00:00Z", "periodDays": 730, "thresholdDays": 180},
                {"reason": "items-outside-emergency-rules", "itemCount": 1,
                 "items": [{"scope": "award", "parentId": "1000456-CE-20200000456", "id": "1",
                            "description": "MANTENIMIENTO DE PARQUES Y JARDINES", "classificationId": "859700011",
                            "category": "other"}]}],
               "links": {"process": "https://api.example.org/api/v1/processes/ocds-5wno2w-CE-20200000456-2020-60001"}}],
             "links": {"self": "https://api.example.org/api/v1/analytics/emergency/flags?buyer=EC-RUC-1760001550001&limit=1",
                       "next": "https://api.example.org/api/v1/analytics/emergency/flags?buyer=EC-RUC-1760001550001&limit=1&cursor=eyJxIjoiN2Fk..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z", "filters": {"buyer": "EC-RUC-1760001550001"},
                      "settings": {"maxPeriodDays": 180, "rulesFrom": "categories",
                                   "keywords": ["mascarilla", "guante", "alcohol"],
                                   "cpcPrefixes": ["36950", "34660", "3526"]}}}
            """;

    static final String BAD_BY = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'by' is invalid: one of all, buyer, mainProcurementCategory, covidCategory (got 'supplier')",
             "instance": "/api/v1/analytics/emergency",
             "invalidParams": [{"name": "by", "reason": "one of all, buyer, mainProcurementCategory, covidCategory (got 'supplier')"}]}
            """;

    static final String BAD_LIMIT = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'limit' is invalid: an integer from 1 to 500 (got 0)",
             "instance": "/api/v1/analytics/emergency/flags",
             "invalidParams": [{"name": "limit", "reason": "an integer from 1 to 500 (got 0)"}]}
            """;

    static final String NOT_READY = """
            {"type": "https://opencompras.org/problems/unavailable", "title": "Service unavailable", "status": 503,
             "detail": "The items are being classified for the first time; try again in a few minutes",
             "instance": "/api/v1/analytics/emergency/flags"}
            """;

    private EmergencyExamples() {
    }
}
