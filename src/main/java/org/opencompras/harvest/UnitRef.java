package org.opencompras.harvest;

import java.time.OffsetDateTime;

/**
 * A unit to fetch.
 *
 * @param key        what names it within its source, stable across runs ({@code bulk/2020-03})
 * @param name       the name its content is read under, which also tells the reader its format
 * @param listedDate for an API record, the date its listing gives; otherwise {@code null}
 */
record UnitRef(Kind kind, String key, String url, String name, OffsetDateTime listedDate) {

    enum Kind {
        BULK_MONTH("bulk-month"), API_PAGE("api-page"), API_RECORD("api-record"), URL("url");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }
}
