package org.opencompras.common.api;

import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;

/** Absolute links to the API's resources, as list items and details give them. */
public final class ApiLinks {

    private static final String HEX = "0123456789ABCDEF";

    private final String base;

    private ApiLinks(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** Links under the API's public base URI ({@code https://api.example.org/}). */
    public static ApiLinks of(UriInfo uri) {
        return new ApiLinks(PublicUris.base(uri).toString());
    }

    /**
     * {@code api/v1/<collection>/<key>}; the key is percent-encoded except for '/', which is kept as it is since
     * OCIDs may hold it and the process and record paths take it raw.
     */
    public String to(String collection, String key) {
        return base + "api/v1/" + collection + "/" + encodePath(key);
    }

    /** Text as it goes in a URL path: percent-encoded as UTF-8, except for unreserved characters, ':', '@' and '/'. */
    public static String encodePath(String value) {
        var out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/:@".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
            }
        }
        return out.toString();
    }
}
