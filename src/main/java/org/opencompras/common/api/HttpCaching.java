package org.opencompras.common.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.opencompras.common.config.OpenComprasConfig;
import org.opencompras.common.hash.Sha256;

/**
 * HTTP caching for every read of the API. An answer depends only on the request and on the stored data, whose
 * state {@link DataVersion} names; so the ETag is made from both before any work is done, and a client that
 * already holds the current answer gets a 304 at the cost of one indexed lookup. The ETag is weak: two answers
 * with the same tag say the same thing, though a fresh cursor in their links may differ in its bytes.
 */
public class HttpCaching {

    private static final String API_PATH = "api/v1";
    /**
     * Answers that follow more than the stored data: the sources report harvests, and a harvest that finds nothing
     * new changes what they say without changing the data's version. They are never answered 304 by version.
     */
    private static final Set<String> LIVE_PATHS = Set.of("/api/v1/sources");
    private static final String VERSION_PROPERTY = HttpCaching.class.getName() + ".version";
    private static final String ETAG_PROPERTY = HttpCaching.class.getName() + ".etag";

    @Inject
    RequestVersion requestVersion;

    @Inject
    OpenComprasConfig config;

    @ServerRequestFilter
    public Response checkFreshness(ContainerRequestContext request) {
        if (!isCachedRead(request)) {
            return null;
        }
        DataVersion.Version version = requestVersion.get();
        EntityTag etag = etag(request, version);
        request.setProperty(VERSION_PROPERTY, version);
        request.setProperty(ETAG_PROPERTY, etag);
        if (notModified(request, etag, version)) {
            Response.ResponseBuilder response = Response.notModified(etag);
            cacheHeaders(version).forEach(response::header);
            return response.build();
        }
        return null;
    }

    @ServerResponseFilter
    public void addHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        Object etag = request.getProperty(ETAG_PROPERTY);
        if (etag == null || response.getStatus() != 200) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        cacheHeaders((DataVersion.Version) request.getProperty(VERSION_PROPERTY))
                .forEach((name, value) -> response.getHeaders().putSingle(name, value));
    }

    private static boolean isCachedRead(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && path.startsWith("/" + API_PATH) && !LIVE_PATHS.contains(path);
    }

    private static EntityTag etag(ContainerRequestContext request, DataVersion.Version version) {
        String accept = String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT));
        String key = version.key() + "\n" + request.getUriInfo().getRequestUri() + "\n" + accept;
        String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.digest(key)).substring(0, 27);
        return new EntityTag(version.sequence() + "-" + hash, true);
    }

    private static boolean notModified(ContainerRequestContext request, EntityTag etag, DataVersion.Version version) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            // Weak comparison (RFC 9110, 13.1.2): the opaque parts must be equal.
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || tag.replaceFirst("^W/", "").equals("\"" + etag.getValue() + "\"")) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null || version.asOf() == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !version.asOf().toInstant().isAfter(since.plusSeconds(1).minusNanos(1));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private java.util.Map<String, String> cacheHeaders(DataVersion.Version version) {
        var headers = new java.util.LinkedHashMap<String, String>();
        headers.put(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.api().cacheMaxAge().toSeconds());
        headers.put(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (version.asOf() != null) {
            headers.put(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(version.asOf().atZoneSameInstant(ZoneOffset.UTC)));
        }
        return headers;
    }
}
