package org.opencompras.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

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
public record Problem(String type, String title, int status, String detail, String instance,
                      List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A refused parameter and what is allowed instead. */
    public record InvalidParam(String name, String reason) {
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, invalidParams);
    }
}
