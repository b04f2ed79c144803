package org.opencompras.process;

/**
 * A supplier of an award, a row of {@code award_supplier}.
 *
 * @param organizationKey identity key of the supplier (see {@link PartyRow})
 * @param partyId         the id the release used to refer to it
 * @param name            the name given in the reference, else the party's name
 */
public record AwardSupplierRow(String awardId, String organizationKey, String partyId, String name) {
}
