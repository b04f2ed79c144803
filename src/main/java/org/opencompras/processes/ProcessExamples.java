package org.opencompras.processes;

/** Example bodies shown in the OpenAPI document for the process endpoints. */
final class ProcessExamples {

    private static final String ITEM = """
            {"ocid": "ocds-5wno2w-CE-20200000123-2020-58742", "title": "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS",
             "description": "Adquisición de mascarillas para el personal de salud durante la emergencia sanitaria",
             "status": "complete", "procurementMethod": "direct",
             "procurementMethodDetails": "Contratación de Emergencia", "emergency": true,
             "mainProcurementCategory": "goods",
             "buyer": {"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO"},
             "tenderValue": {"amount": 125900.00, "currency": "USD"},
             "tenderPeriod": {"startDate": "2020-03-20T15:00:00Z", "endDate": "2020-03-23T15:00:00Z"},
             "datePublished": "2020-03-20T15:00:00Z", "dateModified": "2020-04-02T21:40:00Z",
             "numberOfTenderers": 3, "source": "SERCOP",
             "totals": {"awards": {"count": 1, "values": [{"amount": 118350.00, "currency": "USD"}]},
                        "contracts": {"count": 1, "values": [{"amount": 118350.00, "currency": "USD"}]}},
             "links": {"self": "https://api.example.org/api/v1/processes/ocds-5wno2w-CE-20200000123-2020-58742",
                       "record": "https://api.example.org/api/v1/records/ocds-5wno2w-CE-20200000123-2020-58742"}}""";

    static final String ONE = ITEM;

    static final String LIST = """
            {"data": [""" + ITEM + """
            ],
             "links": {"self": "https://api.example.org/api/v1/processes?emergency=true&limit=1",
                       "next": "https://api.example.org/api/v1/processes?emergency=true&limit=1&cursor=eyJxIjoiZTNi..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z"}}
            """;

    static final String CSV = """
            ocid,title,description,status,procurementMethod,procurementMethodDetails,emergency,\
            mainProcurementCategory,buyer.id,buyer.name,tenderValue.amount,tenderValue.currency,\
            tenderPeriod.startDate,tenderPeriod.endDate,datePublished,dateModified,numberOfTenderers,source,\
            totals.awards.count,totals.awards.values,totals.contracts.count,totals.contracts.values,links.self\r
            ocds-5wno2w-CE-20200000123-2020-58742,ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS,\
            Adquisición de mascarillas para el personal de salud durante la emergencia sanitaria,complete,direct,\
            Contratación de Emergencia,true,goods,EC-RUC-1768152560001,HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO,\
            125900.00,USD,2020-03-20T15:00:00Z,2020-03-23T15:00:00Z,2020-03-20T15:00:00Z,2020-04-02T21:40:00Z,3,\
            SERCOP,1,USD 118350.00,1,USD 118350.00,\
            https://api.example.org/api/v1/processes/ocds-5wno2w-CE-20200000123-2020-58742\r
            """;

    static final String NDJSON = ITEM + "\n";

    static final String BAD_PARAMETER = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'sort' is invalid: '-amount' needs a `currency` filter: amounts in different currencies are never compared",
             "instance": "/api/v1/processes",
             "invalidParams": [{"name": "sort", "reason": "'-amount' needs a `currency` filter: amounts in different currencies are never compared"}]}
            """;

    static final String NOT_FOUND = """
            {"type": "https://opencompras.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No process with ocid 'ocds-5wno2w-XXX'", "instance": "/api/v1/processes/ocds-5wno2w-XXX"}
            """;

    private ProcessExamples() {
    }
}
