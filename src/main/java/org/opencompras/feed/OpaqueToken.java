package org.opencompras.feed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Watermarks of the changes feed as opaque base64url text: a format version, the payload,
 * and a check over both and over its kind. The
 * check catches values that were edited or truncated; it is not a secret, because a
 * forged position of a public listing gains nothing.
 */
final class OpaqueToken {

    private static final int CHECK_LENGTH = 4;
    private static final int MAX_TEXT_LENGTH = 200;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private OpaqueToken() {
    }

    static String encode(String kind, byte version, byte[] payload, String context) {
        ByteBuffer token = ByteBuffer.allocate(1 + payload.length + CHECK_LENGTH);
        token.put(version).put(payload).put(check(kind, version, payload, context));
        return ENCODER.encodeToString(token.array());
    }

    /** The payload of a token of this kind, version and context with the given length; empty if it is not one. */
    static Optional<ByteBuffer> decode(String kind, byte version, int payloadLength, String text, String context) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        byte[] token;
        try {
            token = DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (token.length != 1 + payloadLength + CHECK_LENGTH || token[0] != version) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOfRange(token, 1, 1 + payloadLength);
        byte[] check = Arrays.copyOfRange(token, 1 + payloadLength, token.length);
        if (!MessageDigest.isEqual(check, check(kind, version, payload, context))) {
            return Optional.empty();
        }
        return Optional.of(ByteBuffer.wrap(payload));
    }

    private static byte[] check(String kind, byte version, byte[] payload, String context) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((kind + '\0' + context + '\0').getBytes(StandardCharsets.UTF_8));
            digest.update(version);
            digest.update(payload);
            return Arrays.copyOf(digest.digest(), CHECK_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
