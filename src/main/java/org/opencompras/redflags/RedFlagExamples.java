package org.opencompras.redflags;

/** Examples of the red-flag answers, for the API's documentation. */
final class RedFlagExamples {

    static final String PROCESSES = """
            {"data": [{"ocid": "ocds-5wno2w-SIE-HOALO-2025-003-141697", "title": "Adquisición de insumos médicos",
               "buyer": {"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO"},
               "indicators": {
                 "R003": {"outcome": "flagged", "value": 4, "threshold": 15},
                 "R018": {"outcome": "notFlagged", "value": 3, "threshold": 1},
                 "R024": {"outcome": "notComputable", "reason": "the lowest bid did not win: the award criteria are not price only"}}}],
             "links": {"self": "https://api.example.org/api/v1/analytics/red-flags?indicator=R003,R018,R024",
                       "next": "https://api.example.org/api/v1/analytics/red-flags?indicator=R003,R018,R024&cursor=eyJxIjoi..."},
             "meta": {"limit": 50, "dataAsOf": "2026-01-15T10:00:00Z"}}
            """;

    static final String BUYERS = """
            {"data": [{"organization": {"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO"},
               "indicators": {
                 "R018": {"outcome": "flagged", "value": 0.2500, "processes": {"flagged": 3, "notFlagged": 9, "notComputable": 40}},
                 "R036": {"outcome": "notComputable", "reason": "none of its processes could be assessed",
                          "processes": {"flagged": 0, "notFlagged": 0, "notComputable": 52}}}}],
             "links": {"self": "https://api.example.org/api/v1/analytics/red-flags?by=buyer&indicator=R018,R036", "next": null},
             "meta": {"limit": 50, "dataAsOf": "2026-01-15T10:00:00Z"}}
            """;

    static final String INDICATORS = """
            {"note": "A flag is a reason to look closer, not proof of wrongdoing: ...",
             "data": [{"code": "R058", "title": "Heavily discounted bid",
                       "definition": "The relative difference between the winning bid and the lowest valid bid ...",
                       "settings": {"upperFence": "Q3 + 1.5 IQR per source", "currency": "the one currency of the process's bids",
                                    "noPriceComparisonProcurementMethods": "", "priceComparisonProcurementMethods": "",
                                    "excludedProcurementMethodDetails": ""},
                       "fences": [{"source": "sercop", "q1": 0.0350, "q3": 0.1500, "fence": 0.3225, "processes": 5210}]}]}
            """;

    static final String BAD_PARAMETER = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'indicator' is invalid: one or more of R003, R018, R024, R028, R030, R035, R036, R058, X001, comma-separated (got 'R999')",
             "instance": "/api/v1/analytics/red-flags",
             "invalidParams": [{"name": "indicator", "reason": "one or more of R003, R018, R024, R028, R030, R035, R036, R058, X001, comma-separated (got 'R999')"}]}
            """;

    private RedFlagExamples() {
    }
}
