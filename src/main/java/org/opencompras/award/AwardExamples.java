package org.opencompras.award;

/** Example bodies shown in the OpenAPI document for the award endpoints. */
final class AwardExamples {

    static final String ITEM = """
            {"id": "ocds-5wno2w-EMG-HEEE-2020-006-17236~2111642-EMG-HEEE-2020-006",
             "ocid": "ocds-5wno2w-EMG-HEEE-2020-006-17236", "ocdsId": "2111642-EMG-HEEE-2020-006",
             "title": "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS PARA EL PERSONAL DE SALUD", "description": null,
             "status": "active", "date": "2020-03-30T21:00:00Z", "value": {"amount": 125900.50, "currency": "USD"},
             "buyer": {"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO"},
             "suppliers": [{"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A."}],
             "procurementMethod": "direct", "procurementMethodDetails": "Contratación de Emergencia",
             "emergency": true, "mainProcurementCategory": "goods", "source": "SERCOP",
             "links": {"self": "https://api.example.org/api/v1/awards/ocds-5wno2w-EMG-HEEE-2020-006-17236~2111642-EMG-HEEE-2020-006",
               "process": "https://api.example.org/api/v1/processes/ocds-5wno2w-EMG-HEEE-2020-006-17236",
               "record": "https://api.example.org/api/v1/records/ocds-5wno2w-EMG-HEEE-2020-006-17236"}}""";

    static final String LIST = """
            {"data": [""" + ITEM + """
            ],
             "links": {"self": "https://api.example.org/api/v1/awards?supplier=0993038210001&limit=1",
               "next": "https://api.example.org/api/v1/awards?supplier=0993038210001&limit=1&cursor=eyJxIjoiOGQx...Qw"},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z", "total": 12}}
            """;

    static final String CSV = """
            id,ocid,ocdsId,title,description,status,date,value.amount,value.currency,buyer.id,buyer.name,\
            suppliers.id,suppliers.name,procurementMethod,procurementMethodDetails,emergency,\
            mainProcurementCategory,source,links.self\r
            ocds-5wno2w-EMG-HEEE-2020-006-17236~2111642-EMG-HEEE-2020-006,ocds-5wno2w-EMG-HEEE-2020-006-17236,\
            2111642-EMG-HEEE-2020-006,"ADQUISICIÓN DE MASCARILLAS, GUANTES Y ALCOHOL",,active,2020-03-30T21:00:00Z,\
            125900.50,USD,EC-RUC-1768152560001,HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO,\
            EC-RUC-0993038210001; EC-RUC-1791234567001,MAXINSUMO S.A.; DISTRIBUIDORA MEDICA CIA. LTDA.,direct,\
            Contratación de Emergencia,true,goods,SERCOP,\
            https://api.example.org/api/v1/awards/ocds-5wno2w-EMG-HEEE-2020-006-17236~2111642-EMG-HEEE-2020-006\r
            """;

    static final String NDJSON = """
            {"id": "ocds-5wno2w-EMG-HEEE-2020-006-17236~2111642-EMG-HEEE-2020-006",\
             "ocid": "ocds-5wno2w-EMG-HEEE-2020-006-17236", "ocdsId": "2111642-EMG-HEEE-2020-006",\
             "title": "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS PARA EL PERSONAL DE SALUD", "description": null,\
             "status": "active", "date": "2020-03-30T21:00:00Z", "value": {"amount": 125900.50, "currency": "USD"},\
             "buyer": {"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO"},\
             "suppliers": [{"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A."}],\
             "procurementMethod": "direct", "procurementMethodDetails": "Contratación de Emergencia",\
             "emergency": true, "mainProcurementCategory": "goods", "source": "SERCOP",\
             "links": {"self": "https://api.example.org/api/v1/awards/ocds-5wno2w-EMG-HEEE-2020-006-17236~2111642-EMG-HEEE-2020-006",\
             "process": "https://api.example.org/api/v1/processes/ocds-5wno2w-EMG-HEEE-2020-006-17236",\
             "record": "https://api.example.org/api/v1/records/ocds-5wno2w-EMG-HEEE-2020-006-17236"}}
            """;

    static final String DETAIL = """
            {"id": "ocds-5wno2w-EMG-HEEE-2020-006-17236~2111642-EMG-HEEE-2020-006",
             "ocid": "ocds-5wno2w-EMG-HEEE-2020-006-17236", "ocdsId": "2111642-EMG-HEEE-2020-006",
             "title": "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS PARA EL PERSONAL DE SALUD", "description": null,
             "status": "active", "date": "2020-03-30T21:00:00Z", "value": {"amount": 125900.50, "currency": "USD"},
             "buyer": {"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO"},
             "suppliers": [{"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A."}],
             "procurementMethod": "direct", "procurementMethodDetails": "Contratación de Emergencia",
             "emergency": true, "mainProcurementCategory": "goods", "source": "SERCOP",
             "links": {"self": "https://api.example.org/api/v1/awards/ocds-5wno2w-EMG-HEEE-2020-006-17236~2111642-EMG-HEEE-2020-006",
               "process": "https://api.example.org/api/v1/processes/ocds-5wno2w-EMG-HEEE-2020-006-17236",
               "record": "https://api.example.org/api/v1/records/ocds-5wno2w-EMG-HEEE-2020-006-17236"},
             "contracts": [{"id": "ocds-5wno2w-EMG-HEEE-2020-006-17236~3111642", "ocdsId": "3111642"}],
             "items": [{"id": "1", "description": "MASCARILLA QUIRURGICA DESECHABLE TRES PLIEGUES",
               "classification": {"scheme": "CPC", "id": "352900012", "description": "MASCARILLAS"},
               "quantity": 20000, "unit": {"name": "Unidad", "value": {"amount": 6.29, "currency": "USD"}}}],
             "process": {"ocid": "ocds-5wno2w-EMG-HEEE-2020-006-17236",
               "title": "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS PARA EL PERSONAL DE SALUD",
               "tender": {"status": "complete", "value": {"amount": 130000, "currency": "USD"},
                 "numberOfTenderers": 1}}}
            """;

    static final String BAD_SORT = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'sort' is invalid: '-amount' needs a `currency` filter: amounts in different currencies are never compared",
             "instance": "/api/v1/awards",
             "invalidParams": [{"name": "sort",
               "reason": "'-amount' needs a `currency` filter: amounts in different currencies are never compared"}]}
            """;

    static final String NOT_FOUND = """
            {"type": "https://opencompras.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No award with id 'ocds-5wno2w-XXX~1'", "instance": "/api/v1/awards/ocds-5wno2w-XXX~1"}
            """;

    private AwardExamples() {
    }
}
