package org.opencompras.emergency;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencompras.common.api.OrganizationSummary;

/** An emergency procedure that looks like no emergency, and why. */
@Schema(description = "An emergency procedure that looks like no emergency, with every reason")
public record EmergencyFlag(
        @Schema(example = "ocds-5wno2w-CE-20200000456-2020-60001") String ocid,
        @Schema(example = "MANTENIMIENTO DE PARQUES Y JARDINES", nullable = true) String title,
        @Schema(nullable = true) OrganizationSummary buyer,
        @Schema(example = "Contratación de Emergencia", nullable = true) String procurementMethodDetails,
        @Schema(description = "When the process was first published", example = "2020-04-02T15:00:00Z") String published,
        @Schema(description = "Why it is flagged: one entry per long contract, and one for the items outside "
                + "the emergency rules") List<Reason> flags,
        Links links) {

    public static final String LONG_CONTRACT = "long-contract";
    public static final String ITEMS_OUTSIDE = "items-outside-emergency-rules";

    /**
     * One reason. A {@value #LONG_CONTRACT} names the contract, its period and the threshold; an
     * {@value #ITEMS_OUTSIDE} counts the counted items that no emergency rule matches and shows the first ten.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A reason to flag: a contract longer than the threshold, or items outside the emergency rules")
    public record Reason(
            @Schema(example = "long-contract", enumeration = {"long-contract", "items-outside-emergency-rules"})
            String reason,
            @Schema(description = "long-contract: the contract's OCDS id", example = "2000456-CE-20200000456",
                    nullable = true) String contractId,
            @Schema(description = "long-contract: its period's start", example = "2020-04-02T00:00:00Z", nullable = true)
            String periodStart,
            @Schema(description = "long-contract: its period's end", example = "2022-04-02T00:00:00Z", nullable = true)
            String periodEnd,
            @Schema(description = "long-contract: whole days from start to end", example = "730", nullable = true)
            Long periodDays,
            @Schema(description = "long-contract: the threshold it exceeds", example = "180", nullable = true)
            Integer thresholdDays,
            @Schema(description = "items-outside-emergency-rules: how many counted items match no emergency rule",
                    example = "1", nullable = true) Long itemCount,
            @Schema(description = "items-outside-emergency-rules: the first ten of them", nullable = true)
            List<Item> items) {
    }

    /** An item that no emergency rule matches. */
    @Schema(description = "An item outside the emergency rules")
    public record Item(
            @Schema(example = "contract", enumeration = {"contract", "award", "tender"}) String scope,
            @Schema(example = "2000456-CE-20200000456", nullable = true) String parentId,
            @Schema(example = "1", nullable = true) String id,
            @Schema(example = "MANTENIMIENTO DE PARQUES Y JARDINES", nullable = true) String description,
            @Schema(example = "859700011", nullable = true) String classificationId,
            @Schema(description = "Its category in the item classifier", example = "other") String category) {
    }

    /** Where the process is. */
    @Schema(description = "Links")
    public record Links(
            @Schema(example = "https://api.example.org/api/v1/processes/ocds-5wno2w-CE-20200000456-2020-60001")
            String process) {
    }
}
