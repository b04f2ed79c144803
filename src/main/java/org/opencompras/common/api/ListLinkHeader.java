package org.opencompras.common.api;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Repeats a list's next-page link as an RFC 8288 {@code Link} header, for clients that page by headers. */
public class ListLinkHeader {

    @ServerResponseFilter
    public void addLink(ContainerResponseContext response) {
        if (response.getEntity() instanceof Paged page && page.links().next() != null) {
            response.getHeaders().add("Link", "<" + page.links().next() + ">; rel=\"next\"");
        }
    }
}
