package org.opencompras.common.problem;

import java.util.List;

/** Thrown by services and resources to answer with a problem document instead of a result. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private Integer retryAfterSeconds;

    public ProblemException(ProblemType type, String detail) {
        super(detail);
        this.problem = type.problem(detail);
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    /** A 400 naming the refused parameter and what is allowed. */
    public static ProblemException invalidParameter(String name, String reason) {
        var type = ProblemType.INVALID_PARAMETER;
        return new ProblemException(new Problem(type.uri(), type.title(), type.status(),
                "Parameter '" + name + "' is invalid: " + reason, null,
                List.of(new Problem.InvalidParam(name, reason))));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public Problem problem() {
        return problem;
    }

    /** Adds a {@code Retry-After} header to the answer: when the client may try again. */
    public ProblemException retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** The {@code Retry-After} in seconds, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
