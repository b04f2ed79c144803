package org.opencompras.feed;

/** Example bodies shown in the OpenAPI document for the release listing and the changes feed. */
final class FeedExamples {

    static final String RELEASE_PAGE = """
            {"uri": "https://api.example.org/api/v1/releases?since=2025-12-01&limit=2",
             "version": "1.1", "publishedDate": "2026-01-05T10:00:00Z", "publisher": {"name": "OpenCompras"},
             "license": "https://creativecommons.org/licenses/by/3.0/ec/",
             "releases": [
               {"ocid": "ocds-5wno2w-SIE-HOALO-2025-003-141697",
                "id": "SIE-HOALO-2025-003-141697-2025-12-19T20:58:31.040Z-compiled",
                "date": "2025-12-19T16:13:47-05:00", "tag": ["tender", "award"],
                "awards": [{"id": "2432755-SIE-HOALO-2025-003", "value": {"amount": 125900, "currency": "USD"}}]},
               {"ocid": "ocds-5wno2w-RE-CSCD-MDMQ-2026-3703-41357", "id": "RE-CSCD-MDMQ-2026-3703-41357-planning",
                "date": "2025-12-22T09:30:00-05:00", "tag": ["planning"]}],
             "links": {"next": "https://api.example.org/api/v1/releases?since=2025-12-01T00%3A00Z&limit=2&cursor=eyJxIjoiNGQ1YjFlMGE5YzZmMzI4NyIsInQiOjE3NjcxMzkyMDAsImsiOlsidiIsIjIwMjUtMTItMDEgMTA6MDA6MDArMDAiLCI0MjEiXX0.f3Q2pWvZ3xN0_hXkqT0sLQ"}}
            """;

    static final String SINGLE_RELEASE = """
            {"uri": "https://api.example.org/api/v1/processes/ocds-5wno2w-SIE-HOALO-2025-003-141697/releases/SIE-HOALO-2025-003-141697-2025-12-19T20:58:31.040Z-compiled",
             "version": "1.1", "publishedDate": "2026-01-05T10:00:00Z", "publisher": {"name": "OpenCompras"},
             "license": "https://creativecommons.org/licenses/by/3.0/ec/",
             "releases": [
               {"ocid": "ocds-5wno2w-SIE-HOALO-2025-003-141697",
                "id": "SIE-HOALO-2025-003-141697-2025-12-19T20:58:31.040Z-compiled",
                "date": "2025-12-19T16:13:47-05:00", "tag": ["tender", "award"],
                "awards": [{"id": "2432755-SIE-HOALO-2025-003", "value": {"amount": 125900, "currency": "USD"}}]}]}
            """;

    static final String CHANGES = """
            {"data": [
               {"watermark": "AQAAAAAAAAApAFsUnik", "type": "release", "action": "upsert",
                "ocid": "ocds-5wno2w-SIE-HOALO-2025-003-141697",
                "releaseId": "SIE-HOALO-2025-003-141697-2025-12-19T20:58:31.040Z-compiled",
                "hash": "5d41402abc4b2a76b9719d911017c592ae2e0f4b1c3a0e7f9a5c1b8d4e6f7a80",
                "date": "2025-12-19T21:13:47Z",
                "release": {"ocid": "ocds-5wno2w-SIE-HOALO-2025-003-141697",
                  "id": "SIE-HOALO-2025-003-141697-2025-12-19T20:58:31.040Z-compiled",
                  "date": "2025-12-19T16:13:47-05:00", "tag": ["tender", "award"]}},
               {"watermark": "AQAAAAAAAAAqAFBkWXQ", "type": "process", "action": "upsert",
                "ocid": "ocds-5wno2w-SIE-HOALO-2025-003-141697",
                "compiledHash": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "links": {"process": "/api/v1/processes/ocds-5wno2w-SIE-HOALO-2025-003-141697",
                  "record": "/api/v1/records/ocds-5wno2w-SIE-HOALO-2025-003-141697"}},
               {"watermark": "AQAAAAAAAAArAHp8U5s", "type": "release", "action": "tombstone",
                "ocid": "ocds-5wno2w-RE-CSCD-MDMQ-2026-3703-41357", "releaseId": "RE-CSCD-MDMQ-2026-3703-41357-planning",
                "hash": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"},
               {"watermark": "AQAAAAAAAAArAXg_pog", "type": "release", "action": "upsert",
                "ocid": "ocds-5wno2w-RE-CSCD-MDMQ-2026-3703-41357", "releaseId": "RE-CSCD-MDMQ-2026-3703-41357-planning",
                "hash": "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9",
                "date": "2025-12-22T14:30:00Z",
                "release": {"ocid": "ocds-5wno2w-RE-CSCD-MDMQ-2026-3703-41357",
                  "id": "RE-CSCD-MDMQ-2026-3703-41357-planning", "date": "2025-12-22T09:30:00-05:00",
                  "tag": ["planning"]}}],
             "links": {"self": "https://api.example.org/api/v1/changes?limit=4",
               "next": "https://api.example.org/api/v1/changes?since=AQAAAAAAAAArAXg_pog&limit=4"},
             "meta": {"limit": 4, "watermark": "AQAAAAAAAAArAXg_pog", "dataAsOf": "2026-01-05T10:00:00Z"}}
            """;

    static final String BAD_SINCE_DATE = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'since' is invalid: an ISO 8601 date-time with a zone offset, such as 2024-05-01T00:00:00-05:00 or 2024-05-01T05:00:00Z, or a date such as 2024-05-01 (its start in UTC)",
             "instance": "/api/v1/releases",
             "invalidParams": [{"name": "since", "reason": "an ISO 8601 date-time with a zone offset, such as 2024-05-01T00:00:00-05:00 or 2024-05-01T05:00:00Z, or a date such as 2024-05-01 (its start in UTC)"}]}
            """;

    static final String BAD_LIMIT = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'limit' is invalid: an integer from 1 to 500", "instance": "/api/v1/releases",
             "invalidParams": [{"name": "limit", "reason": "an integer from 1 to 500"}]}
            """;

    static final String BAD_CURSOR = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'cursor' is invalid: the cursor of a links.next URL of this listing, with the same since and ocid",
             "instance": "/api/v1/releases",
             "invalidParams": [{"name": "cursor", "reason": "the cursor of a links.next URL of this listing, with the same since and ocid"}]}
            """;

    static final String RELEASE_NOT_FOUND = """
            {"type": "https://opencompras.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No release 'r-9' in process 'ocds-5wno2w-XXX'",
             "instance": "/api/v1/processes/ocds-5wno2w-XXX/releases/r-9"}
            """;

    static final String BAD_WATERMARK = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'since' is invalid: a watermark returned by this feed (meta.watermark or a data[].watermark), or empty for the beginning",
             "instance": "/api/v1/changes",
             "invalidParams": [{"name": "since", "reason": "a watermark returned by this feed (meta.watermark or a data[].watermark), or empty for the beginning"}]}
            """;

    static final String BAD_CHANGES_LIMIT = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'limit' is invalid: an integer from 1 to 500", "instance": "/api/v1/changes",
             "invalidParams": [{"name": "limit", "reason": "an integer from 1 to 500"}]}
            """;

    private FeedExamples() {
    }
}
