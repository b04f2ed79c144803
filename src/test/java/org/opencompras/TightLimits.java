package org.opencompras;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Limits small enough for a test to reach: two export slots, a two-second write timeout, 64 KB uploads, and
 * a server socket that buffers little for a client that reads nothing. */
public class TightLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "opencompras.api.export.max-concurrent", "2",
                "opencompras.api.export.write-timeout", "PT2S",
                "opencompras.ingest.max-body-size", "64K",
                "test.http.send-buffer-size", "8192");
    }
}
