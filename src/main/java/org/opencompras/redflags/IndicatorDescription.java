package org.opencompras.redflags;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator as the indicator list describes it, with the settings and fences in effect. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RedFlagIndicator", description = "A red-flag indicator: its definition and the settings in effect")
public record IndicatorDescription(
        @Schema(example = "R024") String code,
        @Schema(example = "Price close to winning bid") String title,
        @Schema(description = "How it is computed, what it excludes and what its value is") String definition,
        @Schema(description = "The settings in effect (opencompras.red-flags.*)") Map<String, Object> settings,
        @Schema(description = "For R024 and R058: the fence of each source, as of the last computation")
        List<Fence> fences) {

    /**
     * @param q1 the first quartile of the source's bid differences; absent when a fixed threshold is configured
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RedFlagFence", description = "A source's fence for an indicator")
    public record Fence(@Schema(example = "sercop") String source, @Schema(example = "0.0350") BigDecimal q1,
                        @Schema(example = "0.1500") BigDecimal q3, @Schema(example = "-0.1375") BigDecimal fence,
                        @Schema(description = "How many processes have a bid difference", example = "5210")
                        long processes) {
    }

    /** The answer of the indicator list. */
    @Schema(name = "RedFlagIndicators", description = "The indicators served")
    public record Listing(
            @Schema(example = "A flag is a reason to look closer, not proof of wrongdoing.") String note,
            List<IndicatorDescription> data) {
    }
}
