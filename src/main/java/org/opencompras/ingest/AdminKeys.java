package org.opencompras.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.opencompras.common.config.OpenComprasConfig;
import org.opencompras.common.hash.Sha256;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.common.problem.ProblemType;

/**
 * Checks {@code Authorization: Bearer KEY} against the configured admin keys. Keys are compared as SHA-256
 * digests with {@link MessageDigest#isEqual}, so the time taken says nothing about how close a guess was.
 */
@ApplicationScoped
public class AdminKeys {

    private static final String BEARER = "Bearer ";

    private final List<byte[]> digests;

    AdminKeys(OpenComprasConfig config) {
        this.digests = config.adminKeys().orElse(List.of()).stream()
                .map(String::trim)
                .filter(key -> !key.isEmpty())
                .map(Sha256::digest)
                .toList();
    }

    /** Passes when the header carries a configured key, else throws a 401 problem. */
    public void require(String authorization) {
        refusal(authorization).ifPresent(reason -> {
            throw new ProblemException(ProblemType.UNAUTHORIZED, reason);
        });
    }

    /** Why the header does not carry a configured key, or empty when it does. */
    public Optional<String> refusal(String authorization) {
        if (digests.isEmpty()) {
            return Optional.of("No admin key is configured on this server (set OPENCOMPRAS_ADMIN_KEYS)");
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of("This endpoint needs an admin key: send the header 'Authorization: Bearer KEY'");
        }
        byte[] offered = Sha256.digest(authorization.substring(BEARER.length()).trim());
        boolean accepted = false;
        for (byte[] known : digests) {
            accepted |= MessageDigest.isEqual(known, offered);
        }
        return accepted ? Optional.empty() : Optional.of("The admin key is not valid");
    }
}
