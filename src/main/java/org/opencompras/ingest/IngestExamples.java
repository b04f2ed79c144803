package org.opencompras.ingest;

/** Example bodies shown in the OpenAPI document for the ingest endpoint. */
final class IngestExamples {

    static final String REPORT = """
            {"source": "SERCOP", "releasesRead": 3, "inserted": 1, "replaced": 0, "duplicates": 1,
             "rejectedCount": 1,
             "rejected": [{"position": "body.json: releases[2]", "reason": "missing 'date'"}],
             "processesCompiled": 1, "bytesRead": 11219, "seconds": 0.084}
            """;

    static final String UNAUTHORIZED = """
            {"type": "https://opencompras.org/problems/unauthorized", "title": "Authentication required",
             "status": 401, "detail": "This endpoint needs an admin key: send the header 'Authorization: Bearer KEY'",
             "instance": "/api/v1/ingest"}
            """;

    static final String TOO_LARGE = """
            {"type": "https://opencompras.org/problems/payload-too-large", "title": "Payload too large",
             "status": 413,
             "detail": "The request body is larger than this server takes (2147483648 bytes, opencompras.ingest.max-body-size): split the file, or load it with the ingest command",
             "instance": "/api/v1/ingest"}
            """;

    static final String BAD_SOURCE = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter",
             "status": 400,
             "detail": "Parameter 'source' is invalid: 1 to 100 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit",
             "instance": "/api/v1/ingest",
             "invalidParams": [{"name": "source", "reason": "1 to 100 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit"}]}
            """;

    static final String CUT_SHORT = """
            {"type": "https://opencompras.org/problems/unreadable-body", "title": "Unreadable request body",
             "status": 400,
             "detail": "body.json: the input stopped before its end: java.io.IOException: Connection was closed. Before it, 2,600 read: 2,599 inserted, 0 replaced, 0 duplicates, 1 rejected; send the whole body again to finish (what is stored counts as duplicates).",
             "instance": "/api/v1/ingest"}
            """;

    static final String DECOMPRESSES_TOO_MUCH = """
            {"type": "https://opencompras.org/problems/payload-too-large", "title": "Payload too large",
             "status": 413,
             "detail": "body.json: decompresses to more than 17,179,869,184 bytes (opencompras.ingest.max-decompressed-bytes); what was read before it is kept. Before it, 1 read: 1 inserted, 0 replaced, 0 duplicates, 0 rejected; the rest of the body was not read.",
             "instance": "/api/v1/ingest"}
            """;

    private IngestExamples() {
    }
}
