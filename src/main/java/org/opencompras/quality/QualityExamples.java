package org.opencompras.quality;

/** Example bodies shown in the OpenAPI document for the data-quality endpoints. */
final class QualityExamples {

    private QualityExamples() {
    }

    static final String REPORT = """
            {"data": {"sources": [{"source": "sercop", "processes": 1103514, "checks": [
               {"code": "missing_buyer", "title": "No buyer",
                "description": "The process names no buyer: no buyer reference, no party with role buyer and no procuring entity. It counts in no buyer's profile and escapes every buyer filter.",
                "failing": 0, "share": 0.000000,
                "examples": "https://api.example.org/api/v1/quality/checks/missing_buyer/processes?source=sercop"},
               {"code": "missing_supplier", "title": "No supplier",
                "description": "An awarded or contracted process none of whose awards names a supplier: its money goes to no one in the supplier profiles.",
                "failing": 2210, "share": 0.002003,
                "examples": "https://api.example.org/api/v1/quality/checks/missing_supplier/processes?source=sercop"},
               {"code": "amount_as_string", "title": "Amount given as text",
                "description": "An amount of the process was published as a JSON string (\\"1500.00\\") instead of a number: read as the number it spells, but a sign of a careless export.",
                "failing": 551757, "share": 0.500000,
                "examples": "https://api.example.org/api/v1/quality/checks/amount_as_string/processes?source=sercop"}]}]},
             "meta": {"dataAsOf": "2026-11-25T14:03:12Z", "checkedAsOf": "2026-11-25T14:03:40Z",
                      "filters": {"source": "sercop"}}}
            """;

    static final String EMERGENCY_REPORT = """
            {"data": {"sources": [{"source": "sercop", "processes": 21847, "checks": [
               {"code": "missing_buyer", "title": "No buyer",
                "description": "The process names no buyer: no buyer reference, no party with role buyer and no procuring entity. It counts in no buyer's profile and escapes every buyer filter.",
                "failing": 0, "share": 0.000000,
                "examples": "https://api.example.org/api/v1/quality/checks/missing_buyer/processes?emergency=true&awardedFrom=2020-03-16T00:00:00Z&source=sercop"},
               {"code": "missing_supplier", "title": "No supplier",
                "description": "An awarded or contracted process none of whose awards names a supplier: its money goes to no one in the supplier profiles.",
                "failing": 412, "share": 0.018858,
                "examples": "https://api.example.org/api/v1/quality/checks/missing_supplier/processes?emergency=true&awardedFrom=2020-03-16T00:00:00Z&source=sercop"},
               {"code": "amount_as_string", "title": "Amount given as text",
                "description": "An amount of the process was published as a JSON string (\\"1500.00\\") instead of a number: read as the number it spells, but a sign of a careless export.",
                "failing": 10923, "share": 0.499977,
                "examples": "https://api.example.org/api/v1/quality/checks/amount_as_string/processes?emergency=true&awardedFrom=2020-03-16T00:00:00Z&source=sercop"}]}]},
             "meta": {"dataAsOf": "2026-11-25T14:03:12Z", "checkedAsOf": "2026-11-25T14:03:40Z",
                      "filters": {"emergency": true, "awardedFrom": "2020-03-16T00:00:00Z", "source": "sercop"}}}
            """;

    static final String NAME_VARIANTS = """
            {"data": [{"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A.", "processes": 57,
               "variants": [{"name": "MAXINSUMO S.A.", "processes": 40}, {"name": "MAX INSUMO SA", "processes": 12},
                            {"name": "Maxinsumo", "processes": 5}]}],
             "links": {"self": "https://api.example.org/api/v1/quality/name-variants?source=sercop&limit=1",
                       "next": "https://api.example.org/api/v1/quality/name-variants?source=sercop&limit=1&cursor=eyJxIjoiN2Fk..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z", "filters": {"source": "sercop"}}}
            """;

    static final String FAILING_PROCESSES = """
            {"data": [{"ocid": "ocds-5wno2w-SIE-HOALO-2025-003-141697", "source": "sercop",
               "title": "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS",
               "self": "https://api.example.org/api/v1/processes/ocds-5wno2w-SIE-HOALO-2025-003-141697"}],
             "links": {"self": "https://api.example.org/api/v1/quality/checks/missing_supplier/processes?emergency=true&source=sercop&limit=1",
                       "next": "https://api.example.org/api/v1/quality/checks/missing_supplier/processes?emergency=true&source=sercop&limit=1&cursor=eyJxIjoiN2Fk..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z", "total": 412,
                      "filters": {"emergency": true, "source": "sercop"}}}
            """;

    static final String BAD_SOURCE = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'source' is invalid: text of at most 200 characters, without control characters",
             "instance": "/api/v1/quality",
             "invalidParams": [{"name": "source", "reason": "text of at most 200 characters, without control characters"}]}
            """;

    static final String BAD_FILTER = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'emergency' is invalid: true or false (got 'yes')",
             "instance": "/api/v1/quality",
             "invalidParams": [{"name": "emergency", "reason": "true or false (got 'yes')"}]}
            """;

    static final String BAD_DATE_FILTER = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'awardedFrom' is invalid: an ISO 8601 date (2020-03-16) or date-time with a zone (2020-03-16T08:00:00-05:00) (got '2020-13-01')",
             "instance": "/api/v1/quality/checks/missing_supplier/processes",
             "invalidParams": [{"name": "awardedFrom", "reason": "an ISO 8601 date (2020-03-16) or date-time with a zone (2020-03-16T08:00:00-05:00) (got '2020-13-01')"}]}
            """;

    static final String BAD_LIMIT = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'limit' is invalid: an integer from 1 to 500 (got 1000)",
             "instance": "/api/v1/quality/name-variants",
             "invalidParams": [{"name": "limit", "reason": "an integer from 1 to 500 (got 1000)"}]}
            """;

    static final String UNKNOWN_CHECK = """
            {"type": "https://opencompras.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No quality check 'missing_everything'; the checks are missing_buyer, missing_supplier, ...",
             "instance": "/api/v1/quality/checks/missing_everything/processes"}
            """;
}
