package org.opencompras.emergency;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The settings the flags were computed with, echoed in the answer.
 *
 * @param rulesFrom {@code categories} when the expected items are those of the item classifier's categories,
 *                  {@code configured} when opencompras.emergency.keywords or cpc-prefixes set them
 */
@Schema(description = "The settings the flags were computed with")
public record EmergencySettings(
        @Schema(description = "A contract longer than this many days is flagged (opencompras.emergency.max-period-days)",
                example = "180") int maxPeriodDays,
        @Schema(description = "Where the expected items' rules come from: the item classifier's categories, or "
                + "opencompras.emergency.keywords and cpc-prefixes", example = "categories",
                enumeration = {"categories", "configured"}) String rulesFrom,
        @Schema(description = "Keywords of expected items", example = "[\"mascarilla\", \"alcohol\"]") List<String> keywords,
        @Schema(description = "CPC prefixes of expected items", example = "[\"36950\", \"3526\"]") List<String> cpcPrefixes) {
}
