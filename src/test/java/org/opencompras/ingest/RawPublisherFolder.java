package org.opencompras.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a folder of real OCDS files holds, worked out with plain Jackson and nothing of the production
 * reader, so that an ingest of the folder can be checked against figures found independently. It knows the
 * three shapes used by the samples: a release package, a record package and a bare release.
 */
public final class RawPublisherFolder {

    private static final ObjectMapper PLAIN = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** A release found in a file, in reading order; {@code text} is its JSON as plain Jackson writes it. */
    record RawRelease(String file, JsonNode release, String text) {
        String ocid() {
            return release.get("ocid").asText();
        }

        String id() {
            return release.get("id").asText();
        }

        String key() {
            return ocid() + "\n" + id();
        }

        Instant date() {
            return OffsetDateTime.parse(release.get("date").asText()).toInstant();
        }
    }

    /** A release or record that cannot be loaded, with the raw value that makes it so. */
    record RawRejection(String file, String why, String offendingValue) {
    }

    /** An amount and currency as the files give them; the amount is null when it is not a number. */
    public record RawMoney(BigDecimal amount, String currency) {
    }

    final List<RawRelease> accepted = new ArrayList<>();
    final List<RawRejection> rejected = new ArrayList<>();

    private RawPublisherFolder() {
    }

    public static RawPublisherFolder read(Path folder) {
        RawPublisherFolder raw = new RawPublisherFolder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                raw.readFile(folder.relativize(file).toString(), PLAIN.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return raw;
    }

    private void readFile(String file, JsonNode json) throws IOException {
        if (json.has("records")) {
            for (JsonNode record : json.get("records")) {
                List<JsonNode> embedded = new ArrayList<>();
                record.path("releases").forEach(r -> {
                    if (!(r.has("url") && !r.has("ocid") && !r.has("id"))) {
                        embedded.add(r);
                    }
                });
                if (!embedded.isEmpty()) {
                    for (JsonNode release : embedded) {
                        candidate(file, release);
                    }
                } else if (record.has("compiledRelease")) {
                    candidate(file, record.get("compiledRelease"));
                } else {
                    rejected.add(new RawRejection(file, "linked", record.get("ocid").asText()));
                }
            }
        } else if (json.has("releases") && !json.has("ocid")) {
            for (JsonNode release : json.get("releases")) {
                candidate(file, release);
            }
        } else {
            candidate(file, json);
        }
    }

    private void candidate(String file, JsonNode release) throws IOException {
        String date = release.path("date").asText();
        try {
            OffsetDateTime.parse(date);
            accepted.add(new RawRelease(file, release, PLAIN.writeValueAsString(release)));
        } catch (DateTimeParseException e) {
            rejected.add(new RawRejection(file, "date", date));
        }
    }

    long releasesRead() {
        return accepted.size() + rejected.size();
    }

    TreeSet<String> ocids() {
        TreeSet<String> ocids = new TreeSet<>();
        accepted.forEach(r -> ocids.add(r.ocid()));
        return ocids;
    }

    /**
     * Counts of a first ingest into an empty store: a new key is inserted, changed content (compared as JSON
     * values, so key order does not count) replaces, else duplicate.
     */
    Outcome firstIngest() {
        return ingestOnto(new HashMap<>());
    }

    private Outcome ingestOnto(Map<String, JsonNode> stored) {
        long inserted = 0;
        long replaced = 0;
        long duplicates = 0;
        for (RawRelease r : accepted) {
            JsonNode before = stored.put(r.key(), r.release());
            if (before == null) {
                inserted++;
            } else if (!before.equals(r.release())) {
                replaced++;
            } else {
                duplicates++;
            }
        }
        return new Outcome(inserted, replaced, duplicates);
    }

    record Outcome(long inserted, long replaced, long duplicates) {
    }

    /** The last text read for each (ocid, id): what the store keeps. */
    public Map<String, JsonNode> lastCopies() {
        Map<String, JsonNode> last = new LinkedHashMap<>();
        accepted.forEach(r -> last.put(r.key(), r.release()));
        return last;
    }

    /**
     * The value of every award (or contract) by "ocid/id", taken from the newest release that mentions it —
     * what a compiled release keeps when each award or contract sits in one release, as in these samples.
     */
    Map<String, RawMoney> values(String arrayName) {
        Map<String, RawMoney> values = new LinkedHashMap<>();
        lastCopies().values().stream()
                .sorted(Comparator.comparing((JsonNode r) -> OffsetDateTime.parse(r.get("date").asText()).toInstant())
                        .thenComparing(r -> r.get("id").asText()))
                .forEach(release -> release.path(arrayName).forEach(element -> values.put(
                        release.get("ocid").asText() + "/" + element.get("id").asText(),
                        money(element.path("value")))));
        return values;
    }

    /** The tender value of every process, from the newest release that gives one. */
    Map<String, RawMoney> tenderValues() {
        Map<String, RawMoney> values = new LinkedHashMap<>();
        lastCopies().values().stream()
                .sorted(Comparator.comparing((JsonNode r) -> OffsetDateTime.parse(r.get("date").asText()).toInstant()))
                .filter(release -> release.path("tender").has("value"))
                .forEach(release -> values.put(release.get("ocid").asText(),
                        money(release.path("tender").path("value"))));
        return values;
    }

    /** How many {@code amount} fields of the stored releases are strings, split into numeric and blank ones. */
    long[] stringAmounts() {
        long[] counts = new long[2];
        lastCopies().values().forEach(release -> countStringAmounts(release, counts));
        return counts;
    }

    private static void countStringAmounts(JsonNode node, long[] counts) {
        JsonNode amount = node.get("amount");
        if (node.isObject() && amount != null && amount.isTextual()) {
            counts[amount.asText().strip().matches("-?[0-9]+(\\.[0-9]+)?") ? 0 : 1]++;
        }
        node.forEach(child -> countStringAmounts(child, counts));
    }

    public static RawMoney money(JsonNode value) {
        JsonNode amount = value.path("amount");
        JsonNode currency = value.path("currency");
        return new RawMoney(amount.isNumber() ? amount.decimalValue() : null,
                currency.isTextual() ? currency.asText() : null);
    }

    /**
     * Every organization given with a non-blank identifier scheme and id, as "ocid|scheme|id": parties, and
     * (for 1.0-era data without parties) the buyer, procuring entity, tenderers and suppliers themselves.
     */
    TreeSet<String> identifiedParties() {
        TreeSet<String> parties = new TreeSet<>();
        for (JsonNode release : lastCopies().values()) {
            List<JsonNode> organizations = new ArrayList<>();
            release.path("parties").forEach(organizations::add);
            organizations.add(release.path("buyer"));
            organizations.add(release.path("tender").path("procuringEntity"));
            release.path("tender").path("tenderers").forEach(organizations::add);
            release.path("awards").forEach(award -> award.path("suppliers").forEach(organizations::add));
            for (JsonNode organization : organizations) {
                String scheme = organization.path("identifier").path("scheme").asText("").strip();
                String id = organization.path("identifier").path("id").asText("").strip();
                if (!scheme.isEmpty() && !id.isEmpty()) {
                    parties.add(release.get("ocid").asText() + "|" + scheme + "|" + id);
                }
            }
        }
        return parties;
    }
}
