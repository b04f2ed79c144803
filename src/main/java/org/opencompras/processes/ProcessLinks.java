package org.opencompras.processes;

import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;

/** Links to a process and its record, with the ocid in the path as it is ('/' included), percent-encoded. */
public final class ProcessLinks {

    private static final String KEPT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/";

    private final String base;

    private ProcessLinks(String base) {
        this.base = base;
    }

    /** Links relative to the service's base URI, as the request reached it. */
    public static ProcessLinks of(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return new ProcessLinks(base.endsWith("/") ? base : base + "/");
    }

    public String process(String ocid) {
        return base + "api/v1/processes/" + encode(ocid);
    }

    public String record(String ocid) {
        return base + "api/v1/records/" + encode(ocid);
    }

    static String encode(String ocid) {
        var text = new StringBuilder();
        for (byte b : ocid.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0 && KEPT.indexOf(b) >= 0) {
                text.append((char) b);
            } else {
                text.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return text.toString();
    }
}
