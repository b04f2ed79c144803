package org.opencompras.feed;

import java.time.OffsetDateTime;

/**
 * What a release listing is restricted to.
 *
 * @param since releases dated at or after this instant, or null for all
 * @param ocid  releases of this process only, or null for all
 */
record ReleaseFilter(OffsetDateTime since, String ocid) {

    /** The filters as text, to bind a cursor to them. */
    String key() {
        return (since == null ? "" : since.toInstant().toString()) + '\n' + (ocid == null ? "" : ocid);
    }
}
