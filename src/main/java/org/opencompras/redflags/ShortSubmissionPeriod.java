package org.opencompras.redflags;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;

/** R003: the tender period is shorter than the threshold for the procurement method (details) used. */
final class ShortSubmissionPeriod implements Indicator {

    public String code() {
        return "R003";
    }

    public String title() {
        return "Short submission period";
    }

    public String definition() {
        return "The tender period (tender.tenderPeriod.endDate - startDate, in whole days, rounded down) is shorter "
                + "than the threshold: the threshold of the process's procurementMethodDetails if one is set, "
                + "otherwise the default (15 days). Not computable when the period's start or end date is missing, "
                + "or the procurement method is not among those assessed. Value: the period in days.";
    }

    public Assessment assess(CompiledRelease release, RedFlagSettings settings) {
        String method = release.tenderText("procurementMethod");
        if (!settings.r003Methods().isEmpty() && (method == null || !settings.r003Methods().contains(method))) {
            return Assessment.notComputable("procurement method not assessed (" + method + ")");
        }
        OffsetDateTime start = CompiledRelease.instant(CompiledRelease.text(release.tender().path("tenderPeriod").get("startDate")));
        OffsetDateTime end = CompiledRelease.instant(CompiledRelease.text(release.tender().path("tenderPeriod").get("endDate")));
        if (start == null || end == null) {
            return Assessment.notComputable("no tender period start and end date");
        }
        long days = Duration.between(start, end).getSeconds() / 86_400;
        String details = release.tenderText("procurementMethodDetails");
        int threshold = details != null && settings.r003DetailsThresholds().containsKey(details)
                ? settings.r003DetailsThresholds().get(details) : settings.r003Threshold();
        return Assessment.of(days < threshold, BigDecimal.valueOf(days), BigDecimal.valueOf(threshold));
    }
}
