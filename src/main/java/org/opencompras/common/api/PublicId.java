package org.opencompras.common.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ids that go into URLs: stable (made from the data's own identifiers, never from database keys) and safe in a
 * path segment. Parts made only of letters, digits, '.', '_' and '-' are joined by '~' and stay readable
 * ({@code ocds-5wno2w-SIE-HOALO-2025-003-141697~1}); anything else is written as '~' followed by the base64url
 * of the parts, so OCIDs and identifiers holding '/' or spaces round-trip too.
 */
public final class PublicId {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final String SEPARATOR = "~";
    private static final char ENCODED_SEPARATOR = '\u0000';
    private static final int MAX_LENGTH = 2_000;

    private PublicId() {
    }

    public static String of(String... parts) {
        if (Arrays.stream(parts).allMatch(part -> SAFE.matcher(part).matches())) {
            return String.join(SEPARATOR, parts);
        }
        byte[] joined = String.join(String.valueOf(ENCODED_SEPARATOR), parts).getBytes(StandardCharsets.UTF_8);
        return SEPARATOR + Base64.getUrlEncoder().withoutPadding().encodeToString(joined);
    }

    /** The parts of an id, or empty when it is not an id of that many parts. */
    public static Optional<List<String>> parts(String id, int count) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        List<String> parts;
        if (id.startsWith(SEPARATOR)) {
            String decoded;
            try {
                decoded = new String(Base64.getUrlDecoder().decode(id.substring(1)), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            parts = List.of(decoded.split(String.valueOf(ENCODED_SEPARATOR), -1));
            if (!of(parts.toArray(String[]::new)).equals(id)) {
                return Optional.empty();
            }
        } else {
            parts = List.of(id.split(SEPARATOR, -1));
            if (!parts.stream().allMatch(part -> SAFE.matcher(part).matches())) {
                return Optional.empty();
            }
        }
        return parts.size() == count && parts.stream().noneMatch(String::isEmpty) ? Optional.of(parts) : Optional.empty();
    }
}
