package org.opencompras.categories;

/** Texts and example bodies of the category endpoints in the OpenAPI document. */
final class CategoryExamples {

    static final String PRECEDENCE = "The first matching rule gives the category: every keyword rule before any CPC "
            + "prefix rule, categories in the order listed, each category's rules in the order listed. Keywords match "
            + "where a word starts in the item's description or its classification's description, accents and case "
            + "ignored ('guante' finds 'GUANTES'); CPC prefixes match the start of a CPC code. An item no rule matches "
            + "is 'other'.";

    static final String DATED = "A process's items fall in the period of the process's first publication (UTC).";

    static final String ITEMS_COUNTED = "Per process, its contracts' items when it has any, else its awards' items, "
            + "else its tender's items, so that a purchase is counted once. An item's value is its quantity times "
            + "its unit value, summed per currency; items without either are counted but not valued.";

    static final String SPEND = """
            {"data": {"itemsCounted": "Per process, its contracts' items when it has any, else its awards' items, else its tender's items, so that a purchase is counted once. An item's value is its quantity times its unit value, summed per currency; items without either are counted but not valued.",
             "precedence": "The first matching rule gives the category: every keyword rule before any CPC prefix rule, categories in the order listed, each category's rules in the order listed. Keywords match where a word starts in the item's description or its classification's description, accents and case ignored ('guante' finds 'GUANTES'); CPC prefixes match the start of a CPC code. An item no rule matches is 'other'.",
             "categories": [
              {"code": "protective-supplies", "name": "Insumos de protección", "keywords": ["mascarilla", "guante", "traje de proteccion"],
               "cpcPrefixes": ["36950"], "items": 2210, "processes": 356,
               "values": [{"currency": "USD", "amount": 4312876.250, "items": 2198}]},
              {"code": "disinfectants", "name": "Desinfectantes", "keywords": ["desinfectante", "hipoclorito"],
               "cpcPrefixes": ["34660"], "items": 640, "processes": 201,
               "values": [{"currency": "USD", "amount": 98311.40, "items": 640}]},
              {"code": "cleaning-hygiene", "name": "Limpieza e higiene", "keywords": ["alcohol", "jabon"],
               "cpcPrefixes": ["34131", "3532"], "items": 912, "processes": 288,
               "values": [{"currency": "USD", "amount": 310442.75, "items": 910}]},
              {"code": "medicines", "name": "Medicamentos", "keywords": ["medicamento", "paracetamol"],
               "cpcPrefixes": ["3526"], "items": 1450, "processes": 402,
               "values": [{"currency": "USD", "amount": 1203388.04, "items": 1450}]},
              {"code": "other", "name": "Otros", "keywords": [], "cpcPrefixes": [], "items": 15321, "processes": 6120,
               "values": [{"currency": "USD", "amount": 88123004.11, "items": 15002}]}]},
             "meta": {"dataAsOf": "2026-11-25T14:03:12Z", "filters": {"emergency": true}}}
            """;

    static final String TIMELINE = """
            {"data": {"interval": "month",
             "datedBy": "A process's items fall in the period of the process's first publication (UTC).",
             "periods": [
              {"start": "2020-03-01T00:00:00Z", "categories": [
                {"code": "protective-supplies", "items": 310, "processes": 52,
                 "values": [{"currency": "USD", "amount": 901223.50, "items": 310}]},
                {"code": "other", "items": 1200, "processes": 480,
                 "values": [{"currency": "USD", "amount": 7100233.00, "items": 1188}]}]},
              {"start": "2020-04-01T00:00:00Z", "categories": [
                {"code": "disinfectants", "items": 45, "processes": 12,
                 "values": [{"currency": "USD", "amount": 10450.25, "items": 45}]}]}]},
             "meta": {"dataAsOf": "2026-11-25T14:03:12Z", "filters": {"source": "sercop"}}}
            """;

    static final String ITEMS = """
            {"data": [{"ocid": "ocds-5wno2w-CE-20200000123-2020-58742", "scope": "contract",
               "parentId": "2003581-CE-20200000123",
               "item": {"id": "1", "description": "MASCARILLA QUIRURGICA DESECHABLE",
                        "classification": {"scheme": "CPC", "id": "352900012", "description": "MASCARILLAS"},
                        "quantity": 20000, "unit": {"name": "Unidad", "value": {"amount": 6.295, "currency": "USD"}}},
               "value": {"amount": 125900.000, "currency": "USD"}, "category": "protective-supplies",
               "matched": {"kind": "keyword", "rule": "mascarilla"},
               "links": {"process": "https://api.example.org/api/v1/processes/ocds-5wno2w-CE-20200000123-2020-58742"}}],
             "links": {"self": "https://api.example.org/api/v1/analytics/categories/items?category=protective-supplies&limit=1",
                       "next": "https://api.example.org/api/v1/analytics/categories/items?category=protective-supplies&limit=1&cursor=eyJxIjoiN2Fk..."},
             "meta": {"limit": 1, "dataAsOf": "2026-11-25T14:03:12Z", "filters": {}}}
            """;

    static final String BAD_INTERVAL = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'interval' is invalid: one of week, month, year (got 'day')",
             "instance": "/api/v1/analytics/categories/timeline",
             "invalidParams": [{"name": "interval", "reason": "one of week, month, year (got 'day')"}]}
            """;

    static final String BAD_CATEGORY = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'category' is invalid: one of protective-supplies, disinfectants, cleaning-hygiene, medicines, other (got 'masks')",
             "instance": "/api/v1/analytics/categories/items",
             "invalidParams": [{"name": "category", "reason": "one of protective-supplies, disinfectants, cleaning-hygiene, medicines, other (got 'masks')"}]}
            """;

    static final String BAD_FILTER = """
            {"type": "https://opencompras.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Parameter 'emergency' is invalid: true or false (got 'yes')",
             "instance": "/api/v1/analytics/categories",
             "invalidParams": [{"name": "emergency", "reason": "true or false (got 'yes')"}]}
            """;

    static final String NOT_READY = """
            {"type": "https://opencompras.org/problems/unavailable", "title": "Service unavailable", "status": 503,
             "detail": "The items are being classified for the first time; try again in a few minutes",
             "instance": "/api/v1/analytics/categories"}
            """;

    private CategoryExamples() {
    }
}
