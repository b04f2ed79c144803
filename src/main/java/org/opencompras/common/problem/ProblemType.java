package org.opencompras.common.problem;

/** The kinds of problem the API reports; their URIs are stable and documented. */
public enum ProblemType {
    INVALID_PARAMETER(400, "Invalid parameter"),
    BAD_REQUEST(400, "Bad request"),
    UNREADABLE_BODY(400, "Unreadable request body"),
    UNAUTHORIZED(401, "Authentication required"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    URI_TOO_LONG(414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    HEADER_FIELDS_TOO_LARGE(431, "Request header fields too large"),
    RATE_LIMITED(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    UNAVAILABLE(503, "Service unavailable");

    private static final String BASE = "https://opencompras.org/problems/";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return BASE + name().toLowerCase().replace('_', '-');
    }

    /**
     * The type an error status is reported as when nothing more is known about it; null for a status of no
     * documented type. A bare 400 is taken for a malformed request, since refused parameters are named where
     * they are read.
     */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_PARAMETER && type != UNREADABLE_BODY) {
                return type;
            }
        }
        return null;
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null, null);
    }
}
