package org.opencompras.organization;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who an OCDS party or organization reference really is: one identity per real-world identifier.
 *
 * @param key        the identity, unique across the database (for Ecuador {@code EC-RUC-<13 digits>})
 * @param scheme     the identifier scheme, when known (e.g. {@code EC-RUC})
 * @param identifier the identifier within the scheme (for Ecuador the 13-digit RUC)
 * @param rucValid   whether the RUC passes its check digit; null when the identifier is not a RUC
 * @param rucType    {@code public}, {@code private} or {@code natural}; null when not a valid RUC
 */
public record OrganizationIdentity(String key, String scheme, String identifier, Boolean rucValid, String rucType) {

    /** The identity of a party ({@code parties[]}) or of an organization reference ({@code id}, {@code name}). */
    public static OrganizationIdentity of(JsonNode party) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
