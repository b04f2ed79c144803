package org.opencompras.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document, the body of every error the API returns.
 *
 * @param type          a stable URI naming the kind of problem
 * @param title         a short summary of that kind
 * @param status        the HTTP status
 * @param detail        what went wrong in this request
 * @param instance      the request path
 * @param invalidParams the parameters that were refused, with why
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "An RFC 9457 problem document: the body of every error")
public record Problem(
        @Schema(description = "A stable URI naming the kind of problem",
                example = "https://opencompras.org/problems/invalid-parameter") String type,
        @Schema(description = "A short summary of that kind of problem", example = "Invalid parameter") String title,
        @Schema(description = "The HTTP status", example = "400") int status,
        @Schema(description = "What went wrong in this request",
                example = "Parameter 'source' is invalid: 1 to 100 letters, digits, spaces, '.', '_' or '-'") String detail,
        @Schema(description = "The request path", example = "/api/v1/ingest") String instance,
        @Schema(description = "For invalid parameters: each one with what is allowed") List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A refused parameter and what is allowed instead. */
    @Schema(description = "A refused parameter and what is allowed instead")
    public record InvalidParam(@Schema(example = "source") String name,
                               @Schema(example = "1 to 100 letters, digits, spaces, '.', '_' or '-'") String reason) {
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, invalidParams);
    }
}
