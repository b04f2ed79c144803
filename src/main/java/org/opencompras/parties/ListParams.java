package org.opencompras.parties;

/** Descriptions of the parameters the supplier and buyer endpoints share, for the OpenAPI document. */
final class ListParams {

    static final String NAME = "Search by name, tolerant of typos, spacing, accents, punctuation and legal forms: "
            + "'MAXINSUMO' finds 'MAX INSUMO S.A.', 'MAX-INSUMO' and 'Maxinsumos'. Every spelling of every name is "
            + "searched; a part of a long name is found too. At most 200 characters.";
    static final String RUC = "Only the organization with this RUC (13 digits).";
    static final String RUC_VALID = "true: only organizations whose RUC has a valid check digit; false: only those "
            + "whose RUC is invalid. Organizations identified otherwise than by a RUC match neither.";
    static final String SOURCE = "Only organizations named in this role in data loaded from this source.";
    static final String CURRENCY = "Only organizations with contract values in this ISO 4217 currency. Required by "
            + "sort=-amount, which sorts by the total in this currency.";
    static final String SORT = "Order: name (alphabetical, ignoring case, accents and legal forms; the default), "
            + "-contracts (most contracts first), -amount (largest contract total in `currency` first; needs "
            + "`currency`), relevance (closest spelling of `name` first; needs `name`).";
    static final String LIMIT = "Page size, 1 to 500; default 50.";
    static final String CURSOR = "Where the page starts: the cursor in links.next of the previous page (opaque, "
            + "signed, tied to the same filters and sort).";
    static final String INCLUDE_TOTAL = "true: also count every matching item in meta.total.";
    static final String ID = "The organization's id, as the lists give it (EC-RUC-0993038210001), or a bare "
            + "13-digit RUC.";
    static final String CONTRACT_SORT = "Order, as in /contracts: -dateSigned (latest signed first, the default; "
            + "unsigned last), dateSigned, -amount or amount (contract value; needs `currency`), relevance (best "
            + "match of `q` first; needs `q`).";
    static final String COUNTERPART_CURRENCY = "Only counterparts with contract values in this ISO 4217 currency; "
            + "required by sort=-amount.";
    static final String COUNTERPART_SORT = "Order: -contracts (most contracts first, the default), name, -amount "
            + "(largest contract total in `currency` first; needs `currency`).";

    private ListParams() {
    }
}
