package org.opencompras.source;

/** OpenAPI examples of the sources endpoint. */
final class SourceExamples {

    static final String SOURCES = """
            {
              "data": {
                "sources": [
                  {
                    "name": "MOLDOVA",
                    "publisher": "MTender",
                    "releases": 5120,
                    "processes": 1702,
                    "newestReleaseDate": "2026-12-01T09:12:44Z",
                    "lastSuccessfulHarvest": "2026-12-05T08:40:10Z",
                    "units": {"total": 1, "loaded": 1, "failed": 0},
                    "failingUnits": []
                  },
                  {
                    "name": "SERCOP",
                    "publisher": "Servicio Nacional de Contratación Pública",
                    "releases": 1208713,
                    "processes": 402917,
                    "newestReleaseDate": "2026-12-04T21:13:47Z",
                    "lastSuccessfulHarvest": "2026-12-05T08:31:02Z",
                    "units": {"total": 144, "loaded": 143, "failed": 1},
                    "failingUnits": [
                      {
                        "key": "bulk/2026-11",
                        "url": "https://datosabiertos.compraspublicas.gob.ec/PLATAFORMA/download?type=json&year=2026&month=11&method=all",
                        "lastError": "the server answered with an HTML page (a captcha or maintenance page?), not data",
                        "httpStatus": 200,
                        "attempts": 1,
                        "lastAttemptAt": "2026-12-05T08:30:41Z"
                      }
                    ]
                  },
                  {
                    "name": "local",
                    "publisher": null,
                    "releases": 12,
                    "processes": 12,
                    "newestReleaseDate": "2024-06-01T00:00:00Z",
                    "lastSuccessfulHarvest": null,
                    "units": {"total": 0, "loaded": 0, "failed": 0},
                    "failingUnits": []
                  }
                ]
              },
              "meta": {"dataAsOf": "2026-12-05T08:31:00Z", "filters": {}}
            }""";

    private SourceExamples() {
    }
}
