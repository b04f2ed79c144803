package org.opencompras.redflags;

/** Examples of the red-flag answers, for the API's documentation. */
final class RedFlagExamples {

    static final String PROCESSES = """
            {"data": [{"ocid": "ocds-5wno2w-SIE-HOALO-2025-003-141697", "title": "Adquisición de insumos médicos",
               "buyer": {"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO"},
               "indicators": {
                 "R003": {"outcome": "flagged", "value": 4, "threshold": 15},
                 "R018": {"outcome": "notFlagged", "value": 3, "threshold": 1},
                 "R024": {"outcome": "notComputable", "reason": "the lowest bid did not win: the award criteria are not price only"},
                 "X002": {"outcome": "flagged", "value": 498, "threshold": 180}}}],
             "links": {"self": "https://api.example.org/api/v1/analytics/red-flags?indicator=R003,R018,R024,X002",
                       "next": "https://api.example.org/api/v1/analytics/red-flags?indicator=R003,R018,R024,X002&cursor=eyJxIjoi..."},
             "meta": {"limit": 50, "dataAsOf": "2026-01-15T10:00:00Z"}}
            """;

    static final String BUYERS = """
            {"data": [{"organization": {"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO"},
               "indicators": {
                 "R018": {"outcome": "flagged", "value": 0.2500, "processes": {"flagged": 3, "notFlagged": 9, "notComputable": 40}},
                 "R036": {"outcome": "notComputable", "reason": "none of its processes could be assessed",
                          "processes": {"flagged": 0, "notFlagged": 0, "notComputable": 52}},
                 "R038": {"outcome": "flagged", "value": 0.5000, "threshold": 0.42375},
                 "R048": {"outcome": "notComputable", "reason": "assessed for suppliers only"}}}],
             "links": {"self": "https://api.example.org/api/v1/analytics/red-flags?by=buyer&indicator=R018,R036,R038,R048", "next": null},
             "meta": {"limit": 50, "dataAsOf": "2026-01-15T10:00:00Z"}}
            """;

    static final String SUPPLIERS = """
            {"data": [{"organization": {"id": "EC-RUC-0990007764001", "name": "INDULIMP CIA. LTDA."},
               "indicators": {
                 "R038": {"outcome": "notFlagged", "value": 0.0455, "threshold": 0.51050},
                 "R048": {"outcome": "flagged", "value": 12, "threshold": 12.0}}},
              {"organization": {"id": "EC-RUC-0190114244001", "name": "CONSTRUCTORA QUIFARMA CIA. LTDA."},
               "indicators": {
                 "R038": {"outcome": "notComputable", "reason": "fewer submitted bids than the minimum (2)"},
                 "R048": {"outcome": "notComputable", "reason": "awarded in fewer processes than the minimum (20)"}}}],
             "links": {"self": "https://api.example.org/api/v1/analytics/red-flags?by=supplier&indicator=R038,R048&limit=2",
                       "next": "https://api.example.org/api/v1/analytics/red-flags?by=supplier&indicator=R038,R048&limit=2&cursor=eyJxIjoi..."},
             "meta": {"limit": 2, "dataAsOf": "2026-01-15T10:00:00Z"}}
            """;

    static final String INDICATORS = """
            {"note": "A flag is a reason to look closer, not proof of wrongdoing: ...",
             "data": [{"code": "R058", "title": "Heavily discounted bid",
                       "definition": "The relative difference between the winning bid and the lowest valid bid ...",
                       "settings": {"upperFence": "Q3 + 1.5 IQR per source", "currency": "the one currency of the process's bids",
                                    "noPriceComparisonProcurementMethods": "", "priceComparisonProcurementMethods": "",
                                    "excludedProcurementMethodDetails": ""},
                       "fences": [{"source": "sercop", "q1": 0.0350, "q3": 0.1500, "fence": 0.3225, "processes": 5210}]},
                      {"code": "X002", "title": "Emergency procedure that looks like no emergency",
                       "definition": "An emergency procedure (procurement method details of an emergency) with a contract whose period is longer than the emergency threshold ...",
                       "settings": {"maxPeriodDays": 180, "rulesFrom": "categories", "excludedProcurementMethodDetails": ""}},
                      {"code": "R038", "title": "Excessive disqualified bids",
                       "definition": "The share of bids that were disqualified, among the bids submitted ...",
                       "settings": {"upperFence": "Q3 + 1.5 IQR per source and role", "minimumSubmittedBids": 2,
                                    "minimumContractingProcesses": 2, "excludedProcurementMethodDetails": ""}},
                      {"code": "R048", "title": "Heterogeneous supplier",
                       "definition": "The number of distinct item categories (the first digits of items' classification ids) awarded to a supplier ...",
                       "settings": {"upperFence": "Q3 + 1.5 IQR per source", "digits": 2, "minimumContractingProcesses": 20,
                                    "excludedProcurementMethodDetails": ""}}]}
            """;

    static final String BAD_PARAMETER = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'indicator' is invalid: one or more of R003, R018, R024, R028, R030, R035, R036, R058, X001, X002, R038, R048, comma-separated (got 'R999')",
             "instance": "/api/v1/analytics/red-flags",
             "invalidParams": [{"name": "indicator", "reason": "one or more of R003, R018, R024, R028, R030, R035, R036, R058, X001, X002, R038, R048, comma-separated (got 'R999')"}]}
            """;

    private RedFlagExamples() {
    }
}
