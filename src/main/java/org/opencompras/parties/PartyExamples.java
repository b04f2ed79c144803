package org.opencompras.parties;

/** Example bodies shown in the OpenAPI document for the supplier and buyer endpoints. */
final class PartyExamples {

    static final String SUPPLIER_LIST = """
            {"data": [{"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A.",
               "identifier": {"scheme": "EC-RUC", "id": "0993038210001"}, "ruc": {"valid": true, "type": "private"},
               "totals": {"awards": 57, "contracts": 54,
                          "values": [{"currency": "USD", "amount": 1543200.75, "count": 54}]},
               "links": {"self": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001",
                         "contracts": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/contracts",
                         "buyers": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/buyers"}}],
             "links": {"self": "https://api.example.org/api/v1/suppliers?name=MAXINSUMO&sort=relevance&limit=1",
                       "next": "https://api.example.org/api/v1/suppliers?name=MAXINSUMO&sort=relevance&limit=1&cursor=eyJxIjoiN2Fk..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z"}}
            """;

    static final String BUYER_LIST = """
            {"data": [{"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO",
               "identifier": {"scheme": "EC-RUC", "id": "1768152560001"}, "ruc": {"valid": true, "type": "public"},
               "totals": {"awards": 812, "contracts": 790,
                          "values": [{"currency": "USD", "amount": 23876543.10, "count": 790}]},
               "links": {"self": "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001",
                         "contracts": "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001/contracts",
                         "suppliers": "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001/suppliers"}}],
             "links": {"self": "https://api.example.org/api/v1/buyers?sort=-amount&currency=USD&limit=1",
                       "next": "https://api.example.org/api/v1/buyers?sort=-amount&currency=USD&limit=1&cursor=eyJxIjoiMmY0..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z", "total": 1874}}
            """;

    static final String SUPPLIERS_CSV = """
            id,name,identifier.scheme,identifier.id,ruc.valid,ruc.type,totals.awards,totals.contracts,totals.values,\
            links.self\r
            EC-RUC-0993038210001,MAXINSUMO S.A.,EC-RUC,0993038210001,true,private,57,54,USD 1543200.75 (54),\
            https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001\r
            """;

    static final String SUPPLIERS_NDJSON = """
            {"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A.", \
            "identifier": {"scheme": "EC-RUC", "id": "0993038210001"}, "ruc": {"valid": true, "type": "private"}, \
            "totals": {"awards": 57, "contracts": 54, "values": [{"currency": "USD", "amount": 1543200.75, "count": 54}]}, \
            "links": {"self": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001", \
            "contracts": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/contracts", \
            "buyers": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/buyers"}}
            """;

    static final String BUYERS_CSV = """
            id,name,identifier.scheme,identifier.id,ruc.valid,ruc.type,totals.awards,totals.contracts,totals.values,\
            links.self\r
            EC-RUC-1768152560001,HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO,EC-RUC,1768152560001,true,public,812,790,\
            USD 23876543.10 (790),https://api.example.org/api/v1/buyers/EC-RUC-1768152560001\r
            """;

    static final String BUYERS_NDJSON = """
            {"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO", \
            "identifier": {"scheme": "EC-RUC", "id": "1768152560001"}, "ruc": {"valid": true, "type": "public"}, \
            "totals": {"awards": 812, "contracts": 790, "values": [{"currency": "USD", "amount": 23876543.10, "count": 790}]}, \
            "links": {"self": "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001", \
            "contracts": "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001/contracts", \
            "suppliers": "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001/suppliers"}}
            """;

    static final String SUPPLIER_PROFILE = """
            {"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A.",
             "identifier": {"scheme": "EC-RUC", "id": "0993038210001"}, "ruc": {"valid": true, "type": "private"},
             "nameVariants": ["MAX INSUMO S.A.", "MAXINSUMO S.A.", "Maxinsumo SA"],
             "totals": {"awards": 57, "contracts": 54,
                        "values": [{"currency": "USD", "amount": 1543200.75, "count": 54}],
                        "firstAwardDate": "2020-03-18T15:00:00Z", "lastAwardDate": "2024-11-02T19:30:00Z",
                        "buyers": 12},
             "totalsAsOf": "2026-11-25T14:05:40Z",
             "links": {"self": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001",
                       "contracts": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/contracts",
                       "buyers": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/buyers"}}
            """;

    static final String BUYER_PROFILE = """
            {"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO",
             "identifier": {"scheme": "EC-RUC", "id": "1768152560001"}, "ruc": {"valid": true, "type": "public"},
             "nameVariants": ["HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO"],
             "totals": {"awards": 812, "contracts": 790,
                        "values": [{"currency": "USD", "amount": 23876543.10, "count": 790}],
                        "firstAwardDate": "2019-01-14T15:00:00Z", "lastAwardDate": "2025-12-19T21:13:47Z",
                        "suppliers": 233},
             "totalsAsOf": "2026-11-25T14:05:40Z",
             "links": {"self": "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001",
                       "contracts": "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001/contracts",
                       "suppliers": "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001/suppliers"}}
            """;

    static final String CONTRACTS = """
            {"data": [{"id": "ocds-5wno2w-CE-20200000123-2020-58742~2003581-CE-20200000123",
               "ocid": "ocds-5wno2w-CE-20200000123-2020-58742", "ocdsId": "2003581-CE-20200000123",
               "awardId": "1003581-CE-20200000123", "title": "ADQUISICIÓN DE MASCARILLAS QUIRÚRGICAS",
               "status": "active", "dateSigned": "2020-03-27T15:00:00Z",
               "period": {"startDate": "2020-03-27T00:00:00Z", "endDate": "2020-05-26T00:00:00Z"},
               "value": {"amount": 118350.00, "currency": "USD"},
               "buyer": {"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO"},
               "suppliers": [{"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A."}],
               "procurementMethod": "direct", "procurementMethodDetails": "Contratación de Emergencia",
               "emergency": true,
               "links": {"process": "https://api.example.org/api/v1/processes/ocds-5wno2w-CE-20200000123-2020-58742",
                         "record": "https://api.example.org/api/v1/records/ocds-5wno2w-CE-20200000123-2020-58742"}}],
             "links": {"self": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/contracts?emergency=true&limit=1",
                       "next": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/contracts?emergency=true&limit=1&cursor=eyJxIjoi..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z"}}
            """;

    static final String SUPPLIER_BUYERS = """
            {"data": [{"id": "EC-RUC-1768152560001", "name": "HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO",
               "awards": 7, "contracts": 6, "values": [{"currency": "USD", "amount": 402113.20, "count": 6}],
               "links": {"self": "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001"}}],
             "links": {"self": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/buyers?limit=1",
                       "next": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/buyers?limit=1&cursor=eyJxIjoi..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z"}}
            """;

    static final String BUYER_SUPPLIERS = """
            {"data": [{"id": "EC-RUC-0993038210001", "name": "MAXINSUMO S.A.",
               "awards": 7, "contracts": 6, "values": [{"currency": "USD", "amount": 402113.20, "count": 6}],
               "links": {"self": "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001"}}],
             "links": {"self": "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001/suppliers?limit=1",
                       "next": "https://api.example.org/api/v1/buyers/EC-RUC-1768152560001/suppliers?limit=1&cursor=eyJxIjoi..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z"}}
            """;

    static final String BAD_SORT = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'sort' is invalid: '-amount' needs `currency`: amounts in different currencies are never compared",
             "instance": "/api/v1/suppliers",
             "invalidParams": [{"name": "sort", "reason": "'-amount' needs `currency`: amounts in different currencies are never compared"}]}
            """;

    static final String BAD_ID = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'id' is invalid: an organization id as listed by /suppliers or /buyers (EC-RUC-0993038210001), or a 13-digit RUC (got 'MAX INSUMO')",
             "instance": "/api/v1/suppliers/MAX%20INSUMO",
             "invalidParams": [{"name": "id", "reason": "an organization id as listed by /suppliers or /buyers (EC-RUC-0993038210001), or a 13-digit RUC (got 'MAX INSUMO')"}]}
            """;

    static final String SUPPLIER_NOT_FOUND = """
            {"type": "https://opencompras.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No supplier with id '1790012345001'", "instance": "/api/v1/suppliers/1790012345001"}
            """;

    static final String BUYER_NOT_FOUND = """
            {"type": "https://opencompras.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No buyer with id '1790012345001'", "instance": "/api/v1/buyers/1790012345001"}
            """;

    private PartyExamples() {
    }
}
