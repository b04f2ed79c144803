package org.opencompras.ingest;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.opencompras.common.config.OpenComprasConfig;
import org.opencompras.common.http.HttpProblems;
import org.opencompras.common.http.RequestChecks;
import org.opencompras.common.problem.ProblemType;

/**
 * Decides on an upload from its headers alone, before a byte of its body is read: a request without a valid
 * admin key, or announcing a body over {@code opencompras.ingest.max-body-size}, is answered at once and its
 * connection closed. Whenever an ingest answers before its body has ended (refused, failed, too large), the
 * connection is closed as well: otherwise the server would go on taking in the rest of the body, and a client
 * that keeps sending could fill the memory with it.
 */
@ApplicationScoped
public class IngestGate {

    @Inject
    AdminKeys adminKeys;

    @Inject
    OpenComprasConfig config;

    void register(@Observes Router router) {
        router.routeWithRegex(HttpMethod.POST, IngestResource.PATH_PATTERN)
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(this::admit);
    }

    void admit(RoutingContext context) {
        HttpServerRequest request = context.request();
        context.addEndHandler(ended -> {
            if (!request.isEnded()) {
                request.connection().close();
            }
        });
        Optional<String> refusal = adminKeys.refusal(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (refusal.isPresent()) {
            refuse(context, ProblemType.UNAUTHORIZED, refusal.get());
            return;
        }
        long limit = config.ingest().maxBodySize().asLongValue();
        if (RequestChecks.announcedLength(request) > limit) {
            refuse(context, ProblemType.PAYLOAD_TOO_LARGE, IngestResource.tooLarge(limit));
            return;
        }
        context.next();
    }

    private static void refuse(RoutingContext context, ProblemType type, String detail) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        if (type == ProblemType.UNAUTHORIZED) {
            context.response().putHeader("WWW-Authenticate", "Bearer realm=\"opencompras\"");
        }
        HttpProblems.send(context, type.problem(detail));
    }
}
