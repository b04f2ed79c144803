package org.opencompras.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The contracts of a process add up to more than its tender value by more than the threshold (20%). */
final class ContractAboveTender implements Indicator {

    static final String CODE = "X001";

    public String code() {
        return CODE;
    }

    public String title() {
        return "Contract value above tender value";
    }

    public String definition() {
        return "The sum of the values of the process's contracts that are not cancelled exceeds tender.value by "
                + "more than the threshold (0.20, i.e. 20%): (contracts - tender) / tender > threshold. Not "
                + "computable without a positive tender value, without a contract value, or when a contract is in "
                + "another currency than the tender (amounts in different currencies are never added). Value: "
                + "(contracts - tender) / tender.";
    }

    public Assessment assess(CompiledRelease release, RedFlagSettings settings) {
        BigDecimal tender = CompiledRelease.amount(release.tender().get("value"));
        String currency = CompiledRelease.currency(release.tender().get("value"));
        if (tender == null || currency == null || tender.signum() <= 0) {
            return Assessment.notComputable("no positive tender value with a currency");
        }
        BigDecimal contracts = null;
        if (release.contracts() != null) {
            for (JsonNode contract : release.contracts()) {
                BigDecimal amount = CompiledRelease.amount(contract.get("value"));
                if (amount == null || "cancelled".equals(CompiledRelease.text(contract.get("status")))) {
                    continue;
                }
                if (!currency.equals(CompiledRelease.currency(contract.get("value")))) {
                    return Assessment.notComputable("a contract is in another currency than the tender");
                }
                contracts = contracts == null ? amount : contracts.add(amount);
            }
        }
        if (contracts == null) {
            return Assessment.notComputable("no contract value");
        }
        BigDecimal excess = contracts.subtract(tender).divide(tender, WinningBidDifference.SCALE, RoundingMode.HALF_EVEN);
        return Assessment.of(excess.compareTo(settings.contractAboveTenderThreshold()) > 0, excess,
                settings.contractAboveTenderThreshold());
    }
}
