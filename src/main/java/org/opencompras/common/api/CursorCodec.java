package org.opencompras.common.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.opencompras.common.config.OpenComprasConfig;
import org.opencompras.common.hash.Sha256;
import org.opencompras.common.json.Json;
import org.opencompras.common.problem.ProblemException;

/**
 * Writes and reads the opaque cursors of keyset pagination. A cursor holds the sort values of the last row
 * served, the query it belongs to (as a hash) and when it was issued, and is signed: a cursor that was edited,
 * belongs to another query or is older than the configured age is refused with a 400 naming {@code cursor}.
 */
@ApplicationScoped
public class CursorCodec {

    public static final String PARAMETER = "cursor";
    private static final int MAC_BYTES = 16;
    private static final int MAX_LENGTH = 4_000;
    /** How far ahead of this instance's clock another instance's may be, for a cursor it issued. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    @Inject
    CursorSecret secret;

    @Inject
    OpenComprasConfig config;

    private Clock clock = Clock.systemUTC();

    /** For tests of expiry. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param query  what the cursor is valid for: the resource, its sort and its filters, in a stable form
     * @param values the sort values of the last row served (nulls allowed)
     */
    public String encode(String query, List<String> values) {
        ObjectNode payload = Json.mapper().createObjectNode();
        payload.put("q", Sha256.hex(query).substring(0, 16));
        payload.put("t", clock.instant().getEpochSecond());
        ArrayNode keys = payload.putArray("k");
        values.forEach(keys::add);
        byte[] body;
        try {
            body = Json.mapper().writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return base64(body) + "." + base64(mac(body));
    }

    /** The sort values a cursor carries, or a 400 problem when it is not a valid, current cursor of this query. */
    public List<String> decode(String cursor, String query) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid("it is not a cursor this API issued; use links.next of a previous page");
        }
        int dot = cursor.indexOf('.');
        byte[] body;
        byte[] mac;
        try {
            body = Base64.getUrlDecoder().decode(cursor.substring(0, Math.max(dot, 0)));
            mac = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid("it is not a cursor this API issued; use links.next of a previous page");
        }
        if (dot <= 0 || !MessageDigest.isEqual(mac, mac(body))) {
            throw invalid("it is not a cursor this API issued, or it was changed; use links.next of a previous page");
        }
        JsonNode payload;
        try {
            payload = Json.mapper().readTree(body);
        } catch (java.io.IOException e) {
            throw invalid("it is not a cursor this API issued; use links.next of a previous page");
        }
        if (!Sha256.hex(query).substring(0, 16).equals(payload.path("q").asText())) {
            throw invalid("it belongs to another query: keep the filters and sort of the page that gave it");
        }
        if (!payload.path("t").canConvertToLong() || !payload.path("k").isArray()) {
            throw invalid("it is not a cursor this API issued; use links.next of a previous page");
        }
        long issued = payload.path("t").asLong();
        long now = clock.instant().getEpochSecond();
        if (issued > now + CLOCK_SKEW.toSeconds()) {
            throw invalid("it was issued in the future; use links.next of a previous page");
        }
        if (issued < now - config.api().cursorMaxAge().toSeconds()) {
            throw invalid("it has expired (cursors are valid for " + config.api().cursorMaxAge().toHours()
                    + " hours); start again from the first page");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : payload.path("k")) {
            if (!value.isNull() && !value.isTextual()) {
                throw invalid("it is not a cursor this API issued; use links.next of a previous page");
            }
            values.add(value.isNull() ? null : value.asText());
        }
        return values;
    }

    private byte[] mac(byte[] body) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            return Arrays.copyOf(hmac.doFinal(body), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static ProblemException invalid(String reason) {
        return ProblemException.invalidParameter(PARAMETER, reason);
    }
}
