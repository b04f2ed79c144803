package org.opencompras.process;

/**
 * The tender-level facts of one process (the derived columns of a {@code process} row).
 *
 * @param buyerKey  identity key of the buyer (see {@link PartyRow}); null when the release names none
 * @param buyerName the buyer's name as the release gives it
 */
public record ProcessRow(
        String tenderId,
        String title,
        String description,
        String tenderStatus,
        String procurementMethod,
        String procurementMethodDetails,
        String mainProcurementCategory,
        Money tenderValue,
        Period tenderPeriod,
        Period enquiryPeriod,
        Period awardPeriod,
        Integer numberOfTenderers,
        String buyerKey,
        String buyerName) {

    /** A process of which nothing could be read but its releases. */
    public static final ProcessRow UNREADABLE = new ProcessRow(null, null, null, null, null, null, null, Money.NONE,
            Period.NONE, Period.NONE, Period.NONE, null, null, null);
}
