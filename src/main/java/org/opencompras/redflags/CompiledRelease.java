package org.opencompras.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The fields of a process's compiled release that the indicators read, read as Cardinal reads them. */
final class CompiledRelease {

    private static final Set<String> NOT_SUBMITTED = Set.of("invited", "withdrawn");

    private final JsonNode root;

    CompiledRelease(JsonNode root) {
        this.root = root == null ? MissingNode.getInstance() : root;
    }

    JsonNode tender() {
        return root.path("tender");
    }

    String tenderText(String field) {
        return text(tender().get(field));
    }

    JsonNode bidDetails() {
        JsonNode details = root.path("bids").get("details");
        return details != null && details.isArray() ? details : null;
    }

    JsonNode awards() {
        JsonNode awards = root.get("awards");
        return awards != null && awards.isArray() ? awards : null;
    }

    JsonNode contracts() {
        JsonNode contracts = root.get("contracts");
        return contracts != null && contracts.isArray() ? contracts : null;
    }

    /** Bids with a status other than invited or withdrawn: pending, valid and disqualified bids. */
    List<JsonNode> submittedBids() {
        List<JsonNode> bids = new ArrayList<>();
        JsonNode details = bidDetails();
        if (details != null) {
            for (JsonNode bid : details) {
                String status = text(bid.get("status"));
                if (status != null && !NOT_SUBMITTED.contains(status)) {
                    bids.add(bid);
                }
            }
        }
        return bids;
    }

    /**
     * The active awards, when the process has bids and every award with a status is in a final state (active,
     * cancelled or unsuccessful); empty when an award is pending or of another status, or bids or awards are
     * missing, since results would not be stable.
     */
    Optional<List<JsonNode>> activeAwardsIfAllFinal() {
        JsonNode awards = awards();
        if (awards == null || bidDetails() == null) {
            return Optional.empty();
        }
        List<JsonNode> active = new ArrayList<>();
        for (JsonNode award : awards) {
            String status = text(award.get("status"));
            if (status == null || status.equals("cancelled") || status.equals("unsuccessful")) {
                continue;
            }
            if (!status.equals("active")) {
                return Optional.empty();
            }
            active.add(award);
        }
        return Optional.of(active);
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    static String id(JsonNode organization) {
        return organization == null ? null : text(organization.get("id"));
    }

    /** The amount of a value object, when it is a JSON number. */
    static BigDecimal amount(JsonNode value) {
        JsonNode amount = value == null ? null : value.get("amount");
        return amount != null && amount.isNumber() ? amount.decimalValue() : null;
    }

    static String currency(JsonNode value) {
        return value == null ? null : text(value.get("currency"));
    }

    static OffsetDateTime instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
