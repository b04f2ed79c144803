package org.opencompras.generate;

import java.util.List;

/**
 * A generated buyer or supplier.
 *
 * @param ruc          the 13-digit RUC, with a valid check digit
 * @param internalId   SERCOP's internal id, the suffix of the party id
 * @param name         the registered name
 * @param nameVariants other spellings the name is sometimes published with (typos, legal-form variants)
 * @param canton       where the organization is registered
 */
record Organization(String ruc, int internalId, String name, List<String> nameVariants, Canton canton) {

    /** The party id as SERCOP writes it: {@code EC-RUC-<RUC>-<internal id>}. */
    String partyId() {
        return "EC-RUC-" + ruc + "-" + internalId;
    }
}
