package org.opencompras.parties;

/**
 * The two roles an organization is listed in. A supplier is named in an award's suppliers; a buyer is a
 * process's buyer. Their counterparts are each other: a supplier's buyers, a buyer's suppliers.
 */
enum PartyRole {
    SUPPLIER("supplier", "suppliers"),
    BUYER("buyer", "buyers");

    private final String singular;
    private final String plural;

    PartyRole(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** As stored in organization_totals.role, and as said in messages. */
    String singular() {
        return singular;
    }

    /** As in the API's paths. */
    String plural() {
        return plural;
    }

    PartyRole counterpart() {
        return this == SUPPLIER ? BUYER : SUPPLIER;
    }

    /**
     * The awards that link a party in this role to a counterpart: rows (party, counterpart, ocid, award_id),
     * one per award and supplier of a process that has a buyer.
     */
    String awardLinks() {
        String party = this == SUPPLIER ? "w.organization_id" : "p.buyer_id";
        String counterpart = this == SUPPLIER ? "p.buyer_id" : "w.organization_id";
        return "select " + party + " as party, " + counterpart + " as counterpart, w.ocid, w.award_id "
                + "from award_supplier w join process p on p.ocid = w.ocid where p.buyer_id is not null";
    }
}
