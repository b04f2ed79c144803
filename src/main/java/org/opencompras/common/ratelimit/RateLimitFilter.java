package org.opencompras.common.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.opencompras.common.config.OpenComprasConfig;
import org.opencompras.common.problem.Problem;
import org.opencompras.common.problem.ProblemType;

/**
 * A per-client quota on the API, told to clients before they hit it: every answer carries the IETF
 * {@code RateLimit-Policy} (the quota per window) and {@code RateLimit} headers (requests that could be made now,
 * and seconds until the whole quota is back), and a request over the quota gets a 429 problem with
 * {@code Retry-After}, the seconds until the next request is allowed.
 */
public class RateLimitFilter {

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    @Inject
    RateLimiter limiter;

    @Inject
    OpenComprasConfig config;

    @ServerRequestFilter(priority = 100)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.api().rateLimit().enabled() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        RateLimiter.Decision decision = limiter.request(client);
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        ProblemType type = ProblemType.RATE_LIMITED;
        Problem problem = new Problem(type.uri(), type.title(), type.status(), "More than " + decision.quota()
                + " requests in a minute from this client; try again in " + decision.retryAfterSeconds() + " seconds",
                request.getUriInfo().getPath(), null);
        Response.ResponseBuilder response = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds());
        headers(decision).forEach(response::header);
        return response.build();
    }

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision && response.getStatus() != 429) {
            headers(decision).forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
    }

    private static Map<String, String> headers(RateLimiter.Decision decision) {
        return Map.of(
                "RateLimit-Policy", "\"per-client\";q=" + decision.quota() + ";w=" + RateLimiter.WINDOW_SECONDS,
                "RateLimit", "\"per-client\";r=" + decision.remaining() + ";t=" + decision.resetSeconds());
    }
}
