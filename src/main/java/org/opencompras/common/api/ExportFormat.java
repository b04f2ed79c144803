package org.opencompras.common.api;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opencompras.common.problem.ProblemException;

/**
 * What a list is answered in: a JSON page, or the whole list as CSV or as JSON lines. Chosen by the
 * {@code format} parameter when given, else by the Accept header; JSON when neither asks for an export.
 */
public enum ExportFormat {
    JSON("json", MediaType.APPLICATION_JSON_TYPE),
    CSV("csv", new MediaType("text", "csv")),
    NDJSON("ndjson", new MediaType("application", "x-ndjson"));

    public static final String PARAMETER = "format";
    /** The Content-Type of CSV exports (RFC 4180: UTF-8, with a header row). */
    public static final String CSV_CONTENT_TYPE = "text/csv; charset=UTF-8; header=present";
    public static final String NDJSON_CONTENT_TYPE = "application/x-ndjson";

    private final String name;
    private final MediaType mediaType;

    ExportFormat(String name, MediaType mediaType) {
        this.name = name;
        this.mediaType = mediaType;
    }

    /** Its name in the {@code format} parameter, also the file extension of an export. */
    public String parameterValue() {
        return name;
    }

    /** The Content-Type of an answer in this format. */
    public String contentType() {
        return switch (this) {
            case JSON -> MediaType.APPLICATION_JSON;
            case CSV -> CSV_CONTENT_TYPE;
            case NDJSON -> NDJSON_CONTENT_TYPE;
        };
    }

    /**
     * @param format     the {@code format} parameter, null when absent
     * @param acceptable the request's acceptable media types, most preferred first (as JAX-RS gives them)
     */
    public static ExportFormat negotiate(String format, List<MediaType> acceptable) {
        if (format != null && !format.isEmpty()) {
            String wanted = format.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(value -> value.name.equals(wanted)).findFirst()
                    .orElseThrow(() -> ProblemException.invalidParameter(PARAMETER, "one of "
                            + Arrays.stream(values()).map(value -> value.name).collect(Collectors.joining(", "))
                            + " (got '" + Params.shown(format) + "')"));
        }
        for (MediaType type : acceptable) {
            for (ExportFormat candidate : values()) {
                if (type.isCompatible(candidate.mediaType)) {
                    return candidate;
                }
            }
        }
        return JSON;
    }
}
