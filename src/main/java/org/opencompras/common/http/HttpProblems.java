package org.opencompras.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.opencompras.common.json.Json;
import org.opencompras.common.problem.Problem;

/** Writes a problem document straight onto a Vert.x response, for errors found before any resource runs. */
public final class HttpProblems {

    private HttpProblems() {
    }

    /** Sends the problem as the answer; headers the caller put on the response before stay. */
    public static void send(RoutingContext context, Problem problem) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            response.close();
            return;
        }
        String body;
        try {
            body = Json.mapper().writeValueAsString(problem.withInstance(instance(context)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }

    /** The path, when it can be read; a request too malformed to have one gets none. */
    private static String instance(RoutingContext context) {
        try {
            return context.request().path();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
