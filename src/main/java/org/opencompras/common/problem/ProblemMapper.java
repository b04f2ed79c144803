package org.opencompras.common.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.opencompras.ingest.IngestFailure;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches the REST layer into an {@code application/problem+json} answer. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        Problem problem = e.problem().withInstance(uri.getPath());
        var response = RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem)
                .type(Problem.MEDIA_TYPE);
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"opencompras\"");
        }
        if (e.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This method is not allowed on " + uri.getPath();
            case 406 -> "None of the media types in Accept can be produced here";
            case 413 -> "The request body is larger than allowed";
            case 414 -> "The request line is longer than allowed";
            case 415 -> "This media type is not accepted here; see the operation's documented request types";
            default -> type == null ? reasonPhrase(status) : type.title();
        };
        if (status >= 500) {
            LOG.error("Request failed: " + uri.getPath(), e);
        }
        Problem problem = type == null
                ? new Problem("about:blank", reasonPhrase(status), status, detail, null, null)
                : new Problem(type.uri(), type.title(), status, detail, null, null);
        return problem(new ProblemException(problem), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> ingestFailure(IngestFailure e, UriInfo uri) {
        LOG.error("Ingest stopped on " + uri.getPath(), e);
        return problem(new ProblemException(ProblemType.UNAVAILABLE,
                "The ingest stopped because the database refused a batch. Batches committed before stay; "
                        + "send the same body again to finish (already stored releases count as duplicates).")
                .retryAfter(30), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return problem(new ProblemException(ProblemType.UNAVAILABLE,
                    "The database cannot take this request now (it is restarting, unreachable or busy); "
                            + "try again shortly").retryAfter(DatabaseUnavailable.RETRY_AFTER_SECONDS), uri);
        }
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return problem(new ProblemException(ProblemType.INTERNAL,
                "The server could not answer this request; it has been logged."), uri);
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
