package org.opencompras.common.api;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.opencompras.common.config.OpenComprasConfig;

/**
 * This request's URIs as links in answers give them: on the configured public base URL
 * ({@code opencompras.api.public-base-url}), else on the address the connection reached this server at, never
 * on the {@code Host} header. Answers are cached by shared caches, which do not key them by what a client wrote
 * in Host: a link made from it could be served to every other client.
 */
public final class PublicUris {

    private PublicUris() {
    }

    /** The base of the API's paths, ending in '/'. */
    public static URI base(UriInfo uri) {
        return rebase(uri.getBaseUri());
    }

    /** The request's own URI, with its query. */
    public static URI requestUri(UriInfo uri) {
        return rebase(uri.getRequestUri());
    }

    /** The request's path, without its query. */
    public static URI absolutePath(UriInfo uri) {
        return rebase(uri.getAbsolutePath());
    }

    private static URI rebase(URI uri) {
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return URI.create(origin() + uri.getRawPath() + query);
    }

    private static String origin() {
        OpenComprasConfig config = Arc.container().instance(OpenComprasConfig.class).get();
        if (config.api().publicBaseUrl().isPresent()) {
            String base = config.api().publicBaseUrl().get().toString();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }
        HttpServerRequest request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent().request();
        SocketAddress local = request.localAddress();
        String host = local.hostAddress().contains(":") ? "[" + local.hostAddress() + "]" : local.hostAddress();
        return (request.isSSL() ? "https" : "http") + "://" + host + ":" + local.port();
    }
}
