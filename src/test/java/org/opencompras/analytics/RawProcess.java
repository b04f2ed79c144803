package org.opencompras.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.opencompras.ingest.RawPublisherFolder;

/**
 * One process of a folder of real files, read with plain Jackson from the releases stored for its ocid, and the
 * facts the analytics report of it, worked out from the OCDS fields alone.
 *
 * <p>Each top-level block (tender, awards, contracts, buyer) is taken from the release that carries it. That is
 * the compiled release only when no two releases of the process carry the same block with different content:
 * {@link #of} refuses a process where they do, so that no expectation silently depends on a merge.
 */
record RawProcess(String ocid, JsonNode tender, JsonNode awards, JsonNode contracts, JsonNode buyer,
                  List<JsonNode> parties) {

    static final Set<String> METHODS = Set.of("open", "selective", "limited", "direct");
    private static final Set<String> ISO_CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toSet());

    /** A contract with its value and the identities of its award's suppliers. */
    record RawContract(String ocid, String id, BigDecimal amount, String currency, Set<String> suppliers) {
    }

    /** An item as published, with its numbers read when they are numbers or numeric text. */
    record RawItem(String ocid, String scope, String description, String classificationScheme, String classificationId,
                   String classificationDescription, BigDecimal quantity, String unitName, BigDecimal unitAmount,
                   String unitCurrency) {
    }

    /** The processes of a folder, by ocid. */
    static Map<String, RawProcess> of(RawPublisherFolder folder) {
        Map<String, List<JsonNode>> byOcid = new TreeMap<>();
        folder.lastCopies().values().forEach(r -> byOcid.computeIfAbsent(r.get("ocid").asText(), k -> new ArrayList<>()).add(r));
        Map<String, RawProcess> processes = new TreeMap<>();
        byOcid.forEach((ocid, releases) -> {
            List<JsonNode> parties = new ArrayList<>();
            releases.forEach(r -> r.path("parties").forEach(parties::add));
            processes.put(ocid, new RawProcess(ocid, only(releases, "tender"), only(releases, "awards"),
                    only(releases, "contracts"), only(releases, "buyer"), parties));
        });
        return processes;
    }

    private static JsonNode only(List<JsonNode> releases, String field) {
        Set<JsonNode> values = new LinkedHashSet<>();
        releases.stream().filter(r -> r.has(field)).forEach(r -> values.add(r.get(field)));
        if (values.size() > 1) {
            throw new IllegalStateException(releases.get(0).get("ocid").asText() + ": '" + field
                    + "' differs between releases; the expectation would need a merge");
        }
        return values.isEmpty() ? MissingNode.getInstance() : values.iterator().next();
    }

    String method() {
        return text(tender.get("procurementMethod"));
    }

    /** Its contracts, each with its award's suppliers (by {@code awardID}). */
    List<RawContract> rawContracts() {
        List<RawContract> list = new ArrayList<>();
        for (JsonNode contract : contracts) {
            Set<String> suppliers = new LinkedHashSet<>();
            for (JsonNode award : awards) {
                if (award.path("id").asText().equals(contract.path("awardID").asText())) {
                    award.path("suppliers").forEach(s -> suppliers.add(identity(s)));
                }
            }
            JsonNode value = contract.path("value");
            String currency = text(value.get("currency"));
            list.add(new RawContract(ocid, contract.get("id").asText(), number(value.get("amount")),
                    currency != null && ISO_CURRENCIES.contains(currency) ? currency : null, suppliers));
        }
        return list;
    }

    /** {@code buyer}, else the party with role buyer, else {@code tender.procuringEntity}; null when none. */
    String buyerIdentity() {
        if (buyer.isObject()) {
            return identity(buyer);
        }
        for (JsonNode party : parties) {
            for (JsonNode role : party.path("roles")) {
                if (role.asText().equals("buyer")) {
                    return identity(party);
                }
            }
        }
        return tender.path("procuringEntity").isObject() ? identity(tender.get("procuringEntity")) : null;
    }

    /**
     * Who an organization reference is: the identifier (scheme and id) of the party it names or its own, else its
     * id, else its name.
     */
    private String identity(JsonNode reference) {
        JsonNode identifier = reference.path("identifier");
        String id = text(reference.get("id"));
        for (JsonNode party : parties) {
            if (id != null && id.equals(text(party.get("id"))) && party.has("identifier")) {
                identifier = party.get("identifier");
            }
        }
        String scheme = text(identifier.get("scheme"));
        String number = text(identifier.get("id"));
        if (scheme != null && number != null) {
            return scheme + "-" + number;
        }
        return id != null ? "id:" + id : "name:" + text(reference.get("name"));
    }

    // ---- items -------------------------------------------------------------------------------------------------

    /** The items of one scope: tender, award or contract. */
    List<RawItem> items(String scope) {
        List<RawItem> items = new ArrayList<>();
        List<JsonNode> parents = switch (scope) {
            case "tender" -> iterable(tender);
            case "award" -> iterable(awards);
            default -> iterable(contracts);
        };
        for (JsonNode parent : parents) {
            for (JsonNode item : parent.path("items")) {
                JsonNode classification = item.path("classification");
                JsonNode unitValue = item.path("unit").path("value");
                String currency = text(unitValue.get("currency"));
                items.add(new RawItem(ocid, scope, text(item.get("description")), text(classification.get("scheme")),
                        text(classification.get("id")), text(classification.get("description")),
                        numeric(item.get("quantity")), text(item.path("unit").get("name")),
                        numeric(unitValue.get("amount")),
                        currency != null && ISO_CURRENCIES.contains(currency) ? currency : null));
            }
        }
        return items;
    }

    /** The items that stand for the purchase: the contracts' when any, else the awards', else the tender's. */
    List<RawItem> countedItems() {
        for (String scope : List.of("contract", "award", "tender")) {
            List<RawItem> items = items(scope);
            if (!items.isEmpty()) {
                return items;
            }
        }
        return List.of();
    }

    // ---- data quality ------------------------------------------------------------------------------------------

    /** An award whose status is not pending, cancelled or unsuccessful, or any contract. */
    boolean awardedOrContracted() {
        for (JsonNode award : awards) {
            String status = text(award.get("status"));
            if (status == null || !Set.of("pending", "cancelled", "unsuccessful").contains(status)) {
                return true;
            }
        }
        return contracts.size() > 0;
    }

    boolean noSupplier() {
        for (JsonNode award : awards) {
            for (JsonNode supplier : award.path("suppliers")) {
                if (supplier.isObject()) {
                    return false;
                }
            }
        }
        return true;
    }

    boolean noAmount() {
        for (JsonNode element : iterable(awards, contracts)) {
            if (number(element.path("value").get("amount")) != null) {
                return false;
            }
        }
        return true;
    }

    boolean missingDates() {
        for (JsonNode award : awards) {
            if ("active".equals(text(award.get("status"))) && instant(award.get("date")) == null) {
                return true;
            }
        }
        for (JsonNode contract : contracts) {
            if (Set.of("active", "terminated").contains(String.valueOf(text(contract.get("status"))))
                    && instant(contract.get("dateSigned")) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date that is given (not absent or null) but is not an ISO 8601 date-time with an offset, among the dates
     * read from a process: the tender's tender, enquiry and award periods, each award's date, each contract's
     * signature date and period.
     */
    boolean invalidDate() {
        List<JsonNode> dates = new ArrayList<>();
        for (String period : List.of("tenderPeriod", "enquiryPeriod", "awardPeriod")) {
            dates.add(tender.path(period).path("startDate"));
            dates.add(tender.path(period).path("endDate"));
        }
        awards.forEach(award -> dates.add(award.path("date")));
        for (JsonNode contract : contracts) {
            dates.add(contract.path("dateSigned"));
            dates.add(contract.path("period").path("startDate"));
            dates.add(contract.path("period").path("endDate"));
        }
        return dates.stream().anyMatch(d -> !d.isMissingNode() && !d.isNull() && instant(d) == null);
    }

    /** A buyer, procuring entity, supplier or tenderer reference without an id, or whose id names no party. */
    boolean unmatchedPartyReference() {
        List<JsonNode> references = new ArrayList<>();
        references.add(buyer);
        references.add(tender.path("procuringEntity"));
        awards.forEach(award -> award.path("suppliers").forEach(references::add));
        tender.path("tenderers").forEach(references::add);
        Set<String> partyIds = new LinkedHashSet<>();
        parties.forEach(party -> partyIds.add(text(party.get("id"))));
        return references.stream().filter(r -> !r.isMissingNode() && !r.isNull())
                .anyMatch(r -> text(r.get("id")) == null || !partyIds.contains(text(r.get("id"))));
    }

    /** Amounts anywhere in the process, as their JSON kind: "number", "numericText", "otherText". */
    Set<String> amountKinds() {
        Set<String> kinds = new LinkedHashSet<>();
        for (JsonNode block : iterable(tender, awards, contracts)) {
            amountKinds(block, kinds);
        }
        return kinds;
    }

    private static void amountKinds(JsonNode node, Set<String> kinds) {
        JsonNode amount = node.get("amount");
        if (node.isObject() && amount != null) {
            if (amount.isNumber()) {
                kinds.add("number");
            } else if (amount.isTextual()) {
                kinds.add(amount.asText().strip().matches("-?[0-9]+(\\.[0-9]+)?") ? "numericText" : "otherText");
            }
        }
        node.forEach(child -> amountKinds(child, kinds));
    }

    /** A currency that is not an ISO 4217 code on a value that has an amount. */
    boolean invalidCurrency() {
        List<JsonNode> values = new ArrayList<>();
        for (JsonNode block : iterable(tender, awards, contracts)) {
            collectValues(block, values);
        }
        for (JsonNode value : values) {
            String currency = text(value.get("currency"));
            JsonNode amount = value.path("amount");
            boolean hasAmount = amount.isNumber()
                    || amount.isTextual() && amount.asText().strip().matches("-?[0-9]+(\\.[0-9]+)?");
            if (hasAmount && currency != null && !ISO_CURRENCIES.contains(currency)) {
                return true;
            }
        }
        return false;
    }

    private static void collectValues(JsonNode node, List<JsonNode> values) {
        if (node.isObject() && node.has("amount") && node.has("currency")) {
            values.add(node);
        }
        node.forEach(child -> collectValues(child, values));
    }

    // ---- red flags ---------------------------------------------------------------------------------------------

    /** Every indicator is not computable on a cancelled tender. */
    String excluded() {
        return "cancelled".equals(text(tender.get("status"))) ? "the tender was cancelled" : null;
    }

    /** R003 with the default settings (every method, 15 days). */
    Map<String, Object> shortSubmissionPeriod() {
        OffsetDateTime start = instant(tender.path("tenderPeriod").get("startDate"));
        OffsetDateTime end = instant(tender.path("tenderPeriod").get("endDate"));
        if (start == null || end == null) {
            return notComputable("no tender period start and end date");
        }
        long days = Duration.between(start, end).getSeconds() / 86_400;
        return outcome(days < 15, BigDecimal.valueOf(days), BigDecimal.valueOf(15));
    }

    /** R018 with the default settings (open and selective methods). */
    Map<String, Object> singleBid() {
        String method = method();
        if (!"open".equals(method) && !"selective".equals(method)) {
            return notComputable("procurement method not competitive (" + method + ")");
        }
        JsonNode number = tender.get("numberOfTenderers");
        if (number == null || !number.isNumber()) {
            return notComputable("no tender.numberOfTenderers");
        }
        return outcome(number.isIntegralNumber() && number.intValue() == 1, number.decimalValue(), BigDecimal.ONE);
    }

    /** X001 with the default threshold (20%). */
    Map<String, Object> contractAboveTender() {
        BigDecimal tenderAmount = number(tender.path("value").get("amount"));
        String currency = text(tender.path("value").get("currency"));
        if (tenderAmount == null || currency == null || tenderAmount.signum() <= 0) {
            return notComputable("no positive tender value with a currency");
        }
        BigDecimal sum = null;
        for (JsonNode contract : contracts) {
            BigDecimal amount = number(contract.path("value").get("amount"));
            if (amount == null || "cancelled".equals(text(contract.get("status")))) {
                continue;
            }
            if (!currency.equals(text(contract.path("value").get("currency")))) {
                return notComputable("a contract is in another currency than the tender");
            }
            sum = sum == null ? amount : sum.add(amount);
        }
        if (sum == null) {
            return notComputable("no contract value");
        }
        BigDecimal excess = sum.subtract(tenderAmount).divide(tenderAmount, 10, RoundingMode.HALF_EVEN);
        BigDecimal threshold = new BigDecimal("0.20");
        return outcome(excess.compareTo(threshold) > 0, excess, threshold);
    }

    private static Map<String, Object> notComputable(String reason) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("outcome", "notComputable");
        result.put("reason", reason);
        return result;
    }

    private static Map<String, Object> outcome(boolean flagged, BigDecimal value, BigDecimal threshold) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("outcome", flagged ? "flagged" : "notFlagged");
        result.put("value", plain(value));
        result.put("threshold", plain(threshold));
        return result;
    }

    // ---- plain readings ----------------------------------------------------------------------------------------

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static List<JsonNode> iterable(JsonNode... nodes) {
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode node : nodes) {
            if (node.isArray()) {
                node.forEach(list::add);
            } else if (!node.isMissingNode()) {
                list.add(node);
            }
        }
        return list;
    }

    private static BigDecimal number(JsonNode node) {
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }

    /** A number, or text that spells one. */
    private static BigDecimal numeric(JsonNode node) {
        if (node != null && node.isTextual() && node.asText().strip().matches("-?[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(node.asText().strip());
        }
        return number(node);
    }

    private static OffsetDateTime instant(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
