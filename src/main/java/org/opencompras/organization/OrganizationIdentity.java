package org.opencompras.organization;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an OCDS party or organization reference really is: one identity per real-world identifier.
 *
 * <p>Ecuador (SERCOP) writes party ids as {@code EC-RUC-<RUC>-<internal id>}: the internal id differs from
 * process to process, the RUC does not, so only the RUC makes the identity. Other publishers are identified by
 * {@code identifier.scheme} and {@code identifier.id}, else by the party id itself.
 *
 * @param key        the identity, unique across the database (for Ecuador {@code EC-RUC-<13 digits>})
 * @param scheme     the identifier scheme, when known (e.g. {@code EC-RUC})
 * @param identifier the identifier within the scheme (for Ecuador the 13-digit RUC)
 * @param rucValid   whether the RUC passes its check digit; null when the identifier is not a RUC
 * @param rucType    {@code public}, {@code private} or {@code natural}; null when not a valid RUC
 */
public record OrganizationIdentity(String key, String scheme, String identifier, Boolean rucValid, String rucType) {

    public static final String RUC_SCHEME = "EC-RUC";

    private static final Pattern RUC_ID = Pattern.compile("^EC-RUC-([0-9]+)(?:-.*)?$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]+$");

    /**
     * The identity of a party ({@code parties[]}) or of an organization reference ({@code id}, {@code name}).
     * A party with neither identifier nor id is known by its normalized name ({@code name:<name>}).
     *
     * @throws IllegalArgumentException when the party has no identifier, id or name at all
     */
    public static OrganizationIdentity of(JsonNode party) {
        return of(party, null);
    }

    /**
     * The identity of a party as {@link #of(JsonNode)}, where ids and names that carry no identifier scheme are
     * taken as local to one publisher: {@code party:<scope>:<id>}, {@code name:<scope>:<name>}. Two publishers
     * numbering their parties from 1 then do not merge unrelated organizations.
     *
     * @param scope the publisher's OCID prefix (see {@link OcidPrefix}); null for no scope
     */
    public static OrganizationIdentity of(JsonNode party, String scope) {
        String local = scope == null ? "" : scope + ":";
        String partyId = text(party == null ? null : party.get("id"));
        JsonNode identifierNode = party == null ? null : party.get("identifier");
        String scheme = identifierNode == null ? null : text(identifierNode.get("scheme"));
        String identifierId = identifierNode == null ? null : text(identifierNode.get("id"));

        boolean numericId = identifierNode != null && identifierNode.path("id").isNumber();
        String ruc = rucOf(scheme, identifierId, numericId, partyId);
        if (ruc != null) {
            Ruc.Check check = Ruc.check(ruc);
            String type = check.valid() ? check.type().code() : null;
            return new OrganizationIdentity(RUC_SCHEME + "-" + ruc, RUC_SCHEME, ruc, check.valid(), type);
        }
        if (scheme != null && identifierId != null) {
            return new OrganizationIdentity(scheme + "-" + identifierId, scheme, identifierId, null, null);
        }
        if (partyId != null) {
            return new OrganizationIdentity("party:" + local + partyId, scheme, identifierId, null, null);
        }
        String name = text(party == null ? null : party.get("name"));
        String normalized = name == null ? null : NameNormalizer.normalize(name);
        if (normalized != null && !normalized.isBlank()) {
            return new OrganizationIdentity("name:" + local + normalized, null, null, null, null);
        }
        throw new IllegalArgumentException("party has no identifier, id or name");
    }

    /** The RUC digits, when the party is an Ecuadorian taxpayer; null otherwise. */
    private static String rucOf(String scheme, String identifierId, boolean numericId, String partyId) {
        if (identifierId != null) {
            Matcher matcher = RUC_ID.matcher(identifierId);
            if (matcher.matches()) {
                return matcher.group(1);
            }
            if (RUC_SCHEME.equals(scheme) && DIGITS.matcher(identifierId).matches()) {
                // a RUC published as a JSON number loses the leading zero of provinces 01–09
                return numericId && identifierId.length() == 12 ? "0" + identifierId : identifierId;
            }
        }
        if (partyId != null) {
            Matcher matcher = RUC_ID.matcher(partyId);
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    /** A trimmed string of a text or number node; null for missing, null, blank or structured values. */
    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String value;
        if (node.isIntegralNumber()) {
            value = node.bigIntegerValue().toString();
        } else if (node.isNumber()) {
            value = node.decimalValue().stripTrailingZeros().toPlainString();
        } else {
            value = node.asText();
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }
}
