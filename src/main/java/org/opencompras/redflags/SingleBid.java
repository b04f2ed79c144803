package org.opencompras.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** R018: a competitive process received a single bid. */
final class SingleBid implements Indicator {

    public String code() {
        return "R018";
    }

    public String title() {
        return "Single bid received";
    }

    public String definition() {
        return "tender.numberOfTenderers is 1 in a process whose procurement method is one where competition is "
                + "expected (open or selective by default). Not computable when the method is another or missing, "
                + "or the number of tenderers is not given. Value: the number of tenderers.";
    }

    public Assessment assess(CompiledRelease release, RedFlagSettings settings) {
        String method = release.tenderText("procurementMethod");
        if (!settings.r018Methods().isEmpty() && (method == null || !settings.r018Methods().contains(method))) {
            return Assessment.notComputable("procurement method not competitive (" + method + ")");
        }
        JsonNode number = release.tender().get("numberOfTenderers");
        if (number == null || !number.isNumber()) {
            return Assessment.notComputable("no tender.numberOfTenderers");
        }
        boolean one = number.isIntegralNumber() && number.decimalValue().compareTo(BigDecimal.ONE) == 0;
        return Assessment.of(one, number.decimalValue(), BigDecimal.ONE);
    }
}
