package org.opencompras.prices;

/** Example bodies shown in the OpenAPI document for the price comparison. */
final class PriceExamples {

    static final String CLASSES = """
            {"data": [{"classification": {"scheme": "CPC", "id": "352900011",
                                          "description": "MASCARILLA QUIRURGICA DESCARTABLE TRES PLIEGUES"},
               "currency": "USD", "unit": "unidad", "unitNames": ["CAJA X 50", "Unidad"],
               "comparable": true, "reason": null, "otherUnits": [], "purchases": 5,
               "prices": {"min": 0.48, "p25": 0.50, "median": 0.50, "p75": 0.52, "max": 2.40, "spread": 5.0000},
               "buyers": [{"organization": {"id": "EC-RUC-1760001550001", "name": "MINISTERIO DE SALUD PUBLICA"},
                           "purchases": 1, "min": 2.40, "median": 2.40, "max": 2.40, "medianRatio": 4.8000},
                          {"organization": {"id": "EC-RUC-1768152560001", "name": "HOSPITAL EUGENIO ESPEJO"},
                           "purchases": 4, "min": 0.48, "median": 0.51, "max": 0.52, "medianRatio": 1.0200}],
               "suppliers": [{"organization": {"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A."},
                              "purchases": 5, "min": 0.48, "median": 0.50, "max": 2.40, "medianRatio": 1.0000}],
               "flagged": {"multiple": 2.0, "threshold": 1.000, "count": 1,
                 "purchases": [{"ocid": "ocds-5wno2w-EMERG-MSP-2020-118", "award": "ocds-5wno2w-EMERG-MSP-2020-118~1",
                   "itemId": "1", "buyer": {"id": "EC-RUC-1760001550001", "name": "MINISTERIO DE SALUD PUBLICA"},
                   "suppliers": [{"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A."}],
                   "quantity": 20000, "unitName": "Unidad", "unitValue": {"amount": 2.40, "currency": "USD"},
                   "unitPrice": 2.40, "ratio": 4.8000}]}}],
             "links": {"self": "https://api.example.org/api/v1/analytics/prices?classification=3529&limit=1",
                       "next": "https://api.example.org/api/v1/analytics/prices?classification=3529&limit=1&cursor=eyJxIjoi..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z"}}
            """;

    static final String SUPPLIER_CLASSES = """
            {"data": [{"classification": {"scheme": "CPC", "id": "352900011",
                                          "description": "MASCARILLA QUIRURGICA DESCARTABLE TRES PLIEGUES"},
               "currency": "USD", "unit": "unidad", "unitNames": ["Unidad"],
               "comparable": true, "reason": null, "otherUnits": [], "purchases": 3,
               "prices": {"min": 0.50, "p25": 0.50, "median": 0.50, "p75": 2.40, "max": 2.40, "spread": 4.8000},
               "buyers": [{"organization": {"id": "EC-RUC-1760001550001", "name": "MINISTERIO DE SALUD PUBLICA"},
                           "purchases": 1, "min": 2.40, "median": 2.40, "max": 2.40, "medianRatio": 4.8000},
                          {"organization": {"id": "EC-RUC-1768152560001", "name": "HOSPITAL EUGENIO ESPEJO"},
                           "purchases": 2, "min": 0.50, "median": 0.50, "max": 0.50, "medianRatio": 1.0000}],
               "flagged": {"multiple": 2.0, "threshold": 1.000, "count": 1,
                 "purchases": [{"ocid": "ocds-5wno2w-EMERG-MSP-2020-118", "award": "ocds-5wno2w-EMERG-MSP-2020-118~1",
                   "itemId": "1", "buyer": {"id": "EC-RUC-1760001550001", "name": "MINISTERIO DE SALUD PUBLICA"},
                   "suppliers": [{"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A."}],
                   "quantity": 20000, "unitName": "Unidad", "unitValue": {"amount": 2.40, "currency": "USD"},
                   "unitPrice": 2.40, "ratio": 4.8000}]}}],
             "links": {"self": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/prices?limit=1",
                       "next": null},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z"}}
            """;

    static final String NO_CLASS = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'classification' is invalid: give a classification code or prefix (3529, 352900011), or a search `q` (mascarillas): prices are compared within item classes",
             "instance": "/api/v1/analytics/prices",
             "invalidParams": [{"name": "classification", "reason": "give a classification code or prefix (3529, 352900011), or a search `q` (mascarillas): prices are compared within item classes"}]}
            """;

    static final String BAD_ID = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'id' is invalid: an organization id as listed by /suppliers (EC-RUC-0993038210001), or a 13-digit RUC (got 'MAX INSUMO')",
             "instance": "/api/v1/suppliers/MAX%20INSUMO/prices",
             "invalidParams": [{"name": "id", "reason": "an organization id as listed by /suppliers (EC-RUC-0993038210001), or a 13-digit RUC (got 'MAX INSUMO')"}]}
            """;

    static final String NOT_FOUND = """
            {"type": "https://opencompras.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No supplier with id '1790012345001'", "instance": "/api/v1/suppliers/1790012345001/prices"}
            """;

    static final String FLAG_MULTIPLE = "Flag the purchases priced above this multiple of their class's median: a "
            + "decimal above 1 and at most 100. Default 2.0 (setting opencompras.prices.flag-multiple).";
    static final String FLAGGED_LIMIT = "How many flagged purchases to list per class, dearest first: 0 to 500 "
            + "(default 20, setting opencompras.prices.flagged-per-class); `flagged.count` counts them all.";
    static final String LIMIT = "Classes per page: 1 to 500, default 50.";
    static final String CURSOR = "The `links.next` of the previous page; absent for the first page.";
    static final String INCLUDE_TOTAL = "true to count the classes in `meta.total`.";

    private PriceExamples() {
    }
}
