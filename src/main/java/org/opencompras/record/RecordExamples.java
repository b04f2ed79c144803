package org.opencompras.record;

/** Example bodies shown in the OpenAPI document for the OCDS endpoints. */
final class RecordExamples {

    static final String RECORD_PACKAGE = """
            {"uri": "https://api.example.org/api/v1/records/ocds-5wno2w-SIE-HOALO-2025-003-141697",
             "version": "1.1", "publishedDate": "2026-01-05T10:00:00Z", "publisher": {"name": "OpenCompras"},
             "license": "https://creativecommons.org/licenses/by/3.0/ec/",
             "records": [{"ocid": "ocds-5wno2w-SIE-HOALO-2025-003-141697",
               "releases": [{"ocid": "ocds-5wno2w-SIE-HOALO-2025-003-141697",
                 "id": "SIE-HOALO-2025-003-141697-2025-12-19T20:58:31.040Z-compiled",
                 "date": "2025-12-19T16:13:47-05:00", "tag": ["tender", "award"],
                 "awards": [{"id": "2432755-SIE-HOALO-2025-003", "value": {"amount": 125900, "currency": "USD"}}]}],
               "compiledRelease": {"ocid": "ocds-5wno2w-SIE-HOALO-2025-003-141697",
                 "id": "ocds-5wno2w-SIE-HOALO-2025-003-141697-2025-12-19T16:13:47-05:00",
                 "date": "2025-12-19T16:13:47-05:00", "tag": ["compiled"],
                 "awards": [{"id": "2432755-SIE-HOALO-2025-003", "value": {"amount": 125900, "currency": "USD"}}]}}]}
            """;

    static final String NOT_FOUND = """
            {"type": "https://opencompras.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No process with ocid 'ocds-5wno2w-XXX'", "instance": "/api/v1/records/ocds-5wno2w-XXX"}
            """;

    private RecordExamples() {
    }
}
