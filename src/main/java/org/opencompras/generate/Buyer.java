package org.opencompras.generate;

/**
 * A generated contracting entity.
 *
 * @param organization who it is
 * @param acronym      the letters SERCOP process codes carry for it (e.g. {@code HOALO})
 * @param priceFactor  how much above or below the reference prices this buyer usually pays
 */
record Buyer(Organization organization, String acronym, double priceFactor) {
}
