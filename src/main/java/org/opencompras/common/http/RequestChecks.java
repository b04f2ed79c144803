package org.opencompras.common.http;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.opencompras.common.api.Params;
import org.opencompras.common.problem.Problem;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.common.problem.ProblemType;

/**
 * What every request must be before any resource reads it, checked first, and the errors of the HTTP layer
 * answered as problem documents like all others.
 *
 * <p>The request line and the headers have limits of their own here, below the HTTP codec's, because the codec
 * answers a request over its limits with a bare status that no handler can change; the codec's limits
 * ({@code quarkus.http.limits.*}) stay above these only to bound the memory a connection may hold.
 *
 * <p>Every query parameter of the API takes one value (lists of values are comma-separated in one), so a
 * repeated parameter is refused instead of letting its first or last value win unseen.
 */
@ApplicationScoped
public class RequestChecks {

    /** The longest request line (method, target and version) served. */
    public static final int MAX_REQUEST_LINE = 8 * 1024;
    /** The most header bytes served (names, values and separators). */
    public static final int MAX_HEADERS = 16 * 1024;

    private static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";
    private static final Logger LOG = Logger.getLogger(RequestChecks.class);

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    /**
     * Quarkus answers a request whose URI {@code java.net.URI} refuses with a bare 400 before any route sees it,
     * unless this system property is set when it starts (it is read once, as the HTTP layer's classes load);
     * the same check is made here instead, answered as a problem. Called first thing by the main method; the
     * tests' JVM gets the property from the build.
     */
    public static void takeOverUriValidation() {
        System.setProperty(URI_VALIDATION_OFF, "true");
    }

    void install(@Observes Router router) {
        if (!Boolean.getBoolean(URI_VALIDATION_OFF)) {
            LOG.warn("Started without -D" + URI_VALIDATION_OFF + "=true: a request with an invalid URI gets a bare "
                    + "400 rather than a problem document");
        }
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::failed);
        // Requests no route takes, or that a route refuses without an answer of its own.
        for (int status : new int[] {400, 404, 405, 406, 413, 414, 415, 431}) {
            router.errorHandler(status, this::failed);
        }
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        Problem problem = null;
        if (request.version() == HttpVersion.HTTP_1_1 && request.headers().get(HttpHeaders.HOST) == null) {
            problem = ProblemType.BAD_REQUEST.problem("An HTTP/1.1 request must have a Host header");
        } else if (request.method().name().length() + request.uri().length() + 10 > MAX_REQUEST_LINE) {
            problem = ProblemType.URI_TOO_LONG.problem("The request line is longer than " + MAX_REQUEST_LINE
                    + " bytes; a list's filters and cursor fit well within it");
        } else if (headerBytes(request) > MAX_HEADERS) {
            problem = ProblemType.HEADER_FIELDS_TOO_LARGE.problem("The request headers are larger than "
                    + MAX_HEADERS + " bytes");
        } else if (declaredBodyTooLarge(request)) {
            problem = ProblemType.PAYLOAD_TOO_LARGE.problem("The request body is larger than the "
                    + maxBodySize.orElseThrow().asLongValue() + " bytes allowed");
        } else {
            try {
                checkQuery(request.query());
                new URI(request.uri());
            } catch (ProblemException e) {
                problem = e.problem();
            } catch (URISyntaxException e) {
                problem = ProblemType.BAD_REQUEST.problem("The request target is not a valid URI: a '%' must be "
                        + "followed by two hexadecimal digits, and spaces and other reserved characters encoded");
            }
        }
        if (problem == null) {
            context.next();
        } else {
            HttpProblems.send(context, problem);
        }
    }

    /** A body announced larger than the limit, refused before a byte of it is read. */
    private boolean declaredBodyTooLarge(HttpServerRequest request) {
        return maxBodySize.isPresent() && announcedLength(request) > maxBodySize.get().asLongValue();
    }

    /** The body length the request's {@code Content-Length} announces, or -1 when it announces none it can. */
    public static long announcedLength(HttpServerRequest request) {
        String length = request.headers().get(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** Each parameter's name and value must be valid percent-encoded UTF-8, and no parameter may be repeated. */
    static void checkQuery(String query) {
        if (query == null || query.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName, Params.shown(rawName));
            if (equals >= 0) {
                decode(pair.substring(equals + 1), name);
            }
            if (!seen.add(name)) {
                throw ProblemException.invalidParameter(name, "one value; give it once (several values of a "
                        + "filter go comma-separated in one)");
            }
        }
    }

    private static String decode(String raw, String parameter) {
        try {
            return QueryStringDecoder.decodeComponent(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(parameter, "valid percent-encoding (a '%' is followed by two hexadecimal digits; write a literal '%' as %25)");
        }
    }

    private void failed(RoutingContext context) {
        int status = context.statusCode();
        if (status < 400) {
            LOG.error("Request failed: " + context.request().path(), context.failure());
            status = 500;
        }
        ProblemType type = ProblemType.forStatus(status);
        if (type == ProblemType.BAD_REQUEST && context.request().headers().get(HttpHeaders.HOST) == null) {
            HttpProblems.send(context, type.problem("An HTTP/1.1 request must have a Host header"));
            return;
        }
        Problem problem = type == null
                ? new Problem("about:blank", "Error", status, "The request could not be served", null, null)
                : type.problem(detail(type));
        HttpProblems.send(context, problem);
    }

    private static String detail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "No resource at this path";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this path";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than allowed";
            case INTERNAL -> "The server could not answer this request; it has been logged.";
            default -> type.title();
        };
    }
}
