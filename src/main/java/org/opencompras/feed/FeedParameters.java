package org.opencompras.feed;

import java.time.OffsetDateTime;
import org.opencompras.common.api.Params;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.record.OcidParameter;

/** Reads the query parameters of the release listing and the changes feed; a value it cannot use is a 400. */
final class FeedParameters {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = Params.MAX_LIMIT;

    static final String CURSOR_RULE = "the cursor of a links.next URL of this listing, with the same since and ocid";
    static final String WATERMARK_RULE = "a watermark returned by this feed (meta.watermark or a data[].watermark), "
            + "or empty for the beginning";
    static final String OCID_RULE = "an Open Contracting ID of at most 1000 characters, without control characters";

    private FeedParameters() {
    }

    static int limit(String value) {
        return Params.limit(value, DEFAULT_LIMIT);
    }

    /** A date-time with a zone, or a date meaning its start in UTC; null when absent. */
    static OffsetDateTime sinceDate(String value) {
        return Params.instant("since", value, false);
    }

    static String ocid(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!OcidParameter.isPlausible(value)) {
            throw ProblemException.invalidParameter("ocid", OCID_RULE);
        }
        return value;
    }


    static Watermark watermark(String value) {
        if (value == null || value.isEmpty()) {
            return Watermark.START;
        }
        return Watermark.decode(value)
                .orElseThrow(() -> ProblemException.invalidParameter("since", WATERMARK_RULE));
    }
}
