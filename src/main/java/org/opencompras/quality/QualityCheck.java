package org.opencompras.quality;

import java.util.Arrays;
import java.util.Optional;

/**
 * The checks of the data-quality report, in the order it lists them. Each fails a whole process; what fails it is
 * said exactly in its description (and computed in the {@code quality_failure} view). "Awarded or contracted": a
 * process with an award whose status is not pending, cancelled or unsuccessful, or with any contract.
 */
public enum QualityCheck {

    MISSING_BUYER("missing_buyer", "No buyer",
            "The process names no buyer: no buyer reference, no party with role buyer and no procuring entity. "
                    + "It counts in no buyer's profile and escapes every buyer filter."),
    MISSING_SUPPLIER("missing_supplier", "No supplier",
            "An awarded or contracted process none of whose awards names a supplier: its money goes to no one "
                    + "in the supplier profiles."),
    MISSING_AMOUNT("missing_amount", "No amount",
            "An awarded or contracted process none of whose awards and contracts has an amount: it adds nothing "
                    + "to any total, so totals understate spending."),
    MISSING_CURRENCY("missing_currency", "Amount without currency",
            "An amount of the process (tender, lot, award, contract or item unit value) comes without a currency: "
                    + "it is summed apart, under currency null, never with dollars."),
    INVALID_CURRENCY("invalid_currency", "Invalid currency",
            "An amount of the process has a currency that is not an ISO 4217 code: read as no currency, so "
                    + "summed apart like a missing one."),
    MISSING_DATES("missing_dates", "Missing dates",
            "An active award without a date, or an active or terminated contract without a signature date: the "
                    + "process escapes date filters and timelines."),
    MISSING_METHOD("missing_method", "No procurement method",
            "tender.procurementMethod is absent or not one of open, selective, limited, direct: the process "
                    + "escapes method filters and competition indicators."),
    INVALID_RUC("invalid_ruc", "Invalid RUC",
            "The process names an organization whose RUC fails the shape (13 digits), province, type or "
                    + "check-digit rules: it may be a typo that splits one company into two."),
    AMOUNT_AS_STRING("amount_as_string", "Amount given as text",
            "An amount of the process was published as a JSON string (\"1500.00\") instead of a number: read as "
                    + "the number it spells, but a sign of a careless export."),
    INVALID_AMOUNT("invalid_amount", "Unreadable amount",
            "A value or amount of the process is neither a number nor a numeric string: it is dropped."),
    INVALID_DATE("invalid_date", "Unreadable date",
            "A date of the process is not an ISO 8601 date-time with a zone offset: it is dropped."),
    UNMATCHED_PARTY_REFERENCE("unmatched_party_reference", "Reference to no party",
            "A buyer, procuring entity, supplier or tenderer reference whose id matches no entry of parties[]: "
                    + "its identifier and roles are guessed from the reference alone."),
    SUPPLIER_NAME_VARIANTS("supplier_name_variants", "Supplier with several names",
            "A supplier of the process is named in two or more ways across this source's processes (see "
                    + "/quality/name-variants): searching by one name misses the others.");

    private final String code;
    private final String title;
    private final String description;

    QualityCheck(String code, String title, String description) {
        this.code = code;
        this.title = title;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public static Optional<QualityCheck> byCode(String code) {
        return Arrays.stream(values()).filter(check -> check.code.equals(code)).findFirst();
    }
}
