package org.opencompras.filter;

import java.util.Optional;
import org.opencompras.common.api.PublicId;

/**
 * An organization as a filter or a URL names it: by its API id ({@code EC-RUC-1760001550001}) or, for
 * Ecuador, by its 13-digit RUC alone. Resolves to the identity key it is stored under.
 */
public final class OrganizationRef {

    private OrganizationRef() {
    }

    /** The identity key, or empty when the value is neither an organization id nor a RUC. */
    public static Optional<String> identityKey(String value) {
        if (value.matches("\\d{13}")) {
            return Optional.of("EC-RUC-" + value);
        }
        return PublicId.parts(value, 1).map(parts -> parts.get(0));
    }

    /** The API id of an organization stored under this identity key. */
    public static String id(String identityKey) {
        return PublicId.of(identityKey);
    }
}
