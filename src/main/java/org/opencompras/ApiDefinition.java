package org.opencompras;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** What the OpenAPI document says of the API as a whole: the conventions every operation follows. */
@OpenAPIDefinition(info = @Info(title = "OpenCompras API", version = "1.0.0", description = ApiDefinition.DESCRIPTION))
public class ApiDefinition extends Application {

    static final String DESCRIPTION = """
            Public-procurement open data (OCDS) as a documented REST API: contracts, awards, processes, \
            suppliers and buyers, the OCDS releases and records themselves, and a changes feed to sync from.

            **Lists** all have one shape: `{"data": [...], "links": {"self", "next"}, "meta": {"limit", \
            "dataAsOf", "total"}}`, and the next page is also in an RFC 8288 `Link: <...>; rel="next"` header. \
            Pages are read by cursor: follow `links.next` (no depth limit; page 10,000 is as fast as page 1). \
            `limit` is 1 to 500 (default 50); `includeTotal=true` adds `meta.total`. A cursor is tied to its \
            query and valid for 24 hours. `sort` takes the values each list documents. Every query parameter \
            takes one value (lists of values go comma-separated in one): a repeated parameter is a `400`. Links \
            are written on the service's public base URL, never on the request's `Host`.

            **Formats**: JSON by default; `Accept: text/csv` or `format=csv` streams the whole filtered list as \
            CSV, `Accept: application/x-ndjson` or `format=ndjson` as JSON lines. A server streams a few exports at \
            once: one more gets a `503` with `Retry-After`. An export that fails midway ends without the last chunk \
            of its chunked transfer, so the client sees an incomplete download, never a file that looks whole.

            **Money** is an exact decimal with its ISO 4217 currency; amounts in different currencies are never \
            added together. **Dates** are RFC 3339 instants in UTC; date filters take a date-time with zone, or a \
            date (its start in UTC).

            **Errors** are RFC 9457 `application/problem+json` documents with a stable `type` URI, also those of \
            the HTTP layer (`bad-request`, `not-found`, `method-not-allowed`, `not-acceptable`, \
            `payload-too-large`, `uri-too-long` over 8 KB of request line, `unsupported-media-type`, \
            `header-fields-too-large` over 16 KB of headers); a refused parameter is named in `invalidParams`. \
            While the database cannot take work (restarting, unreachable, out of connections) every read answers \
            `503` with `Retry-After`: retry then.

            **Caching**: every read has a weak `ETag` (send it back in `If-None-Match` for a `304`), \
            `Last-Modified` (the time of the last change to the data) and `Cache-Control`.

            **Rate limit**: each client gets a quota of requests per minute, as a bucket that refills at the \
            quota's pace, told in the `RateLimit-Policy` and `RateLimit` headers of every answer (`r` requests \
            that can be made now, `t` seconds until the whole quota is back); over it, a `429` problem with \
            `Retry-After`, the seconds until the next request is allowed.
            """;
}
