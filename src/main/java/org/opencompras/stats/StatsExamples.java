package org.opencompras.stats;

/** Example bodies shown in the OpenAPI document for the statistics endpoints. */
final class StatsExamples {

    private static final String META = """
            "meta": {"dataAsOf": "2026-11-25T14:03:12Z",
                     "filters": {"emergency": true, "signedFrom": "2020-03-16T00:00:00Z"}}""";

    static final String SUMMARY = """
            {"data": {"contracts": 1520, "processes": 1388, "buyers": 212, "suppliers": 640, "withoutValue": 14,
                      "values": [{"currency": "USD", "count": 1504, "amount": 48213377.12, "min": 0.01,
                                  "max": 2450000.00},
                                 {"currency": null, "count": 2, "amount": 1500.00, "min": 500.00, "max": 1000.00}]},
            """ + META + "}";

    static final String TIMELINE = """
            {"data": {"interval": "month", "dateField": "signed", "timeZone": "America/Guayaquil",
                      "periods": [
                        {"start": "2020-03-01T00:00:00-05:00", "contracts": 118, "withoutValue": 2,
                         "values": [{"currency": "USD", "amount": 3120450.75, "count": 116}]},
                        {"start": "2020-04-01T00:00:00-05:00", "contracts": 0, "withoutValue": 0, "values": []},
                        {"start": "2020-05-01T00:00:00-05:00", "contracts": 64, "withoutValue": 0,
                         "values": [{"currency": "USD", "amount": 980000.00, "count": 64}]}],
                      "undated": {"contracts": 3, "withoutValue": 1,
                                  "values": [{"currency": "USD", "amount": 15000.00, "count": 2}]}},
            """ + META + "}";

    static final String BY = """
            {"data": [
               {"id": "EC-RUC-1768152560001", "name": "HOSPITAL EUGENIO ESPEJO", "contracts": 412, "suppliers": 57,
                "withoutValue": 3,
                "values": [{"currency": "USD", "amount": 8213377.12, "count": 409}]}],
             "links": {"self": "https://api.example.org/api/v1/stats/by?dimension=buyer&emergency=true&limit=1",
                       "next": "https://api.example.org/api/v1/stats/by?dimension=buyer&emergency=true&limit=1&cursor=eyJxIjoi..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z", "filters": {"emergency": true}}}""";

    static final String CONCENTRATION = """
            {"data": {"by": "supplier", "top": 1, "organizations": 4, "unattributed": 0,
                      "count": {"contracts": 10, "topContracts": 7, "topShare": 0.700000, "hhi": 5200.00},
                      "amounts": [{"currency": "USD", "organizations": 4, "amount": 1000.00, "topAmount": 700.00,
                                   "topShare": 0.700000, "hhi": 5200.00}],
                      "leaders": [{"rank": 1, "id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A.", "contracts": 7,
                                   "contractShare": 0.700000, "amount": 700.00, "amountShare": 0.700000}]},
             "meta": {"dataAsOf": "2026-11-25T14:03:12Z",
                      "filters": {"buyer": "EC-RUC-1768152560001", "currency": "USD"}}}""";

    static final String RANKING = """
            {"data": [{"rank": 1, "id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A.", "contracts": 7,
                       "contractShare": 0.700000, "amount": 700.00, "amountShare": 0.700000}],
             "links": {"self": "https://api.example.org/api/v1/stats/concentration/ranking?currency=USD&limit=1",
                       "next": "https://api.example.org/api/v1/stats/concentration/ranking?currency=USD&limit=1&cursor=eyJxIjoi..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z", "filters": {"currency": "USD"}}}""";

    static final String CAPTIVE = """
            {"data": [{"supplier": {"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A."},
                       "buyer": {"id": "EC-RUC-1768152560001", "name": "HOSPITAL EUGENIO ESPEJO"},
                       "contractsWithBuyer": 14, "contracts": 18, "share": 0.777778}],
             "links": {"self": "https://api.example.org/api/v1/stats/concentration/captive-suppliers?limit=1",
                       "next": null},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z", "filters": {}}}""";

    static final String BAD_DIMENSION = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'dimension' is invalid: one of method, methodDetails, category, status, buyer, supplier, classification (got 'color')",
             "invalidParams": [{"name": "dimension", "reason": "one of method, methodDetails, category, status, buyer, supplier, classification (got 'color')"}]}""";

    static final String BAD_INTERVAL = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'interval' is invalid: one of month, week, year (got 'day')",
             "invalidParams": [{"name": "interval", "reason": "one of month, week, year (got 'day')"}]}""";

    static final String BAD_TOP = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'top' is invalid: an integer from 1 to 500 (got 0)",
             "invalidParams": [{"name": "top", "reason": "an integer from 1 to 500 (got 0)"}]}""";

    static final String BAD_FILTER = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'signedFrom' is invalid: an ISO 8601 date (2020-03-16) or date-time with a zone (2020-03-16T08:00:00-05:00) (got 'yesterday')",
             "invalidParams": [{"name": "signedFrom", "reason": "an ISO 8601 date (2020-03-16) or date-time with a zone (2020-03-16T08:00:00-05:00) (got 'yesterday')"}]}""";

    private StatsExamples() {
    }
}
