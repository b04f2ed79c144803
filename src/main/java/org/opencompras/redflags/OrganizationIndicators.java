package org.opencompras.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencompras.organization.OcidPrefix;
import org.opencompras.organization.OrganizationIdentity;

/**
 * The indicators assessed per organization, as Cardinal defines them: R038 (the share of an organization's submitted
 * bids that were disqualified, per buyer and per tenderer) and R048 (the number of distinct item categories awarded
 * to a supplier). Each is compared with the upper fence of the organizations of the same source and role. Folded
 * during the pass over the processes: memory grows with the number of organizations, not of processes.
 */
final class OrganizationIndicators {

    static final String R038 = "R038";
    static final String R048 = "R048";

    /** The codes, with what the indicator list says of them. */
    static final List<Description> ALL = List.of(
            new Description(R038, "Excessive disqualified bids",
                    "The share of bids that were disqualified, among the bids submitted (status other than invited or "
                            + "withdrawn) by a tenderer, or in a buyer's processes, over the processes of one source. "
                            + "Flagged when it is at or above the upper fence (Q3 + 1.5 IQR of the shares of the "
                            + "source's tenderers, or buyers, by default) and the fence is above 0. A tenderer with "
                            + "fewer submitted bids than the minimum, or a buyer whose processes received fewer bids "
                            + "than its minimum, is not computable. Cancelled and excluded processes do not count. "
                            + "Assessed per organization (by=buyer, by=tenderer, by=supplier), not per process. "
                            + "Value: the share."),
            new Description(R048, "Heterogeneous supplier",
                    "The number of distinct item categories (the first digits of items' classification ids) awarded "
                            + "to a supplier in active awards made to it alone, over the processes of one source. "
                            + "Flagged when it is at or above the upper fence (Q3 + 1.5 IQR of the varieties of the "
                            + "source's suppliers awarded in at least the minimum number of processes, by default). A "
                            + "supplier awarded in fewer processes is not computable. Cancelled and excluded processes "
                            + "do not count. Assessed per organization (by=tenderer, by=supplier), not per process. "
                            + "Value: the number of categories."));

    static final List<String> CODES = ALL.stream().map(Description::code).toList();

    private static final int SCALE = 4;
    private static final BigDecimal TUKEY = new BigDecimal("1.5");

    record Description(String code, String title, String definition) {
    }

    /** Disqualified and submitted bids. */
    private static final class Bids {
        long disqualified;
        long submitted;
    }

    /** Processes awarded in, and the categories awarded. */
    private static final class Variety {
        long processes;
        final Set<String> categories = new HashSet<>();
    }

    private record Key(int sourceId, String identity) {
    }

    private final RedFlagSettings.OrganizationLevel settings;
    private final Map<Key, Bids> buyers = new HashMap<>();
    private final Map<Key, Bids> tenderers = new HashMap<>();
    private final Map<Key, Variety> suppliers = new HashMap<>();

    OrganizationIndicators(RedFlagSettings.OrganizationLevel settings) {
        this.settings = settings;
    }

    /** Adds one process that the indicators assess (not cancelled, not excluded). */
    void add(int sourceId, String ocid, CompiledRelease release, JsonNode compiled) {
        Parties parties = new Parties(compiled, OcidPrefix.of(ocid));
        List<JsonNode> bids = release.submittedBids();
        if (!bids.isEmpty()) {
            long disqualified = 0;
            for (JsonNode bid : bids) {
                int increment = "disqualified".equals(CompiledRelease.text(bid.get("status"))) ? 1 : 0;
                disqualified += increment;
                JsonNode list = bid.get("tenderers");
                if (list != null && list.isArray()) {
                    for (JsonNode tenderer : list) {
                        String key = parties.key(tenderer);
                        if (key != null) {
                            Bids counted = tenderers.computeIfAbsent(new Key(sourceId, key), k -> new Bids());
                            counted.disqualified += increment;
                            counted.submitted++;
                        }
                    }
                }
            }
            String buyer = parties.key(compiled.get("buyer"));
            if (buyer != null) {
                Bids counted = buyers.computeIfAbsent(new Key(sourceId, buyer), k -> new Bids());
                counted.disqualified += disqualified;
                counted.submitted += bids.size();
            }
        }
        JsonNode awards = release.awards();
        if (awards != null) {
            Set<String> seen = new HashSet<>();
            for (JsonNode award : awards) {
                JsonNode items = award.get("items");
                JsonNode list = award.get("suppliers");
                // Not every supplier of a shared award supplies every item: such awards are left out.
                if (!"active".equals(CompiledRelease.text(award.get("status"))) || items == null || !items.isArray()
                        || list == null || !list.isArray() || list.size() != 1
                        || CompiledRelease.text(list.get(0).get("id")) == null) {
                    continue;
                }
                String key = parties.key(list.get(0));
                if (key == null) {
                    continue;
                }
                for (JsonNode item : items) {
                    String code = CompiledRelease.text(item.path("classification").get("id"));
                    if (code == null) {
                        continue;
                    }
                    Variety variety = suppliers.computeIfAbsent(new Key(sourceId, key), k -> new Variety());
                    if (seen.add(key)) {
                        variety.processes++;
                    }
                    variety.categories.add(code.substring(0, Math.min(code.length(), settings.r048Digits())));
                }
            }
        }
    }

    /** Decides every organization's outcome and writes them. */
    void save(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into red_flag_organization_indicator "
                + "(source_id, role, identity_key, indicator, outcome, value, threshold, reason) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            saveShares(insert, "buyer", buyers, settings.r038MinimumContractingProcesses(),
                    "fewer bids submitted in its processes than the minimum (%d)");
            saveShares(insert, "tenderer", tenderers, settings.r038MinimumSubmittedBids(),
                    "fewer submitted bids than the minimum (%d)");
            saveVarieties(insert);
            insert.executeBatch();
        }
    }

    private void saveShares(PreparedStatement insert, String role, Map<Key, Bids> counts, int minimum, String reason)
            throws SQLException {
        Map<Integer, Map<String, BigDecimal>> assessed = new HashMap<>();
        for (Map.Entry<Key, Bids> entry : counts.entrySet()) {
            Key key = entry.getKey();
            Bids bids = entry.getValue();
            if (bids.submitted >= minimum) {
                assessed.computeIfAbsent(key.sourceId(), s -> new HashMap<>()).put(key.identity(),
                        BigDecimal.valueOf(bids.disqualified).divide(BigDecimal.valueOf(bids.submitted), SCALE,
                                RoundingMode.HALF_EVEN));
            } else {
                add(insert, key, role, R038, Outcome.notComputable, null, null, reason.formatted(minimum));
            }
        }
        for (Map.Entry<Integer, Map<String, BigDecimal>> source : assessed.entrySet()) {
            BigDecimal fence = settings.r038Threshold() != null ? settings.r038Threshold()
                    : upperFence(source.getValue().values());
            for (Map.Entry<String, BigDecimal> entry : source.getValue().entrySet()) {
                Key key = new Key(source.getKey(), entry.getKey());
                if (fence.signum() > 0) {
                    boolean flagged = entry.getValue().compareTo(fence) >= 0;
                    add(insert, key, role, R038, flagged ? Outcome.flagged : Outcome.notFlagged, entry.getValue(),
                            fence, null);
                } else {
                    // Three quarters of the organizations have no disqualified bid: flagging would mark the rest.
                    add(insert, key, role, R038, Outcome.notComputable, entry.getValue(), null,
                            "the fence is 0: at least three quarters of the shares are 0");
                }
            }
        }
    }

    private void saveVarieties(PreparedStatement insert) throws SQLException {
        int minimum = settings.r048MinimumContractingProcesses();
        Map<Integer, Map<String, BigDecimal>> assessed = new HashMap<>();
        for (Map.Entry<Key, Variety> entry : suppliers.entrySet()) {
            Key key = entry.getKey();
            if (entry.getValue().processes >= minimum) {
                assessed.computeIfAbsent(key.sourceId(), s -> new HashMap<>()).put(key.identity(),
                        BigDecimal.valueOf(entry.getValue().categories.size()));
            } else {
                add(insert, key, "supplier", R048, Outcome.notComputable, null, null,
                        "awarded in fewer processes than the minimum (%d)".formatted(minimum));
            }
        }
        for (Map.Entry<Integer, Map<String, BigDecimal>> source : assessed.entrySet()) {
            BigDecimal fence = settings.r048Threshold() != null ? BigDecimal.valueOf(settings.r048Threshold())
                    : upperFence(source.getValue().values());
            for (Map.Entry<String, BigDecimal> entry : source.getValue().entrySet()) {
                boolean flagged = entry.getValue().compareTo(fence) >= 0;
                add(insert, new Key(source.getKey(), entry.getKey()), "supplier", R048,
                        flagged ? Outcome.flagged : Outcome.notFlagged, entry.getValue(), fence, null);
            }
        }
    }

    private static void add(PreparedStatement insert, Key key, String role, String code, Outcome outcome,
                            BigDecimal value, BigDecimal threshold, String reason) throws SQLException {
        insert.setInt(1, key.sourceId());
        insert.setString(2, role);
        insert.setString(3, key.identity());
        insert.setString(4, code);
        insert.setString(5, outcome.name());
        insert.setBigDecimal(6, value);
        insert.setBigDecimal(7, threshold);
        insert.setString(8, reason);
        insert.addBatch();
    }

    /** Q3 + 1.5 IQR, with the quartiles Cardinal uses (Hyndman and Fan's type 8, as {@link SourceFences}). */
    static BigDecimal upperFence(java.util.Collection<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        long n = sorted.size();
        BigDecimal q1 = quantile(sorted, 3 * n + 5);
        BigDecimal q3 = quantile(sorted, 9 * n + 7);
        return q3.add(TUKEY.multiply(q3.subtract(q1)));
    }

    private static BigDecimal quantile(List<BigDecimal> sorted, long twelfths) {
        long whole = twelfths / 12;
        long rest = twelfths % 12;
        if (whole <= 0) {
            return sorted.get(0);
        }
        if (whole >= sorted.size()) {
            return sorted.get(sorted.size() - 1);
        }
        BigDecimal a = sorted.get((int) whole - 1);
        BigDecimal b = sorted.get((int) whole);
        return a.add(b.subtract(a).multiply(BigDecimal.valueOf(rest))
                .divide(BigDecimal.valueOf(12), SCALE, RoundingMode.HALF_EVEN));
    }

    /** The identity of an organization reference, resolved against the release's parties as the ingest does. */
    private static final class Parties {
        private final Map<String, JsonNode> byId = new HashMap<>();
        private final String scope;

        Parties(JsonNode compiled, String scope) {
            this.scope = scope;
            JsonNode parties = compiled.get("parties");
            if (parties != null && parties.isArray()) {
                for (JsonNode party : parties) {
                    String id = CompiledRelease.text(party.get("id"));
                    if (id != null) {
                        byId.putIfAbsent(id, party);
                    }
                }
            }
        }

        String key(JsonNode reference) {
            if (reference == null || !reference.isObject()) {
                return null;
            }
            String id = CompiledRelease.text(reference.get("id"));
            JsonNode party = id == null ? null : byId.get(id);
            try {
                return OrganizationIdentity.of(party != null ? party : reference, scope).key();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
