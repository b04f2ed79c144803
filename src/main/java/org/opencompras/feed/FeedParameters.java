package org.opencompras.feed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.record.OcidParameter;

/** Reads the query parameters of the release listing and the changes feed; a value it cannot use is a 400. */
final class FeedParameters {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    static final String LIMIT_RULE = "an integer from 1 to " + MAX_LIMIT;
    static final String SINCE_DATE_RULE = "an ISO 8601 date-time with a zone offset, such as 2024-05-01T00:00:00-05:00 "
            + "or 2024-05-01T05:00:00Z, or a date such as 2024-05-01 (its start in UTC)";
    static final String CURSOR_RULE = "the cursor of a links.next URL of this listing, with the same since and ocid";
    static final String WATERMARK_RULE = "a watermark returned by this feed (meta.watermark or a data[].watermark), "
            + "or empty for the beginning";
    static final String OCID_RULE = "an Open Contracting ID of at most 1000 characters, without control characters";

    private FeedParameters() {
    }

    static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidParameter("limit", LIMIT_RULE);
    }

    /** A date-time with a zone, or a date meaning its start in UTC; null when absent. */
    static OffsetDateTime sinceDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        OffsetDateTime since;
        try {
            // A '+' written unencoded in a query string arrives as a space: it is read back as the '+' it was.
            since = text.length() == 10 ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text.replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter("since", SINCE_DATE_RULE);
        }
        // Years the database can compare with; beyond them a date is surely a mistake.
        if (since.getYear() < 1 || since.getYear() > 9999) {
            throw ProblemException.invalidParameter("since", SINCE_DATE_RULE);
        }
        return since;
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

    static ReleaseCursor cursor(String value, ReleaseFilter filter) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return ReleaseCursor.decode(value, filter)
                .orElseThrow(() -> ProblemException.invalidParameter("cursor", CURSOR_RULE));
    }

    static Watermark watermark(String value) {
        if (value == null || value.isEmpty()) {
            return Watermark.START;
        }
        return Watermark.decode(value)
                .orElseThrow(() -> ProblemException.invalidParameter("since", WATERMARK_RULE));
    }
}
