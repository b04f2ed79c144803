package org.opencompras.feed;

import org.opencompras.common.api.PublicUris;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Absolute URLs of this request's resource with other query parameters: the links to further pages. */
final class QueryLinks {

    private QueryLinks() {
    }

    /**
     * The request's absolute path with these parameters, each encoded (a '+' in a date must reach the server
     * as a '+'); null values are left out.
     */
    static String withQuery(UriInfo uri, Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        String path = PublicUris.absolutePath(uri).toString();
        return query.length() == 0 ? path : path + "?" + query;
    }

    static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }


    /** An RFC 8288 Link header value. */
    static String header(String target, String relation) {
        return "<" + target + ">; rel=\"" + relation + "\"";
    }
}
