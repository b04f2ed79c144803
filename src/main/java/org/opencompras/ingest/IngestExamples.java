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

    private IngestExamples() {
    }
}
