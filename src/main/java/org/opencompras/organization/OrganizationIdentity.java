package org.opencompras.organization;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an OCDS party or organization reference really is: one identity per real-world identifier.
 *
 * <p>TEMPORARY stand-in implementation so that dependent code can be tested; the real one
 * (with the full RUC check-digit rules) replaces it.
 *
 * @param key        the identity, unique across the database (for Ecuador {@code EC-RUC-<13 digits>})
 * @param scheme     the identifier scheme, when known (e.g. {@code EC-RUC})
 * @param identifier the identifier within the scheme (for Ecuador the 13-digit RUC)
 * @param rucValid   whether the RUC passes its check digit; null when the identifier is not a RUC
 * @param rucType    {@code public}, {@code private} or {@code natural}; null when not a valid RUC
 */
public record OrganizationIdentity(String key, String scheme, String identifier, Boolean rucValid, String rucType) {

    private static final Pattern SERCOP_ID = Pattern.compile("EC-RUC-(\\d{13})(-.*)?");

    /** The identity of a party ({@code parties[]}) or of an organization reference ({@code id}, {@code name}). */
    public static OrganizationIdentity of(JsonNode party) {
        String id = party.path("identifier").path("id").asText(party.path("id").asText(null));
        if (id == null) {
            return null;
        }
        Matcher m = SERCOP_ID.matcher(id);
        if (!m.matches()) {
            return new OrganizationIdentity("party:" + party.path("id").asText(id), null, null, null, null);
        }
        String ruc = m.group(1);
        boolean valid = isPlausibleRuc(ruc);
        return new OrganizationIdentity("EC-RUC-" + ruc, "EC-RUC", ruc, valid, valid ? rucType(ruc) : null);
    }

    private static boolean isPlausibleRuc(String ruc) {
        int province = Integer.parseInt(ruc.substring(0, 2));
        char third = ruc.charAt(2);
        return (province >= 1 && province <= 24 || province == 30) && (third <= '6' || third == '9');
    }

    private static String rucType(String ruc) {
        char third = ruc.charAt(2);
        return third == '6' ? "public" : third == '9' ? "private" : "natural";
    }
}
